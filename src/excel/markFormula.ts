/**
 * 标记规则: the rule of the conditional formats that mark the table's rows — always true, and
 * tagged with "assess.mark" so that the add-in finds its own marks among the clerk's conditional
 * formats (also after a save, a reopen or a copy of the sheet) and never touches the others.
 */
export const markFormula = '=ISTEXT("assess.mark")';

/** Whether a custom conditional format's formula is the add-in's mark. */
export function isMarkFormula(formula: unknown): boolean {
  return typeof formula === "string" && /"assess\.mark"/i.test(formula);
}
