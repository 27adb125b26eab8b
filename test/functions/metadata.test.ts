import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as fs from "fs";
import * as path from "path";
import * as fns from "../../src/functions/functions";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const functionSources: string[] = require("../../scripts/functions-sources");

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata } = require("../../scripts/localize-functions");

const root = path.join(__dirname, "..", "..");
/** [id, export, name]: the name is the id except where the id would clash with Excel. */
const expected = [
  ["CHECKPOINT", "checkpoint", "CHECKPOINT"],
  ["PACE", "pace", "PACE"],
  ["PACETARGET", "paceTarget", "PACETARGET"],
  ["PACEGAP", "paceGap", "PACEGAP"],
  ["ARREARS", "arrears", "ARREARS"],
  ["REMAINING", "remaining", "REMAINING"],
  ["COMPLETION", "completion", "COMPLETION"],
  ["STATUS", "status", "STATUS"],
  ["COMPLETIONSCORE", "completionScore", "COMPLETIONSCORE"],
  ["COMPOSITESCORE", "compositeScore", "COMPOSITESCORE"],
  ["ADJUSTMENT", "adjustment", "ADJUSTMENT"],
  ["GRADE", "grade", "GRADE"],
  ["RANK", "rank", "RANKING"],
  ["RANKSCORE", "rankScore", "RANKSCORE"],
  ["EFFICACYSCORE", "efficacyScore", "EFFICACYSCORE"],
];

interface Metadata {
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: { name: string; description: string }[];
  }[];
}

describe("custom-functions metadata", () => {
  let metadata: Metadata;

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(
      functionSources.map((file) => path.join(root, file)),
      true
    );
    // The generator's CLI prints errors but exits 0: fail here instead.
    expect(result.errors).toEqual([]);
    metadata = JSON.parse(result.metadataJson);
  });

  it("lists the 15 functions under the ids the manifest's namespace prefixes, each exported", () => {
    expect(metadata.functions.map((fn) => fn.id).sort()).toEqual(expected.map(([id]) => id).sort());
    for (const [id, exportName, name] of expected) {
      expect(typeof (fns as Record<string, unknown>)[exportName]).toBe("function");
      expect(metadata.functions.find((fn) => fn.id === id)?.name).toBe(name);
    }
  });

  it("uses no name of a built-in Excel function in any language, nor a cell reference", () => {
    // Built-in functions near our names, in English and the languages Excel localizes them to
    // (RANK: de/fr/nl/sv RANG, es JERARQUIA, it RANGO, pt ORDEM, pl POZYCJA, ru РАНГ).
    const builtIn = [
      ...["RANK", "RANK.EQ", "RANK.AVG", "PERCENTRANK", "RANG", "RANG.GLEICH", "EQUATION.RANG"],
      ...["JERARQUIA", "JERARQUIA.EQV", "RANGO", "RANGO.UG", "ORDEM", "ORDEM.EQ", "POZYCJA"],
      ...["РАНГ", "STATUS.BAR", "INFO", "CELL", "AREAS", "INDEX", "MATCH", "SCORE", "GRADE.EQ"],
    ];
    const table = JSON.parse(fs.readFileSync(path.join(root, "src/functions/zh-CN.json"), "utf8"));
    const names = [
      ...metadata.functions.map((fn) => fn.name),
      ...Object.values(table as Record<string, { name: string }>).map((entry) => entry.name),
    ];
    expect(names.filter((name) => builtIn.includes(name.toUpperCase()))).toEqual([]);
    expect(
      names.filter((name) => /^[A-Z]{1,3}[0-9]+$/i.test(name) || /^R[0-9]+C[0-9]+$/i.test(name))
    ).toEqual([]);
  });

  it("the zh-CN table translates every id and parameter, and nothing else", () => {
    const table = JSON.parse(fs.readFileSync(path.join(root, "src/functions/zh-CN.json"), "utf8"));
    const { metadata: localized, errors } = localizeMetadata(metadata, table);
    expect(errors).toEqual([]);
    const pacegap = (localized as Metadata).functions.find((fn) => fn.id === "PACEGAP");
    expect(pacegap?.description).toContain("进度差");
    expect(pacegap?.parameters.map((parameter) => parameter.description)[0]).toBe("累计完成");
  });

  it("a missing translation is reported", () => {
    const { errors } = localizeMetadata(metadata, {
      PACE: { name: "PACE", description: "时序进度", parameters: {} },
    });
    expect(errors).toContain("zh-CN.json has no entry for PACEGAP");
    expect(errors).toContain("zh-CN.json has no description for PACE(month)");
  });
});
