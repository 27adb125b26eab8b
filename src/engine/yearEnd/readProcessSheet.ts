import { cellAddress } from "../kernel/cellAddress";
import { cellText } from "../kernel/cellText";
import { Diagnostic, diagnostic } from "../kernel/diagnostic";
import { CellValue, GridSheet } from "../kernel/grid";
import { findSideHeader } from "../table/findSideHeader";
import { mergeIndex } from "../table/mergeIndex";
import { unitKey } from "./unitKey";

/** The columns of a 过程考核 register and the header names that mark them. */
const PROCESS_COLUMNS = {
  unit: ["单位", "责任单位", "被考核单位", "部门", "单位名称"],
  month: ["月份", "节点", "考核月份", "时间节点", "月"],
  value: ["扣分", "过程扣分", "得分", "过程得分", "节点得分", "分值", "记分", "计分"],
  reason: ["事由", "扣分事由", "说明", "备注"],
} as const;

/** Notes and totals under the register. */
const NOT_AN_ENTRY = /^(?:合计|小计|总计|注|说明|备注)/;

/** One unit's entries of the process register, in row order. */
export interface ProcessEntries {
  /** The unit as first written. */
  readonly unit: string;
  /** A1 address of the unit's first entry. */
  readonly cell: string;
  /** The value cells (扣分, 得分 … as the process method reads them) with their addresses. */
  readonly values: readonly { readonly value: CellValue; readonly cell: string }[];
}

/** What {@link readProcessSheet} found. */
export interface ProcessSheet {
  readonly sheet: string;
  /** By `unitKey`. */
  readonly units: ReadonlyMap<string, ProcessEntries>;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * 过程考核登记读取 (the process score's monthly source, seed 003 五(二)2: 根据市政府绩效平台节点考核
 * 结果对县直部门记分): reads a 过程考核 register — 单位, 月份 (or 节点), 扣分 (or 得分), 事由 — one row
 * per unit and node, into each unit's value cells, kept as written: the process part's method
 * combines them (扣分 and 累计 add up, 得分 and 完成率 average, any 否决 vetoes). Blank rows, totals
 * and notes are passed over; a row with a value but no unit is named. Never throws.
 */
export function readProcessSheet(sheet: GridSheet): ProcessSheet {
  const diagnostics: Diagnostic[] = [];
  const units = new Map<
    string,
    { unit: string; cell: string; values: ProcessEntries["values"][number][] }
  >();
  const header = findSideHeader(sheet, PROCESS_COLUMNS, ["unit", "value"]);
  if (header === null) {
    diagnostics.push(
      diagnostic("no_header", "error", sheet.name, "", "sideNoHeader", {
        table: "过程考核登记",
        tableEn: "process register",
        columns: "单位、扣分",
        columnsEn: "unit, deduction",
      })
    );
    return { sheet: sheet.name, units, diagnostics };
  }
  const unitColumn = header.columns.unit as number;
  const valueColumn = header.columns.value as number;
  const index = mergeIndex(sheet);
  for (let row = header.row + 1; row < index.rows; row++) {
    const unit = cellText(index.filled(row, unitColumn)).trim();
    const value = index.own(row, valueColumn);
    const blank = cellText(value).trim() === "";
    if (NOT_AN_ENTRY.test(unit) || (unit === "" && blank)) {
      continue;
    }
    if (unit === "") {
      diagnostics.push(
        diagnostic(
          "missing_value",
          "error",
          sheet.name,
          cellAddress(row, unitColumn),
          "sideMissingValue",
          {
            name: "单位",
            nameEn: "the unit",
          }
        )
      );
      continue;
    }
    if (blank) {
      continue;
    }
    const key = unitKey(unit);
    const entry = units.get(key) ?? { unit, cell: cellAddress(row, unitColumn), values: [] };
    entry.values.push({ value, cell: cellAddress(row, valueColumn) });
    units.set(key, entry);
  }
  return { sheet: sheet.name, units, diagnostics };
}
