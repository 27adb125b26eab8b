import { CellValue } from "../engine";
import { isDateFormat } from "./isDateFormat";
import { isoOfSerial } from "./isoOfSerial";

/**
 * 单元格读值: one value Excel loaded (`Range.values`) with its number format, as the engine's cell
 * value — the one conversion every reader of the adapter uses: "" → null (blank), a number in a
 * date format → its ISO date ("2016-08-14", see `isoOfSerial`), a number that is not finite →
 * "#NUM!", texts (error texts "#N/A" among them) and booleans as they are, anything else null.
 */
export function officeCellValue(value: unknown, format: unknown): CellValue {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      return "#NUM!";
    }
    return isDateFormat(format) ? isoOfSerial(value) : value;
  }
  if (typeof value === "string") {
    return value === "" ? null : value;
  }
  if (typeof value === "boolean") {
    return value;
  }
  return null;
}
