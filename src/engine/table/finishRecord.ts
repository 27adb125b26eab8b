import { sheetReference } from "../kernel/sheetReference";
import { isSuspectMagnitude } from "../status/isSuspectMagnitude";
import { RecordDraft } from "./blockDraft";
import { blockPeople } from "./blockPeople";
import { annualTargetProblem } from "./annualTargetProblem";
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
 * (`missing_target`, at its first row), one with checkpoint targets but no annual one
 * (`no_annual_target`, where the annual target belongs: a checkpoint target is never taken for
 * it), an annual target of 0 that cannot be assessed against (`zero_target`, see
 * `annualTargetProblem`) and actuals more than 10 times the annual target (`suspect_magnitude`). Null for a name without any data (a heading or a note).
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
  const unit =
    record.unit !== "" ? record.unit : record.measure === "growth" ? "%" : context.unitHint;
  const direction = record.direction ?? inferDirection(record);
  const problem = annualTargetProblem({
    measure: record.measure,
    direction,
    unit,
    annualTarget,
    checkpoints,
  });
  if (problem === "missing" && last !== undefined && !record.targetIssue) {
    sink.report(
      "no_annual_target",
      "warning",
      annualCell(context, record, last.cell),
      "tableNoAnnualTarget",
      {
        name: block.name,
        measure: measureLabel.zh,
        measureEn: measureLabel.en,
        labels: checkpoints.map((checkpoint) => checkpoint.label).join("、"),
      }
    );
  } else if (problem === "zero" && last !== undefined) {
    sink.report("zero_target", "warning", last.cell, "tableZeroTarget", {
      name: block.name,
      measure: measureLabel.zh,
      measureEn: measureLabel.en,
    });
  }
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
  return {
    key: `${block.name}|${measureLabel.zh}`,
    name: block.name,
    measure: record.measure,
    measureLabel: measureLabel.zh,
    unit,
    direction,
    checkpoints,
    annualTarget,
    actuals,
    ...(context.lastYearColumns.length === 0
      ? {}
      : { lastYear: [...record.lastYear].sort((a, b) => a.month - b.month) }),
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

/**
 * Where the annual target of a record should stand: a ledger's annual-target column on the
 * record's row, else the cell of its last checkpoint target.
 */
function annualCell(context: TableContext, record: RecordDraft, lastCell: string): string {
  if (context.header.layout !== "ledger") {
    return lastCell;
  }
  const column =
    context.column.target ??
    context.targetColumns.find((target) => target.month === context.periods)?.column;
  return column === undefined ? lastCell : tableAddress(context, record.firstRow, column);
}
