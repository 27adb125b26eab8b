import { Dec, dec } from "../kernel/decimal";
import { readFigure } from "../table/readFigure";
import { PartScoreSettings, partScore } from "./partScore";
import { ProcessEntries } from "./readProcessSheet";
import { PartReading, ScoringMethod } from "./yearEndSummary";

/** A part's reading and the cell (of the register) it concerns. */
export interface PlacedReading {
  readonly reading: PartReading;
  readonly cell: string;
}

/**
 * 过程考核汇总: one unit's process score from its entries in the 过程考核 register, by the process
 * part's method — 直接扣分法: full − Σ 扣分 (累计计分法 likewise Σ points), each entry a number;
 * 直接录入 and 完成比例法: the average of the entries' scores; 否决计分法: 0 when any entry is
 * vetoed. A problem names the entry's cell; the combined score is checked like a cell of the
 * scores sheet (`partScore`: above full marks, a deduction over full …).
 */
export function processScore(
  entries: ProcessEntries,
  method: ScoringMethod,
  settings: PartScoreSettings
): PlacedReading {
  const first = entries.values[0]?.cell ?? entries.cell;
  if (method === "deduction" || method === "cumulative") {
    let sum = new Dec(0);
    for (const entry of entries.values) {
      const reading = readFigure(entry.value);
      if (reading.kind !== "number") {
        return { reading: partScore(entry.value, method, "process", settings), cell: entry.cell };
      }
      sum = sum.plus(method === "deduction" ? dec(reading.value).abs() : dec(reading.value));
    }
    return { reading: partScore(sum.toString(), method, "process", settings), cell: first };
  }
  const scores: Dec[] = [];
  for (const entry of entries.values) {
    const reading = partScore(entry.value, method, "process", settings);
    if (reading.kind !== "score") {
      return { reading, cell: entry.cell };
    }
    scores.push(reading.score);
  }
  if (scores.length === 0) {
    return { reading: partScore(null, method, "process", settings), cell: first };
  }
  const score =
    method === "veto"
      ? Dec.min(...scores)
      : scores.reduce((total, value) => total.plus(value), new Dec(0)).div(scores.length);
  return { reading: { kind: "score", score, notes: [] }, cell: first };
}
