import { cellText } from "../kernel/cellText";
import { Locale, formatMessage } from "../kernel/messages";
import { sheetReference } from "../kernel/sheetReference";
import { MEASURE_LABELS } from "../table/measureLabels";
import { CollectPlan } from "./collectPlan";

/**
 * 试运行清单 (dry run): what carrying out a collect plan would change, one line per change in the
 * clerk's language — the register sheet created, every figure written (and what a forced one
 * replaces; a figure in a new long-form row as the row added, "月度完成!A40:D40：新增一行…"), every arrival registered, arrivals already registered, and how many returned figures
 * equal the ledger's. "Nothing would change" when that is so. Findings are not repeated here.
 */
export function collectChanges(plan: CollectPlan, locale: Locale = "zh-CN"): string[] {
  const lines: string[] = [];
  if (plan.register.create && plan.register.entries.length > 0) {
    lines.push(formatMessage(locale, "returnChangeCreateSheet", { sheet: plan.register.sheet }));
  }
  for (const figure of plan.figures) {
    const row = [...(figure.rowCells ?? []), figure].sort((a, b) => a.column - b.column);
    const span = row.length === 1 ? figure.cell : `${row[0].cell}:${row[row.length - 1].cell}`;
    const params = {
      ref: sheetReference(figure.sheet, span),
      unit: figure.unit,
      name: figure.name,
      measure: figure.measureLabel,
      measureEn: MEASURE_LABELS[figure.measureLabel === "增幅" ? "growth" : "absolute"].en,
      month: plan.month,
      value: figure.value,
      existing: cellText(figure.previous),
    };
    lines.push(
      formatMessage(
        locale,
        figure.rowCells !== undefined
          ? "returnChangeNewRow"
          : figure.previous === null
            ? "returnChangeFigure"
            : "returnChangeOverwrite",
        params
      )
    );
  }
  for (const entry of plan.register.entries) {
    const dateCell = entry.cells[entry.cells.length - 1];
    lines.push(
      formatMessage(locale, "returnChangeRegister", {
        ref: sheetReference(dateCell.sheet, dateCell.cell),
        unit: entry.unit,
        month: entry.month,
        date: entry.arrivedOn,
        from: entry.arrivedFrom === "form" ? "报送表填报日期" : "文件修改日期",
        fromEn: entry.arrivedFrom === "form" ? "the form's date" : "the file's modified date",
      })
    );
  }
  for (const before of plan.register.before) {
    lines.push(
      formatMessage(locale, "returnChangeRegistered", {
        unit: before.unit,
        month: before.month,
        date: before.reportedOn,
      })
    );
  }
  if (plan.unchanged.length > 0) {
    lines.push(formatMessage(locale, "returnChangeUnchanged", { count: plan.unchanged.length }));
  }
  if (plan.figures.length === 0 && plan.register.entries.length === 0) {
    lines.push(formatMessage(locale, "returnChangeNothing"));
  }
  return lines;
}
