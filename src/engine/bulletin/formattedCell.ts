import { Dec, dec } from "../kernel/decimal";
import { CellValue } from "../kernel/grid";

/** Thousands separators in the whole part of a fixed-point text: "13600.00" → "13,600.00". */
function grouped(fixed: string): string {
  const [whole, fraction] = fixed.split(".");
  const sign = whole.startsWith("-") ? "-" : "";
  const digits = sign === "" ? whole : whole.slice(1);
  const withCommas = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}${withCommas}${fraction === undefined ? "" : `.${fraction}`}`;
}

/**
 * 单元格文字: a summary sheet's cell as its number format shows it, for documents that carry the
 * sheet's tables (the Word bulletin): "#,##0.00" → "13,600.00", "0.0" → "-1.7", "0.0%" → "60.6%",
 * "0" → "3", the 进退位 format → "↑2" / "↓1" / "-", General to 10 significant digits; text as it
 * is, blank as "". Rounded half up from
 * the exact value, as Excel shows it.
 */
export function formattedCell(value: CellValue, numberFormat: string): string {
  if (value === null) {
    return "";
  }
  if (typeof value !== "number") {
    return String(value);
  }
  if (!Number.isFinite(value)) {
    return String(value);
  }
  const exact = dec(value);
  switch (numberFormat) {
    case "#,##0.00":
      return grouped(exact.toFixed(2, Dec.ROUND_HALF_UP));
    case "0.00":
      return exact.toFixed(2, Dec.ROUND_HALF_UP);
    case "0.0":
      return exact.toFixed(1, Dec.ROUND_HALF_UP);
    case "0.0%":
      return `${exact.times(100).toFixed(1, Dec.ROUND_HALF_UP)}%`;
    case "0":
      return exact.toFixed(0, Dec.ROUND_HALF_UP);
    case '"↑"0;"↓"0;"-"':
      return value > 0
        ? `↑${exact.toFixed(0, Dec.ROUND_HALF_UP)}`
        : value < 0
          ? `↓${exact.abs().toFixed(0, Dec.ROUND_HALF_UP)}`
          : "-";
    default:
      // General: as Excel shows it, at most 10 significant digits (0.1 + 0.2 → 0.3).
      return exact.toSignificantDigits(10, Dec.ROUND_HALF_UP).toString();
  }
}
