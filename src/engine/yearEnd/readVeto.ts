import { Diagnostic, diagnostic } from "../kernel/diagnostic";
import { toSimplified } from "../kernel/toSimplified";
import { ScoreRow } from "./yearEndSummary";

const YES = new Set(["是", "否决", "一票否决", "y", "yes", "true", "1", "√", "✓"]);
const NO = new Set(["", "否", "无", "n", "no", "false", "0", "×", "-", "—", "/"]);

/**
 * 一票否决读取: whether a row of the scores sheet is vetoed (是, 否决, √, Y … / 否, blank, × …), or null
 * when the cell cannot be read (an error at the cell: the unit gets no total). A veto without a
 * reason, and a reason without a veto, are warned of.
 */
export function readVeto(row: ScoreRow, sheet: string, diagnostics: Diagnostic[]): boolean | null {
  const text =
    row.veto === null
      ? ""
      : toSimplified(String(row.veto.value ?? ""))
          .replace(/\s+/g, "")
          .toLowerCase();
  const reason = row.vetoReason?.text ?? "";
  if (row.veto !== null && !YES.has(text) && !NO.has(text)) {
    diagnostics.push(
      diagnostic("invalid_value", "error", sheet, row.veto.cell, "yearEndInvalidWord", {
        unit: row.unit,
        part: "一票否决",
        partEn: "the veto",
        text: String(row.veto.value).trim(),
        allowed: "是/否",
      })
    );
    return null;
  }
  const vetoed = YES.has(text);
  if (vetoed && reason === "") {
    diagnostics.push(
      diagnostic(
        "missing_value",
        "warning",
        sheet,
        row.vetoReason?.cell ?? row.veto?.cell ?? row.unitCell,
        "yearEndVetoWithoutReason",
        { unit: row.unit }
      )
    );
  } else if (!vetoed && reason !== "") {
    diagnostics.push(
      diagnostic(
        "invalid_value",
        "warning",
        sheet,
        row.veto?.cell ?? row.vetoReason?.cell ?? row.unitCell,
        "yearEndReasonWithoutVeto",
        { unit: row.unit }
      )
    );
  }
  return vetoed;
}
