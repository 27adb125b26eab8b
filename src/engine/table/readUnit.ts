import { RecordDraft } from "./blockDraft";
import { tableAddress } from "./tableAddress";
import { TableContext } from "./tableContext";
import { TableSink } from "./tableSink";

/**
 * 单位读取: notes the unit of a row in its record. A growth rate's unit is "%"; otherwise the first
 * unit written stands, and a later row with a different unit (万元 then 亿元; 萬元 is 万元) is
 * reported once per record (`unit_changed`, at that row's unit cell): its figures are still read
 * as in the first unit.
 */
export function readUnit(
  context: TableContext,
  sink: TableSink,
  record: RecordDraft,
  row: number,
  unitText: string
): void {
  if (record.measure === "growth") {
    record.unit = "%";
    record.unitKey = "%";
    return;
  }
  if (unitText === "") {
    return;
  }
  const key = context.unitKey(unitText);
  const unitColumn = context.column.unit;
  if (record.unit === "") {
    record.unit = unitText;
    record.unitKey = key;
  } else if (key !== record.unitKey && !record.unitChangeReported && unitColumn !== undefined) {
    record.unitChangeReported = true;
    sink.report(
      "unit_changed",
      "warning",
      tableAddress(context, row, unitColumn),
      "tableUnitChanged",
      { name: record.block.name, from: record.unit, to: unitText }
    );
  }
}
