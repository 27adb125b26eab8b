import { isMarkFormula } from "./markFormula";

/**
 * 查找标记: queues the load of a sheet's conditional formats (ExcelApi 1.6) — each one's id, type
 * and, for a custom one, its rule formula, through `customOrNullObject` (a null object for the
 * other types) — and gives, after the sync, the ids of the add-in's marks among them (see
 * `markFormula`). No sync.
 */
export function queueMarkScan(sheet: Excel.Worksheet): () => string[] {
  const formats = sheet
    .getRange()
    .conditionalFormats.load("items/id,items/type,items/customOrNullObject/rule/formula");
  return () =>
    formats.items
      .filter(
        (format) =>
          format.type === "Custom" &&
          !format.customOrNullObject.isNullObject &&
          isMarkFormula(format.customOrNullObject.rule.formula)
      )
      .map((format) => format.id);
}
