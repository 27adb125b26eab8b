import { cellText } from "../kernel/cellText";
import { dec } from "../kernel/decimal";
import { Diagnostic, diagnostic } from "../kernel/diagnostic";
import { CellValue, GridSheet } from "../kernel/grid";
import { MessageKey } from "../kernel/messages";
import { MEASURE_LABELS } from "../table/measureLabels";
import { readFigure } from "../table/readFigure";
import { unitKey } from "../yearEnd/unitKey";
import { CollectPlan, FigureWrite, ReturnedFile, UnchangedFigure } from "./collectPlan";
import { formChecksum } from "./formChecksum";
import { longFormRows, NewRowCell } from "./longFormRows";
import { longFormSheet } from "./longFormSheet";
import { LedgerCell, monthCells } from "./monthCells";
import { LedgerOptions, readLedger } from "./readLedger";
import { Arrival, registerPlan } from "./registerPlan";
import { unitIndicators } from "./unitIndicators";

/** Options of {@link collectReturns}. */
export interface CollectOptions extends LedgerOptions {
  /** The data month collected (1…12). */
  readonly month: number;
  /** Replace a figure already in the ledger that differs from the returned one. */
  readonly force?: boolean;
}

/** A finding of the collection, with the return it is about ("" for the ledger itself). */
export type CollectDiagnostic = Diagnostic & { readonly source: string };

/** The plan {@link collectReturns} makes, its findings tagged with their return. */
export type CollectResult = CollectPlan & { readonly diagnostics: readonly CollectDiagnostic[] };

/** A figure of a ledger cell, null when the cell holds none (blank or text). */
function figureOf(value: CellValue, unit: string): number | null {
  const reading = readFigure(value, unit);
  return reading.kind === "number" ? reading.value : null;
}

/** "2016年8月" or "8月". */
function monthLabel(month: number, year: number | null): { zh: string; en: string } {
  return year === null
    ? { zh: `${month}月`, en: `month ${month}` }
    : { zh: `${year}年${month}月`, en: `${year}-${String(month).padStart(2, "0")}` };
}

/**
 * 报送汇总 (collect the returns): plans how the returned forms of `month` go into the ledger —
 * 1. each figure into the ledger's cumulative-actual cell of the month (see {@link monthCells}): a
 *    blank cell is written; a cell holding the same figure needs nothing; a cell holding another
 *    figure or text is a conflict (`return_conflict`, an error) and is left as it is unless `force`
 *    (then written, and a warning says what it replaced); a ledger without a column for the month,
 *    or without the indicator's row, gets nothing (`return_no_cell`) — but a long-form 月度完成
 *    sheet without the indicator's row for the month gets a new row (see {@link longFormRows}:
 *    the figure's `rowCells` hold its name, 口径, 月份 …);
 * 2. each return's arrival into 报送登记 (see {@link registerPlan}). 到达日期 rule: the form's
 *    填报日期 when filled in, else the file's modified date (`modifiedOn`); with neither, nothing is
 *    registered (`return_not_registered`).
 * A return is not collected at all (neither figures nor arrival) when it carries no identity, its
 * indicator list was edited (`return_tampered`), it is for another month or year
 * (`return_other_month`) or its unit leads no indicator of the ledger (`return_unknown_unit`).
 * When the ledger's indicators of the unit changed since the form was made (`return_list_changed`,
 * a warning) figures are matched by name and measure, and those the unit no longer leads are
 * reported. Returns are taken in order; a second figure for a cell meets the first as a ledger
 * figure would. Text in a form's number cell is reported by `readReturn`, its figure skipped; a
 * return without any figure is neither collected nor registered (a `return_not_registered`
 * warning: a blank form sent back is no report).
 * The ledger's own findings (a checkpoint conflict …) are the summary's to report and are not
 * repeated, except when it holds no table. Nothing is written here: an adapter carries the plan
 * out (`applyCollectPlan` in memory, `writeCollectedLedger` for an .xlsx).
 */
export function collectReturns(
  ledgerSheets: readonly GridSheet[],
  returns: readonly ReturnedFile[],
  options: CollectOptions
): CollectResult {
  const { month } = options;
  const ledger = readLedger(ledgerSheets, options);
  const year = ledger.year;
  const diagnostics: CollectDiagnostic[] = [];
  const table = ledger.table;
  if (table === null) {
    return {
      month,
      year,
      figures: [],
      register: { sheet: "", create: false, headerCells: [], entries: [], before: [] },
      unchanged: [],
      diagnostics: ledger.diagnostics.map((found) => ({ ...found, source: "" })),
    };
  }
  const found = monthCells(ledger.tableSheets, table, month, options);
  const long = longFormSheet(ledger.tableSheets, table, options.periods ?? 12);
  const newRows = long === null ? null : longFormRows(long, table, month, year);
  const units = unitIndicators(table.indicators);

  const figures = new Map<string, FigureWrite>();
  const current = new Map<string, CellValue>();
  const unchanged: UnchangedFigure[] = [];
  const arrivals: Arrival[] = [];
  let noColumnReported = false;

  for (const returned of returns) {
    const { read, source } = returned;
    const report = (
      code: Diagnostic["code"],
      severity: Diagnostic["severity"],
      sheet: string,
      cell: string,
      key: MessageKey,
      params: Readonly<Record<string, string | number>>
    ): void => {
      diagnostics.push({ ...diagnostic(code, severity, sheet, cell, key, params), source });
    };
    diagnostics.push(...read.diagnostics.map((finding) => ({ ...finding, source })));
    const identity = read.identity;
    if (identity === null || !read.intact) {
      continue;
    }
    const formSheet = identity.sheet;
    if (
      identity.month !== month ||
      (identity.year !== null && year !== null && identity.year !== year)
    ) {
      const returnedLabel = monthLabel(identity.month, identity.year);
      const wantedLabel = monthLabel(month, year);
      report("return_other_month", "error", formSheet, "", "returnOtherMonth", {
        unit: identity.unit,
        returned: returnedLabel.zh,
        returnedEn: returnedLabel.en,
        wanted: wantedLabel.zh,
        wantedEn: wantedLabel.en,
      });
      continue;
    }
    const unit = units.get(unitKey(identity.unit));
    if (unit === undefined) {
      report("return_unknown_unit", "error", formSheet, "", "returnUnknownUnit", {
        unit: identity.unit,
      });
      continue;
    }
    const ledgerChecksum = formChecksum(unit.records);
    if (ledgerChecksum !== identity.checksum) {
      report("return_list_changed", "warning", table.sheet, "", "returnListChanged", {
        unit: unit.unit,
        formCount: identity.count,
        ledgerCount: unit.records.length,
      });
    }
    const byKey = new Map(
      unit.records.map((record) => [`${cellText(record.name)}|${record.measureLabel}`, record])
    );

    if (read.figures.every((figure) => figure.value === null)) {
      report("return_not_registered", "warning", formSheet, "", "returnEmpty", {
        unit: unit.unit,
      });
      continue;
    }
    for (const figure of read.figures) {
      if (figure.value === null) {
        continue;
      }
      const record = byKey.get(figure.key);
      const measureEn = MEASURE_LABELS[record?.measure ?? "absolute"].en;
      const about = {
        unit: unit.unit,
        name: figure.name,
        measure: figure.measureLabel,
        measureEn,
        month,
        value: figure.value,
      };
      if (record === undefined) {
        report(
          "return_list_changed",
          "warning",
          formSheet,
          figure.cell,
          "returnUnmatchedIndicator",
          about
        );
        continue;
      }
      const location: (LedgerCell & Partial<NewRowCell>) | undefined =
        found.cells.get(record.key) ?? newRows?.cellOf(record) ?? undefined;
      if (location === undefined) {
        if (!found.hasColumn) {
          if (!noColumnReported) {
            noColumnReported = true;
            report("return_no_cell", "error", table.sheet, "", "returnNoMonthColumn", { month });
          }
        } else {
          const sheet = found.columnSheet ?? table.sheet;
          report("return_no_cell", "error", sheet, "", "returnNoMonthCell", about);
        }
        continue;
      }
      const ref = `${location.sheet}!${location.cell}`;
      const now = current.has(ref) ? (current.get(ref) ?? null) : location.existing;
      const write = (forced: boolean): void => {
        current.set(ref, figure.value);
        figures.delete(ref); // a later figure for the cell replaces an earlier planned one
        figures.set(ref, {
          sheet: location.sheet,
          row: location.row,
          column: location.column,
          cell: location.cell,
          value: figure.value as number,
          previous: location.existing,
          unit: unit.unit,
          key: record.key,
          name: record.name,
          measureLabel: record.measureLabel,
          forced,
          source,
          ...(location.rowCells === undefined ? {} : { rowCells: location.rowCells }),
        });
      };
      if (now === null) {
        write(false);
        continue;
      }
      const existing = figureOf(now, record.unit);
      if (existing !== null && dec(existing).eq(dec(figure.value))) {
        if (!figures.has(ref)) {
          unchanged.push({
            unit: unit.unit,
            key: record.key,
            sheet: location.sheet,
            cell: location.cell,
            value: existing,
          });
        }
        continue;
      }
      const params = { ...about, existing: cellText(now) };
      if (options.force === true) {
        write(true);
        report(
          "return_conflict",
          "warning",
          location.sheet,
          location.cell,
          "returnOverwritten",
          params
        );
      } else {
        report("return_conflict", "error", location.sheet, location.cell, "returnConflict", params);
      }
    }

    const arrivedOn = read.filledOn ?? returned.modifiedOn;
    if (arrivedOn === null) {
      report("return_not_registered", "warning", formSheet, "", "returnNoArrivalDate", {
        unit: unit.unit,
      });
    } else {
      arrivals.push({
        unit: unit.unit,
        arrivedOn,
        arrivedFrom: read.filledOn === null ? "file" : "form",
        source,
      });
    }
  }

  const registered = registerPlan(ledger.reports, arrivals, month, year);
  diagnostics.push(...registered.diagnostics.map((finding) => ({ ...finding, source: "" })));
  return {
    month,
    year,
    figures: [...figures.values()],
    register: registered.register,
    unchanged,
    diagnostics,
  };
}
