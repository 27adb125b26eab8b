import { BlockDraft } from "./blockDraft";
import { readCell } from "./readCell";
import { TableContext } from "./tableContext";

/**
 * 责任人员读取: notes a row's people cells — leader (包抓领导), supervisors (监管部门), lead unit
 * (牵头/责任单位), all units, cooperating units (配合单位) and person (责任人) — in its block, when
 * they differ from the row above (merged or repeated cells give every row the same ones; a block
 * with several units spread over its rows gives several). `blockPeople` works out who they are.
 */
export function readPeople(context: TableContext, block: BlockDraft, row: number): void {
  const { column, index } = context;
  const leader = readCell(index, row, column.leader);
  const supervisor = readCell(index, row, column.supervisor);
  const leadUnit = readCell(index, row, column.leadUnit);
  const units = readCell(index, row, column.units);
  const cooperating = readCell(index, row, column.cooperatingUnits);
  const person = readCell(index, row, column.person);
  const last = block.people[block.people.length - 1];
  if (
    last === undefined
      ? leader === null &&
        supervisor === null &&
        leadUnit === null &&
        units === null &&
        cooperating === null &&
        person === null
      : last[0] === leader &&
        last[1] === supervisor &&
        last[2] === leadUnit &&
        last[3] === units &&
        last[4] === cooperating &&
        last[5] === person
  ) {
    return;
  }
  block.people.push([leader, supervisor, leadUnit, units, cooperating, person]);
}
