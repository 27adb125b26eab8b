import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteManifestUrls } = require("../../scripts/manifest-urls");

/*
 * manifest.xml against Microsoft's manifest schemas (test/manifest/schemas, with <Runtimes> added
 * as documented), validated offline by xmllint from Debian's libxml2-utils.
 */
const root = path.join(__dirname, "..", "..");
const schema = path.join(__dirname, "schemas", "OfficeAppManifestV1_1.xsd");
const source = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "assess-manifest-"));

/** xmllint's verdict on one manifest text: its exit status and what it printed. */
function validate(xml: string, name: string): { status: number | null; output: string } {
  const file = path.join(folder, name);
  fs.writeFileSync(file, xml);
  const run = spawnSync("xmllint", ["--noout", "--schema", schema, file], { encoding: "utf8" });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe("manifest.xml against Microsoft's XSDs", () => {
  it("has xmllint to validate with (.ci/run installs libxml2-utils)", () => {
    expect(
      execFileSync("xmllint", ["--version"], { encoding: "utf8", stdio: "pipe" })
    ).toBeDefined();
  });

  it("validates as written and as rewritten for a production server", () => {
    expect(validate(source, "manifest.xml")).toEqual({
      status: 0,
      output: expect.stringContaining("manifest.xml validates"),
    });
    const production = rewriteManifestUrls(source, "https://assess.county.example/addin/");
    expect(validate(production, "production.xml").status).toBe(0);
  });

  it.each([
    [
      "a missing <Id>",
      (xml: string) => xml.replace(/<Id>[^<]*<\/Id>/, ""),
      "Expected is ( {http://schemas.microsoft.com/office/appforoffice/1.1}Id )",
    ],
    ["an id that is not a GUID", (xml: string) => xml.replace(/<Id>[^<]*</, "<Id>assess<"), "Id"],
    [
      "a runtime lifetime outside short/long",
      (xml: string) => xml.replace('lifetime="long"', 'lifetime="forever"'),
      "lifetime",
    ],
    [
      "a runtime resid over 32 characters",
      (xml: string) =>
        xml.replace('<Runtime resid="Taskpane.Url"', `<Runtime resid="${"R".repeat(33)}"`),
      "resid",
    ],
    [
      "<Runtimes> after <AllFormFactors>",
      (xml: string) =>
        xml
          .replace(/\s*<Runtimes>[\s\S]*?<\/Runtimes>/, "")
          .replace(
            "</AllFormFactors>",
            '</AllFormFactors><Runtimes><Runtime resid="Taskpane.Url" lifetime="long"/></Runtimes>'
          ),
      "Runtimes",
    ],
    [
      "an unknown permission",
      (xml: string) => xml.replace("ReadWriteDocument", "Everything"),
      "Permissions",
    ],
  ])("rejects %s", (_case, change, named) => {
    const broken = change(source);
    expect(broken).not.toBe(source);
    const verdict = validate(broken, "broken.xml");
    expect(verdict.status).not.toBe(0);
    expect(verdict.output).toContain(named);
    expect(verdict.output).toContain("fails to validate");
  });
});
