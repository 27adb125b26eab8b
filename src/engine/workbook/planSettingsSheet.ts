import { cellText } from "../kernel/cellText";
import { CellValue, GridSheet } from "../kernel/grid";
import {
  MonthlyDefinition,
  MonthlySettingName,
  monthlyDefinitions,
} from "../settings/monthlyDefinitions";
import { isSettingsSheetName } from "../settings/isSettingsSheetName";
import { noticeDefinitions } from "../settings/noticeDefinitions";
import { monthlySettingCells } from "../settings/monthlySettingCells";
import {
  SETTING_COLUMNS,
  readSettingsSheet,
  settingKey,
  settingsSheetName,
} from "../settings/readSettingsSheet";
import { SummarySettings } from "../summary/summaryTypes";
import { findSideHeader } from "../table/findSideHeader";

/** One row of cells to write: 0-based row and first column, the values left to right. */
export interface SettingsWrite {
  readonly row: number;
  readonly column: number;
  readonly values: readonly CellValue[];
}

/** What to do to the 设置 sheet: make it or change it, cell rows to write, and the column widths. */
export interface SettingsSheetPlan {
  /** The sheet's name: the clerk's own when there is one. */
  readonly sheet: string;
  /** Whether the sheet is to be added (it does not exist yet). */
  readonly create: boolean;
  readonly writes: readonly SettingsWrite[];
  /** Column widths in characters, for a sheet made afresh (empty otherwise). */
  readonly columnWidths: readonly number[];
  /** The rows of monthly settings the plan appends, by setting. */
  readonly added: readonly MonthlySettingName[];
  /** The rows whose value it changes, by setting. */
  readonly updated: readonly MonthlySettingName[];
}

const TITLE = "考核设置";
const NOTE =
  "设置项的取值可改，生成月度通报和年度考核时读取；空白取默认值。任务窗格中所作的更改会写回本表。";
const WIDTHS = [30, 12, 72] as const;

/** The last non-blank row of a sheet, 0-based; −1 when it is empty. */
function lastRow(sheet: GridSheet): number {
  for (let row = sheet.values.length - 1; row >= 0; row--) {
    if ((sheet.values[row] ?? []).some((value) => cellText(value).trim() !== "")) {
      return row;
    }
  }
  return -1;
}

/**
 * 设置表计划: how to bring the workbook's 设置 sheet in line with the pane's monthly settings
 * (`values`: the settings in force; a setting left out is its default), as a plan every adapter
 * carries out.
 * - No 设置 sheet: with `create`, a new sheet 设置 (title, a note, 设置项 | 取值 | 说明, then every
 *   monthly setting with its value and 说明, then the notices' rows, blank); without, null.
 * - A 设置 sheet with its header: the rows of the settings in `changed` get their new value (only
 *   the 取值 cell, and only when it differs); every monthly setting without a row gets one,
 *   appended below the last row. Nothing else is touched: the clerk's other rows and values, the
 *   year-end rows and the 说明 stay as they are.
 * - A 设置 sheet without a header the reader finds: nothing is written to it (`writes` empty).
 */
export function planSettingsSheet(
  sheets: readonly GridSheet[],
  values: Partial<SummarySettings>,
  changed: readonly MonthlySettingName[],
  create: boolean
): SettingsSheetPlan | null {
  const cells = monthlySettingCells(values);
  const definitions = Object.values(monthlyDefinitions) as readonly MonthlyDefinition<unknown>[];
  const rowOf = (definition: MonthlyDefinition<unknown>): CellValue[] => [
    definition.labels[0],
    cells[definition.name],
    definition.note,
  ];
  const sheet = sheets.find((candidate) => isSettingsSheetName(candidate.name));
  const read = readSettingsSheet(sheet === undefined ? [] : [sheet]);
  if (sheet === undefined) {
    if (!create) {
      return null;
    }
    return {
      sheet: settingsSheetName,
      create: true,
      writes: [
        { row: 0, column: 0, values: [TITLE] },
        { row: 1, column: 0, values: [NOTE] },
        { row: 2, column: 0, values: ["设置项", "取值", "说明"] },
        ...definitions.map((definition, index) => ({
          row: 3 + index,
          column: 0,
          values: rowOf(definition),
        })),
        // The notices' rows, blank: their defaults are the notices' own (文号前缀 〔年份〕 …).
        ...noticeDefinitions.map((definition, index) => ({
          row: 3 + definitions.length + index,
          column: 0,
          values: [definition.labels[0], null, definition.note],
        })),
      ],
      columnWidths: [...WIDTHS],
      added: definitions.map((definition) => definition.name),
      updated: [],
    };
  }
  const header = findSideHeader(sheet, SETTING_COLUMNS, ["label", "value"]);
  if (header === null) {
    return {
      sheet: sheet.name,
      create: false,
      writes: [],
      columnWidths: [],
      added: [],
      updated: [],
    };
  }
  const labelColumn = header.columns.label as number;
  const valueColumn = header.columns.value as number;
  const noteColumn = header.columns.note;
  const writes: SettingsWrite[] = [];
  const added: MonthlySettingName[] = [];
  const updated: MonthlySettingName[] = [];
  let next = Math.max(lastRow(sheet), header.row) + 1;
  for (const definition of definitions) {
    const keys = definition.labels.map(settingKey);
    const entry = read.entries.find((candidate) => keys.includes(candidate.key));
    const value = cells[definition.name];
    if (entry !== undefined) {
      if (changed.includes(definition.name) && cellText(entry.value) !== cellText(value)) {
        writes.push({ row: entry.row, column: entry.column, values: [value] });
        updated.push(definition.name);
      }
      continue;
    }
    const row = next++;
    writes.push({ row, column: labelColumn, values: [definition.labels[0]] });
    writes.push({ row, column: valueColumn, values: [value] });
    if (noteColumn !== undefined) {
      writes.push({ row, column: noteColumn, values: [definition.note] });
    }
    added.push(definition.name);
  }
  return { sheet: sheet.name, create: false, writes, columnWidths: [], added, updated };
}
