import { cellText } from "../kernel/cellText";
import { normalizeText } from "../kernel/normalizeText";
import { toSimplified } from "../kernel/toSimplified";
import { MergeIndex } from "./mergeIndex";

/** "单位：万元", "计量单位:亿元", "金额单位：万元". */
const UNIT_NOTE = /^(?:计量|金额)?单位[:：]([^,，;；\s]{1,8})$/;

/**
 * 单位说明: the unit a note above the table's header states for its figures ("单位：万元" at the end of
 * the title row, or on a row of its own), in the rows before `headerRow` (0-based); "" when none.
 * The table reader takes it for the rows that name no unit of their own.
 */
export function readUnitNote(index: MergeIndex, headerRow: number): string {
  for (let row = 0; row < Math.min(headerRow, index.rows); row++) {
    for (let column = 0; column < index.columns; column++) {
      const text = cellText(index.own(row, column));
      if (text === "") {
        continue;
      }
      const match = UNIT_NOTE.exec(toSimplified(normalizeText(text)).replace(/\s+/g, ""));
      if (match !== null) {
        return match[1];
      }
    }
  }
  return "";
}
