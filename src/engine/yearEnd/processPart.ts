import { cellText } from "../kernel/cellText";
import { partScore } from "./partScore";
import { PlacedReading, processScore } from "./processScore";
import { ProcessSheet } from "./readProcessSheet";
import { unitKey } from "./unitKey";
import { ScoreRow, YearEndPart, YearEndSettings } from "./yearEndSummary";

/**
 * 过程考核取数: the process part of a row when the workbook keeps a 过程考核 register (`process`
 * read, with a header): the unit's entries combined by the process method (`processScore`); a
 * value in the scores sheet as well is a conflict (the same score entered twice). A unit without
 * entries reads as a blank cell would (直接扣分法: nothing deducted), unless the scores sheet has a
 * process column, which then counts. No register: nothing here.
 */
export function processPart(
  row: ScoreRow,
  process: ProcessSheet | null,
  sheet: string,
  settings: YearEndSettings
): Partial<Record<YearEndPart, PlacedReading & { readonly sheet: string }>> {
  if (process === null) {
    return {};
  }
  const entries = process.units.get(unitKey(row.unit));
  if (entries === undefined) {
    // No entries: as a blank cell would be (nothing deducted), unless the sheet has the column.
    return row.parts.process !== undefined
      ? {}
      : {
          process: {
            reading: partScore(null, settings.methods.process, "process", settings),
            sheet: process.sheet,
            cell: "",
          },
        };
  }
  const cell = row.parts.process;
  if (cell !== undefined && cellText(cell.value).trim() !== "") {
    return {
      process: {
        reading: {
          kind: "problem",
          severity: "error",
          code: "invalid_value",
          key: "yearEndProcessConflict",
          params: { sheet: process.sheet },
        },
        sheet,
        cell: cell.cell,
      },
    };
  }
  return {
    process: { ...processScore(entries, settings.methods.process, settings), sheet: process.sheet },
  };
}
