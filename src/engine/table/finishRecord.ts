import { sheetReference } from "../kernel/sheetReference";
import { isSuspectMagnitude } from "../status/isSuspectMagnitude";
import { RecordDraft } from "./blockDraft";
import { blockPeople } from "./blockPeople";
import { chooseCheckpoints } from "./chooseCheckpoints";
import { inferDirection } from "./inferDirection";
import { MEASURE_LABELS } from "./measureLabels";
import { tableAddress } from "./tableAddress";
import { TableContext } from "./tableContext";
import { IndicatorRecord } from "./tableModel";
import { TableSink } from "./tableSink";

/**
 * 指标记录完成: builds the finished record of an indicator and measure once its block has ended —
 * one checkpoint per month (see `chooseCheckpoints`), the annual target (the target of the last
 * period, else none), the actuals sorted by month, the direction (the cell's, else inferred) and
 * the block's people. Reported: a record with no target and no target cell reported
 * (`missing_target`, at its first row) and actuals more than 10 times the annual target
 * (`suspect_magnitude`). Null for a name without any data (a heading or a note).
 */
export function finishRecord(
  context: TableContext,
  sink: TableSink,
  record: RecordDraft
): IndicatorRecord | null {
  const block = record.block;
  const measureLabel = MEASURE_LABELS[record.measure];
  if (
    record.candidates.length === 0 &&
    record.actuals.length === 0 &&
    !record.targetIssue &&
    !record.hasContent
  ) {
    return null;
  }
  const checkpoints = chooseCheckpoints(context, sink, record);
  if (checkpoints.length === 0 && !record.targetIssue) {
    const column =
      context.column.target ?? context.targetColumns[0]?.column ?? context.indicatorColumn;
    sink.report(
      "missing_target",
      "warning",
      tableAddress(context, record.firstRow, column),
      "tableMissingTarget",
      { name: block.name, measure: measureLabel.zh, measureEn: measureLabel.en }
    );
  }
  const last = checkpoints[checkpoints.length - 1];
  const annualTarget = last !== undefined && last.month === context.periods ? last.target : null;
  const actuals = record.actuals;
  if (!record.actualsSorted) {
    actuals.sort((a, b) => a.month - b.month);
  }
  for (const actual of actuals) {
    if (isSuspectMagnitude(actual.value, annualTarget, record.measure)) {
      sink.report("suspect_magnitude", "warning", actual.cell, "tableSuspectMagnitude", {
        name: block.name,
        actual: String(actual.value),
        target: String(annualTarget),
      });
    }
  }
  const people = blockPeople(context, block);
  const unit =
    record.unit !== "" ? record.unit : record.measure === "growth" ? "%" : context.unitHint;
  return {
    key: `${block.name}|${measureLabel.zh}`,
    name: block.name,
    measure: record.measure,
    measureLabel: measureLabel.zh,
    unit,
    direction: record.direction ?? inferDirection(record),
    checkpoints,
    annualTarget,
    actuals,
    leader: people.leader,
    leadUnit: people.units[0] ?? "",
    units: people.units,
    persons: people.persons,
    person: people.person,
    supervisors: people.supervisors,
    row: record.firstRow + 1,
    rows: record.rows,
    source: sheetReference(
      context.sheetName,
      tableAddress(context, record.firstRow, context.indicatorColumn)
    ),
  };
}
