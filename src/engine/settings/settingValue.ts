import { Diagnostic, diagnostic } from "../kernel/diagnostic";
import { CellValue } from "../kernel/grid";
import { SettingsSheet, settingKey } from "./readSettingsSheet";

/**
 * One setting the 设置 sheet may hold: the labels that name it (zh-CN first, traditional forms are
 * matched through simplification), how a cell becomes its value, and the default.
 */
export interface SettingDefinition<T> {
  /** Labels as the template writes them and as clerks may write them: 预警幅度, 预警线. */
  readonly labels: readonly string[];
  /** The value of a non-blank cell, or the rule it breaks (zh-CN and en-US) when it is invalid. */
  readonly parse: (value: CellValue) => T | { readonly rule: string; readonly ruleEn: string };
  readonly fallback: T;
  /** How the fallback is written in a message ("5个百分点"). */
  readonly fallbackText: string;
}

/** A setting's value and where it came from: `cell` "" when the default applies. */
export interface SettingRead<T> {
  readonly value: T;
  readonly sheet: string;
  readonly cell: string;
}

function isRule(value: unknown): value is { readonly rule: string; readonly ruleEn: string } {
  return typeof value === "object" && value !== null && "rule" in value && "ruleEn" in value;
}

/**
 * 设置取值: the value of one setting from the 设置 sheet. A blank or missing entry gives the
 * default; an invalid one gives the default and a diagnostic at its cell (never a silent clamp).
 */
export function settingValue<T>(
  sheet: SettingsSheet,
  definition: SettingDefinition<T>,
  diagnostics: Diagnostic[]
): SettingRead<T> {
  const keys = definition.labels.map(settingKey);
  const entry = sheet.entries.find((candidate) => keys.includes(candidate.key));
  const blank =
    entry === undefined ||
    entry.value === null ||
    (typeof entry.value === "string" && entry.value.trim() === "");
  if (entry === undefined || blank) {
    return { value: definition.fallback, sheet: "", cell: "" };
  }
  const parsed = definition.parse(entry.value);
  if (isRule(parsed)) {
    diagnostics.push(
      diagnostic("invalid_setting", "error", entry.sheet, entry.cell, "settingInvalid", {
        label: entry.label,
        text: String(entry.value),
        rule: parsed.rule,
        ruleEn: parsed.ruleEn,
        fallback: definition.fallbackText,
      })
    );
    return { value: definition.fallback, sheet: entry.sheet, cell: entry.cell };
  }
  return { value: parsed, sheet: entry.sheet, cell: entry.cell };
}
