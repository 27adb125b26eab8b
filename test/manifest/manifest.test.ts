import { DOMParser } from "@xmldom/xmldom";
import * as fs from "fs";
import * as path from "path";
import { adapterRequirements } from "../../src/excel/requirements";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteManifestUrls } = require("../../scripts/manifest-urls");

/*
 * Offline checks of manifest.xml: the online validator of office-addin-manifest cannot run here,
 * so the rules that matter are tested directly.
 */
const root = path.join(__dirname, "..", "..");
const source = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

function parse(xml: string): Document {
  const errors: string[] = [];
  const document = new DOMParser({
    onError: (level: string, message: string) => {
      if (level !== "warning") errors.push(message);
    },
  }).parseFromString(xml, "text/xml") as unknown as Document;
  expect(errors).toEqual([]);
  return document;
}

function all(document: Document, tag: string): Element[] {
  return Array.from(document.getElementsByTagName(tag) as unknown as ArrayLike<Element>);
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  const document = parse(source);

  it("is an Excel task pane add-in with a GUID id and zh-CN default with en-US overrides", () => {
    expect(document.documentElement.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(all(document, "Id")[0].textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
    );
    expect(all(document, "DefaultLocale")[0].textContent).toBe("zh-CN");
    const displayName = all(document, "DisplayName")[0];
    expect(displayName.getAttribute("DefaultValue")).toBe("市考指标进度考核");
    expect(all(document, "Override").some((node) => node.getAttribute("Locale") === "en-US")).toBe(
      true
    );
    expect(all(document, "Host")[0].getAttribute("Name")).toBe("Workbook");
  });

  it("asks for ReadWriteDocument, no more", () => {
    expect(all(document, "Permissions")[0].textContent).toBe("ReadWriteDocument");
  });

  it("every resid resolves to a resource", () => {
    const ids = new Set(
      ["bt:Image", "bt:Url", "bt:String"].flatMap((tag) =>
        all(document, tag).map((node) => node.getAttribute("id"))
      )
    );
    const resids = Array.from(source.matchAll(/resid="([^"]+)"/g)).map((match) => match[1]);
    expect(resids.length).toBeGreaterThan(10);
    for (const resid of resids) {
      expect({ resid, resolved: ids.has(resid) }).toEqual({ resid, resolved: true });
    }
  });

  it("runs the pane and the functions on one shared runtime", () => {
    const runtime = all(document, "Runtime");
    expect(runtime).toHaveLength(1);
    const resid = runtime[0].getAttribute("resid");
    expect(runtime[0].getAttribute("lifetime")).toBe("long");
    const page = all(document, "Page")[0].getElementsByTagName("SourceLocation")[0];
    expect(page.getAttribute("resid")).toBe(resid);
    expect(all(document, "FunctionFile")[0].getAttribute("resid")).toBe(resid);
    const action = all(document, "Action")[0];
    expect(action.getAttribute("xsi:type")).toBe("ShowTaskpane");
    expect(action.getElementsByTagName("SourceLocation")[0].getAttribute("resid")).toBe(resid);
  });

  it("declares the ASSESS namespace and localized metadata for zh-CN", () => {
    const namespace = all(document, "Namespace")[0].getAttribute("resid");
    const string = all(document, "bt:String").find((node) => node.getAttribute("id") === namespace);
    expect(string?.getAttribute("DefaultValue")).toBe("ASSESS");
    const metadata = all(document, "bt:Url").find(
      (node) => node.getAttribute("id") === "Functions.Metadata.Url"
    );
    expect(metadata?.getAttribute("DefaultValue")).toMatch(/\/functions\.json$/);
    const override = metadata?.getElementsByTagName("bt:Override")[0];
    expect(override?.getAttribute("Locale")).toBe("zh-CN");
    expect(override?.getAttribute("Value")).toMatch(/\/functions\.zh-CN\.json$/);
  });

  it("declares the requirement sets the code uses", () => {
    const sets = Object.fromEntries(
      all(document, "Set").map((node) => [
        node.getAttribute("Name"),
        node.getAttribute("MinVersion"),
      ])
    );
    expect(sets.SharedRuntime).toBe("1.1");
    // Error objects with messages need CustomFunctionsRuntime 1.3 (src/functions/excelError.ts),
    // and so does invocation.parameterAddresses (src/functions/blankCells.ts).
    expect(sets.CustomFunctionsRuntime).toBe("1.3");
    // The adapter's hard minimum; higher sets are feature-checked at run time (src/excel/requirements.ts).
    const required = adapterRequirements.filter((entry) => entry.required);
    expect(required.map((entry) => `${entry.set} ${entry.version}`)).toEqual([
      `ExcelApi ${sets.ExcelApi}`,
    ]);
    // Every other set the adapter uses is newer than the minimum, so it must be feature-checked.
    for (const entry of adapterRequirements.filter((item) => !item.required)) {
      const minor = (version: string): number => Number(version.split(".")[1]);
      expect(minor(entry.version)).toBeGreaterThan(minor(sets.ExcelApi ?? "1.0"));
    }
  });

  it("icons exist in assets/ at the declared sizes", () => {
    const images = all(document, "bt:Image").filter((node) => node.getAttribute("id"));
    const declared = [
      ...images.map((node) => ({
        url: node.getAttribute("DefaultValue") ?? "",
        size: Number(node.getAttribute("id")?.split(".")[1]),
      })),
      { url: all(document, "IconUrl")[0].getAttribute("DefaultValue") ?? "", size: 32 },
      {
        url: all(document, "HighResolutionIconUrl")[0].getAttribute("DefaultValue") ?? "",
        size: 64,
      },
    ];
    for (const { url, size } of declared) {
      const file = path.join(root, new URL(url).pathname);
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  it("every URL is https; the production rewrite leaves no localhost and stays well-formed", () => {
    const production: string = rewriteManifestUrls(source, "https://kaohe.example.gov.cn/assess");
    parse(production);
    expect(production).not.toContain("localhost");
    const urls = Array.from(
      (production as string).matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)
    ).map((match) => match[1]);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) {
      expect(url.startsWith("https://kaohe.example.gov.cn/assess/")).toBe(true);
    }
    expect(all(parse(production), "AppDomain")[0].textContent).toBe("https://kaohe.example.gov.cn");
    expect(() => rewriteManifestUrls(source, "http://insecure.example")).toThrow("https");
  });
});

describe("the production URL (ADDIN_PRODUCTION_URL)", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { productionUrlOf } = require("../../scripts/manifest-urls");

  it.each([
    [undefined, null],
    ["", null],
    ["https://assess.zhenba.gov.cn", "https://assess.zhenba.gov.cn/"],
    ["https://kaohe.county.gov.cn/addin/", "https://kaohe.county.gov.cn/addin/"],
  ])("%j → %j", (value, url) => {
    expect(productionUrlOf(value)).toBe(url);
  });

  it.each([
    ["http://assess.zhenba.gov.cn/", "必须是 https"],
    ["https://assess.example.gov.cn/", "占位主机"],
    ["https://localhost:3000/", "占位主机"],
    ["https://addin.test.invalid/", "占位主机"],
    ["assess", "不是网址"],
  ])("refuses %j", (value, reason) => {
    expect(() => productionUrlOf(value)).toThrow(reason);
  });
});
