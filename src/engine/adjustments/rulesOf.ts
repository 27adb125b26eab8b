import { Diagnostic } from "../kernel/diagnostic";
import { GridSheet } from "../kernel/grid";
import { AdjustmentRule } from "../kernel/types";
import { defaultRules } from "./defaultRules";
import { readRules } from "./readRules";

/** The rules in force for the summary, where they came from, and the findings of reading them. */
export interface RulesInForce {
  readonly rules: readonly AdjustmentRule[];
  /** The workbook's 加减分规则 sheet, or seed 003's rules. */
  readonly source: "sheet" | "default";
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * 加减分规则: the rules of the workbook's 加减分规则 sheet (`readRules`) when it has one with a
 * header, else seed 003's ({@link defaultRules}); a sheet whose header cannot be found is reported
 * and the default rules used.
 */
export function rulesOf(rulesSheet: GridSheet | undefined): RulesInForce {
  if (rulesSheet === undefined) {
    return { rules: defaultRules(), source: "default", diagnostics: [] };
  }
  const read = readRules(rulesSheet);
  return read.diagnostics.some((found) => found.code === "no_header")
    ? { rules: defaultRules(), source: "default", diagnostics: read.diagnostics }
    : { rules: read.rules, source: "sheet", diagnostics: read.diagnostics };
}
