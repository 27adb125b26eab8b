import type { Worksheet } from "exceljs";
import { validationStore } from "./compactDataValidations";

/**
 * 下拉列表 (drop-down list): list data validation on one column, rows `firstRow`…`lastRow`
 * (1-based), with the given choices ("正向", "逆向") or a range formula ("'加减分规则'!$A$4:$A$200").
 * A wrong entry is refused with a zh-CN message naming the choices.
 */
export function addListValidation(
  worksheet: Worksheet,
  column: number,
  firstRow: number,
  lastRow: number,
  choices: readonly string[] | { readonly range: string },
  title: string
): void {
  const formula = "range" in choices ? choices.range : `"${choices.join(",")}"`;
  const shown = "range" in choices ? "列表中的值" : choices.join("、");
  // One range entry, not one per cell: exceljs writes per-cell entries back as overlapping ranges.
  const letters = worksheet.getColumn(column).letter;
  validationStore(worksheet).model[`${letters}${firstRow}:${letters}${lastRow}`] = {
    type: "list",
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: title,
    error: `请填写：${shown}`,
  };
}
