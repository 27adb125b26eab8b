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
  ["MONTHOVERMONTH", "monthOverMonth", "MONTHOVERMONTH"],
  ["GROWTHSHORTFALL", "growthShortfall", "GROWTHSHORTFALL"],
];

interface Metadata {
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: { name: string; description: string }[];
    result: { type?: string; dimensionality?: string };
    options?: { requiresParameterAddresses?: boolean };
  }[];
}

/**
 * What Excel sees of each function: the parameters it shows, the result type, and whether Excel
 * passes the arguments' addresses (to tell an empty cell from 0). The invocation parameter the
 * functions take last is not one Excel shows.
 */
const signatures: Record<string, { parameters: string[]; result: string; addresses: boolean }> = {
  CHECKPOINT: { parameters: ["text"], result: "number", addresses: true },
  PACE: { parameters: ["month", "periods"], result: "number", addresses: true },
  PACETARGET: { parameters: ["months", "targets", "month"], result: "number", addresses: true },
  PACEGAP: {
    parameters: ["actual", "annualTarget", "month", "periods", "direction"],
    result: "number",
    addresses: true,
  },
  ARREARS: {
    parameters: ["actual", "annualTarget", "month", "periods"],
    result: "number",
    addresses: true,
  },
  REMAINING: {
    parameters: ["actual", "annualTarget", "month", "periods"],
    result: "number",
    addresses: true,
  },
  COMPLETION: { parameters: ["actual", "target", "direction"], result: "number", addresses: true },
  STATUS: {
    parameters: ["actual", "annualTarget", "month", "periods", "direction", "band"],
    result: "string",
    addresses: true,
  },
  COMPLETIONSCORE: {
    parameters: ["actual", "target", "fullScore", "direction", "floor", "cap"],
    result: "number",
    addresses: true,
  },
  COMPOSITESCORE: {
    parameters: ["scores", "weights", "sharing"],
    result: "number",
    addresses: true,
  },
  ADJUSTMENT: {
    parameters: ["counts", "points", "caps", "bonusCap"],
    result: "number",
    addresses: true,
  },
  GRADE: {
    parameters: ["score", "cityBonus", "cityDeduction", "veto"],
    result: "string",
    addresses: true,
  },
  RANK: { parameters: ["value", "values", "order", "ties"], result: "number", addresses: true },
  RANKSCORE: { parameters: ["rank", "fullScore", "step"], result: "number", addresses: true },
  EFFICACYSCORE: {
    parameters: ["value", "satisfactory", "unacceptable"],
    result: "number",
    addresses: true,
  },
  MONTHOVERMONTH: {
    parameters: ["current", "previous", "asRatio"],
    result: "number",
    addresses: true,
  },
  GROWTHSHORTFALL: {
    parameters: ["lastYear", "targetRate", "actualRate"],
    result: "number",
    addresses: true,
  },
};

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

  it("lists the 17 functions under the ids the manifest's namespace prefixes, each exported", () => {
    expect(metadata.functions.map((fn) => fn.id).sort()).toEqual(expected.map(([id]) => id).sort());
    for (const [id, exportName, name] of expected) {
      expect(typeof (fns as Record<string, unknown>)[exportName]).toBe("function");
      expect(metadata.functions.find((fn) => fn.id === id)?.name).toBe(name);
    }
  });

  it("asks for the argument addresses where a blank is told from 0, adding no parameter Excel shows", () => {
    const seen = Object.fromEntries(
      metadata.functions.map((fn) => [
        fn.id,
        {
          parameters: fn.parameters.map((parameter) => parameter.name),
          result: fn.result.type ?? "any",
          addresses: fn.options?.requiresParameterAddresses === true,
        },
      ])
    );
    expect(seen).toEqual(signatures);
    // Each function that asks takes Excel's invocation after the parameters Excel shows.
    for (const [id, exportName] of expected) {
      const fn = (fns as Record<string, unknown>)[exportName] as (...args: unknown[]) => unknown;
      const shown = signatures[id].parameters.length;
      expect(fn.length).toBe(signatures[id].addresses ? shown + 1 : shown);
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
