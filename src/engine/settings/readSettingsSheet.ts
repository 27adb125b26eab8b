import { cellAddress } from "../kernel/cellAddress";
import { cellText } from "../kernel/cellText";
import { Diagnostic, diagnostic } from "../kernel/diagnostic";
import { CellValue, GridSheet } from "../kernel/grid";
import { toSimplified } from "../kernel/toSimplified";
import { findSideHeader } from "../table/findSideHeader";
import { mergeIndex } from "../table/mergeIndex";
import { isSettingsSheetName } from "./isSettingsSheetName";

/** The name of the settings sheet the add-in creates and reads (traditional 設置 is read too). */
export const settingsSheetName = "设置";

/** The columns of a settings sheet and the header names that mark them. */
export const SETTING_COLUMNS = {
  label: ["设置项", "项目", "参数", "名称", "设置", "setting"],
  value: ["取值", "值", "设置值", "数值", "value"],
  note: ["说明", "备注", "note"],
} as const;

/** One row of the settings sheet: what it names, its value as written, and where. */
export interface SettingEntry {
  /** The label as compared: simplified, lower case, without spaces or a bracketed unit. */
  readonly key: string;
  /** The label as the clerk wrote it. */
  readonly label: string;
  readonly value: CellValue;
  readonly sheet: string;
  /** A1 address of the value cell. */
  readonly cell: string;
  /** 0-based row and column of the value cell. */
  readonly row: number;
  readonly column: number;
}

/** The settings sheet read: its entries in row order, and what could not be read. */
export interface SettingsSheet {
  readonly entries: readonly SettingEntry[];
  readonly diagnostics: readonly Diagnostic[];
}

/** A setting label as compared: 预警幅度（百分点） and 預警幅度 are one. */
export function settingKey(label: string): string {
  return toSimplified(label)
    .replace(/\([^)]*\)|（[^）]*）|\[[^\]]*\]|【[^】]*】/g, "")
    .replace(/[\s:：*]/g, "")
    .toLowerCase();
}

/**
 * 设置表读取: reads the 设置 sheet (设置项 | 取值 | 说明, in any column order, header in the first 20
 * rows) into entries. A label named twice keeps its first row, with a diagnostic at the second.
 * No such sheet gives no entries: every setting then keeps its default. Never throws.
 */
export function readSettingsSheet(sheets: readonly GridSheet[]): SettingsSheet {
  const sheet = sheets.find((candidate) => isSettingsSheetName(candidate.name));
  if (sheet === undefined) {
    return { entries: [], diagnostics: [] };
  }
  const header = findSideHeader(sheet, SETTING_COLUMNS, ["label", "value"]);
  if (header === null) {
    return { entries: [], diagnostics: [] };
  }
  const labelColumn = header.columns.label as number;
  const valueColumn = header.columns.value as number;
  const index = mergeIndex(sheet);
  const entries: SettingEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  const firstRow = new Map<string, number>();
  for (let row = header.row + 1; row < index.rows; row++) {
    const raw = index.filled(row, labelColumn);
    const key = settingKey(cellText(raw));
    const label = typeof raw === "string" ? raw.trim() : cellText(raw);
    if (key === "") {
      continue;
    }
    const cell = cellAddress(row, valueColumn);
    const seen = firstRow.get(key);
    if (seen !== undefined) {
      diagnostics.push(
        diagnostic("duplicate_setting", "warning", sheet.name, cell, "settingDuplicate", {
          label,
          firstRow: seen + 1,
        })
      );
      continue;
    }
    firstRow.set(key, row);
    entries.push({
      key,
      label,
      value: index.own(row, valueColumn),
      sheet: sheet.name,
      cell,
      row,
      column: valueColumn,
    });
  }
  return { entries, diagnostics };
}
