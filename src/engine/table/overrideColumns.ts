import { isValidMonth } from "../kernel/isValidMonth";
import { cellAddress } from "../kernel/cellAddress";
import { cellText } from "../kernel/cellText";
import { classifyHeader } from "./classifyHeader";
import { columnLetters } from "./columnLetters";
import { CellValue, GridSheet } from "../kernel/grid";
import { diagnostic } from "../kernel/diagnostic";
import { ColumnMapping, ColumnOverride, ColumnRole, Diagnostic, HeaderMatch } from "./tableModel";

/** Every role a column may be given, with its names for the clerk. */
const ROLE_LABELS: Readonly<
  Record<ColumnRole | "ignore", { readonly zh: string; readonly en: string }>
> = {
  indicator: { zh: "指标", en: "indicator" },
  measure: { zh: "口径", en: "measure" },
  checkpoint: { zh: "倒排时间", en: "checkpoint" },
  unit: { zh: "单位", en: "unit" },
  target: { zh: "目标", en: "target" },
  leader: { zh: "包抓领导", en: "leader" },
  leadUnit: { zh: "牵头单位", en: "lead unit" },
  units: { zh: "责任单位及配合单位", en: "responsible units" },
  cooperatingUnits: { zh: "配合单位", en: "cooperating units" },
  person: { zh: "责任人", en: "person" },
  supervisor: { zh: "监管部门", en: "supervisor" },
  direction: { zh: "方向", en: "direction" },
  checkpointTarget: { zh: "节点目标", en: "checkpoint target" },
  actual: { zh: "累计完成", en: "actual" },
  lastYear: { zh: "上年同期", en: "same period last year" },
  month: { zh: "月份", en: "month" },
  ignore: { zh: "不读取", en: "not read" },
};

/** Roles a table has in one column at most; every other role (periods) may repeat. */
const PERIOD_ROLES: ReadonlySet<string> = new Set(["checkpointTarget", "actual", "lastYear"]);

/** Excel's last column, 0-based (XFD). */
const LAST_COLUMN = 16383;

/** A correction that passed the checks. */
interface Checked {
  readonly column: number;
  readonly role: ColumnRole | "ignore";
  readonly month?: number;
}

/**
 * 列角色更正应用: the header found by `findHeader` with the clerk's column roles applied — a
 * corrected column gets its role (its header text and bracketed unit kept; a period role takes the
 * given month, else the month its header names), `ignore` drops the column, and a role a table has
 * once (all but checkpointTarget and actual) moves to the corrected column: the column that had it
 * is no longer read. When two corrections give one column, the later wins; when two give one
 * once-only role, the later wins and the earlier is reported. A correction that cannot apply (not a
 * whole column 0…16383, an unknown role, a month outside 1…periods, a period role without a month)
 * is reported as `invalid_setting` and skipped. The layout follows the corrected roles (seed when a
 * checkpoint column remains). Never throws.
 */
export function overrideColumns(
  sheet: GridSheet,
  header: HeaderMatch,
  overrides: readonly ColumnOverride[] | undefined,
  periods: number,
  diagnostics: Diagnostic[]
): HeaderMatch {
  if (!Array.isArray(overrides) || overrides.length === 0) {
    return header;
  }
  const sheetName = String(sheet.name ?? "");
  const headerRow = header.headerRows[1] - 1;
  const report = (
    column: number,
    key: "tableColumnOverrideInvalid" | "tableColumnOverrideDropped",
    params: Record<string, string | number>
  ): void => {
    const cell = Number.isSafeInteger(column) && column >= 0 && column <= LAST_COLUMN;
    diagnostics.push(
      diagnostic(
        "invalid_setting",
        "warning",
        sheetName,
        cell && headerRow >= 0 ? cellAddress(headerRow, column) : "",
        key,
        params
      )
    );
  };
  const existing = new Map<number, ColumnMapping>();
  for (const mapping of [...(header.duplicates ?? []), ...header.columns]) {
    existing.set(mapping.column, mapping);
  }

  // Check each correction; for one column, the later correction wins.
  const byColumn = new Map<number, Checked>();
  for (const raw of overrides as readonly unknown[]) {
    const item = (typeof raw === "object" && raw !== null ? raw : {}) as Partial<
      Record<keyof ColumnOverride, unknown>
    >;
    const { column, role, month } = item;
    const validColumn =
      typeof column === "number" &&
      Number.isSafeInteger(column) &&
      column >= 0 &&
      column <= LAST_COLUMN;
    const validRole =
      typeof role === "string" && Object.prototype.hasOwnProperty.call(ROLE_LABELS, role);
    const validMonth =
      month === undefined || (typeof month === "number" && isValidMonth(month, periods));
    let resolvedMonth: number | undefined;
    if (validColumn && validRole && validMonth && PERIOD_ROLES.has(role)) {
      const before = existing.get(column);
      resolvedMonth =
        (month as number | undefined) ??
        before?.month ??
        classifyHeader(headerText(sheet, header, column), periods)?.month;
    }
    if (
      !validColumn ||
      !validRole ||
      !validMonth ||
      (PERIOD_ROLES.has(role) && resolvedMonth === undefined)
    ) {
      const label = validRole ? ROLE_LABELS[role as ColumnRole] : undefined;
      report(typeof column === "number" ? column : -1, "tableColumnOverrideInvalid", {
        column: validColumn ? columnLetters(column) : String(column),
        role: label?.zh ?? String(role),
        roleEn: label?.en ?? String(role),
        month: month === undefined ? "" : `，${String(month)}月`,
        monthEn: month === undefined ? "" : `, month ${String(month)}`,
      });
      continue;
    }
    byColumn.delete(column);
    byColumn.set(column, {
      column,
      role: role as ColumnRole | "ignore",
      ...(resolvedMonth === undefined ? {} : { month: resolvedMonth }),
    });
  }

  // A once-only role goes to the last column corrected to it.
  const singleOwner = new Map<string, number>();
  for (const checked of byColumn.values()) {
    if (checked.role !== "ignore" && !PERIOD_ROLES.has(checked.role)) {
      singleOwner.set(checked.role, checked.column);
    }
  }
  const columns: ColumnMapping[] = header.columns.filter(
    (mapping) => !byColumn.has(mapping.column) && !singleOwner.has(mapping.role)
  );
  for (const checked of byColumn.values()) {
    if (checked.role === "ignore") {
      continue;
    }
    const owner = singleOwner.get(checked.role);
    if (owner !== undefined && owner !== checked.column) {
      const label = ROLE_LABELS[checked.role];
      report(checked.column, "tableColumnOverrideDropped", {
        role: label.zh,
        roleEn: label.en,
        used: columnLetters(owner),
      });
      continue;
    }
    const before = existing.get(checked.column);
    const text = before?.header ?? headerText(sheet, header, checked.column);
    const found = before === undefined ? classifyHeader(text, periods) : null;
    const unit = before?.unit ?? found?.unit;
    const label =
      checked.month === undefined
        ? undefined
        : ((before?.month === checked.month ? before.label : undefined) ??
          (found?.month === checked.month ? found.label : undefined));
    columns.push({
      role: checked.role,
      column: checked.column,
      header: text,
      ...(checked.month === undefined ? {} : { month: checked.month }),
      ...(label === undefined ? {} : { label }),
      ...(unit === undefined ? {} : { unit }),
    });
  }
  columns.sort((a, b) => a.column - b.column);
  const duplicates = (header.duplicates ?? []).filter((mapping) => !byColumn.has(mapping.column));
  return {
    headerRows: header.headerRows,
    layout: columns.some((mapping) => mapping.role === "checkpoint") ? "seed" : "ledger",
    columns,
    dataStart: header.dataStart,
    ...(duplicates.length === 0 ? {} : { duplicates }),
  };
}

/** The value of a cell, a merged area's top-left value for the cells it covers. */
function filledValue(sheet: GridSheet, row: number, column: number): CellValue {
  const merges = Array.isArray(sheet.merges) ? sheet.merges : [];
  const area = merges.find(
    (merge) =>
      merge.top <= row && row <= merge.bottom && merge.left <= column && column <= merge.right
  );
  const [top, left] = area === undefined ? [row, column] : [area.top, area.left];
  const cells: unknown = Array.isArray(sheet.values) ? sheet.values[top] : undefined;
  const value: unknown = Array.isArray(cells) ? cells[left] : null;
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? value
    : null;
}

/** A column's header text: its cell in the last header row, else in the first ("" when blank). */
function headerText(sheet: GridSheet, header: HeaderMatch, column: number): string {
  const [first, last] = header.headerRows;
  for (let row = last - 1; row >= first - 1 && row >= 0; row--) {
    const text = cellText(filledValue(sheet, row, column));
    if (text !== "") {
      return text;
    }
  }
  return "";
}
