import { Dec, excelSerialDate, SerialDate } from "../engine";

/**
 * The value of an exceljs cell as the preview receives it: a number, string, boolean, date, null,
 * or one of exceljs's objects (formula with cached result, rich text, hyperlink, error).
 */
export type DisplayValue = number | string | boolean | Date | null | undefined | object;

/** Splits a format into its sections at ";" outside quotes and escapes. */
function sectionsOf(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (let index = 0; index < format.length; index++) {
    const character = format[index];
    if (character === '"') {
      quoted = !quoted;
    } else if (character === "\\" && !quoted && index + 1 < format.length) {
      current += character + format[index + 1];
      index++;
      continue;
    } else if (character === ";" && !quoted) {
      sections.push(current);
      current = "";
      continue;
    }
    current += character;
  }
  sections.push(current);
  return sections;
}

/** A format section split into literal text and the numeric pattern it holds. */
interface Section {
  readonly before: string;
  readonly pattern: string;
  readonly after: string;
  readonly percent: number;
  readonly text: boolean;
}

/**
 * Parses one section: strips [colour] and [condition] tags, keeps "quoted" and \escaped literals,
 * turns _x into a space and drops *x fills, and finds the run of 0 # ? , . that is the number.
 */
function parseSection(section: string): Section {
  let before = "";
  let pattern = "";
  let after = "";
  let percent = 0;
  let text = false;
  let seenPattern = false;
  const append = (literal: string): void => {
    if (seenPattern) {
      after += literal;
    } else {
      before += literal;
    }
  };
  for (let index = 0; index < section.length; index++) {
    const character = section[index];
    if (character === "[") {
      const end = section.indexOf("]", index);
      index = end < 0 ? section.length : end;
      continue;
    }
    if (character === '"') {
      const end = section.indexOf('"', index + 1);
      append(section.slice(index + 1, end < 0 ? section.length : end));
      index = end < 0 ? section.length : end;
      continue;
    }
    if (character === "\\") {
      append(section[index + 1] ?? "");
      index++;
      continue;
    }
    if (character === "_") {
      append(" ");
      index++;
      continue;
    }
    if (character === "*") {
      index++;
      continue;
    }
    if (character === "@") {
      text = true;
      append("@");
      continue;
    }
    if ("0#?,.".includes(character) && (!seenPattern || after === "")) {
      // A comma only belongs to the number once a digit placeholder has started it.
      if (character === "," && pattern === "") {
        append(character);
        continue;
      }
      pattern += character;
      seenPattern = true;
      continue;
    }
    if (character === "%") {
      percent++;
    }
    append(character);
  }
  return { before, pattern, after, percent, text };
}

/** Whether a section is a date or time format (y, d, h, s, or m outside a number pattern). */
function isDateSection(section: string): boolean {
  const stripped = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  return /[ydhs]/i.test(stripped) || (/m/i.test(stripped) && !/[0#?]/.test(stripped));
}

/** "1234567.891" with grouping → "1,234,567.891". */
function group(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Formats a number's absolute value by a numeric pattern ("#,##0.00", "0.0"). */
function formatPattern(value: Dec, pattern: string): string {
  const point = pattern.indexOf(".");
  let integerPart = point < 0 ? pattern : pattern.slice(0, point);
  const fractionPart = point < 0 ? "" : pattern.slice(point + 1).replace(/,/g, "");
  // Trailing commas scale by a thousand each ("#,##0," shows thousands).
  let scaled = value;
  while (integerPart.endsWith(",")) {
    scaled = scaled.div(1000);
    integerPart = integerPart.slice(0, -1);
  }
  const grouping = integerPart.includes(",");
  const minimumIntegerDigits = (integerPart.match(/0/g) ?? []).length;
  const decimals = (fractionPart.match(/[0#?]/g) ?? []).length;
  const requiredDecimals = (fractionPart.match(/0/g) ?? []).length;

  let fixed = scaled.abs().toFixed(decimals, Dec.ROUND_HALF_UP);
  let [integer, fraction = ""] = fixed.split(".");
  // Optional decimals (#) drop trailing zeros down to the required ones.
  while (fraction.length > requiredDecimals && fraction.endsWith("0")) {
    fraction = fraction.slice(0, -1);
  }
  if (integer === "0" && minimumIntegerDigits === 0) {
    integer = "";
  }
  integer = integer.padStart(minimumIntegerDigits, "0");
  if (grouping) {
    integer = group(integer);
  }
  fixed = fraction === "" ? integer : `${integer}.${fraction}`;
  if (fixed === "") {
    fixed = "0";
  }
  return fixed;
}

/** Excel's General format: up to 11 significant digits, trailing zeros dropped. */
function formatGeneral(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) {
    return String(value);
  }
  const absolute = Math.abs(value);
  if (absolute !== 0 && (absolute >= 1e11 || absolute < 1e-9)) {
    const [mantissa, exponent] = value.toExponential(5).split("e");
    const trimmed = mantissa.includes(".") ? mantissa.replace(/\.?0+$/, "") : mantissa;
    const power = Number(exponent);
    return `${trimmed}E${power < 0 ? "-" : "+"}${String(Math.abs(power)).padStart(2, "0")}`;
  }
  const integerDigits = absolute < 1 ? 1 : Math.floor(Math.log10(absolute)) + 1;
  const decimals = Math.max(0, 10 - integerDigits);
  const text = new Dec(value).toFixed(decimals, Dec.ROUND_HALF_UP);
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, "0");
}

/**
 * Formats a date by a date format's common tokens (yyyy, yy, m, mm, d, dd, h, hh, mm, ss, 年月日);
 * seconds show whole, the milliseconds dropped.
 */
function formatDate(date: SerialDate, section: string): string {
  const format = section.replace(/\[[^\]]*\]/g, "").replace(/[_*]./g, "");
  const tokens = format.match(/"[^"]*"|\\.|y+|m+|d+|h+|s+|AM\/PM|./gi) ?? [];
  const hasHour = tokens.some((token) => /^h+$/i.test(token));
  let out = "";
  tokens.forEach((token, index) => {
    const lower = token.toLowerCase();
    if (token.startsWith('"')) {
      out += token.slice(1, -1);
    } else if (token.startsWith("\\")) {
      out += token.slice(1);
    } else if (/^y+$/.test(lower)) {
      out += lower.length <= 2 ? pad(date.year % 100) : String(date.year);
    } else if (/^m+$/.test(lower)) {
      // "m" after an hour or before seconds is minutes.
      const previous = tokens
        .slice(0, index)
        .reverse()
        .find((item) => /^[a-z]/i.test(item));
      const next = tokens.slice(index + 1).find((item) => /^[a-z]/i.test(item));
      const minutes =
        hasHour &&
        ((previous !== undefined && /^h/i.test(previous)) ||
          (next !== undefined && /^s/i.test(next)));
      const number = minutes ? date.minute : date.month;
      out += lower.length >= 2 ? pad(number) : String(number);
    } else if (/^d+$/.test(lower)) {
      out += lower.length >= 2 ? pad(date.day) : String(date.day);
    } else if (/^h+$/.test(lower)) {
      out += lower.length >= 2 ? pad(date.hour) : String(date.hour);
    } else if (/^s+$/.test(lower)) {
      out += pad(date.second);
    } else if (lower === "am/pm") {
      out += date.hour < 12 ? "AM" : "PM";
    } else {
      out += token;
    }
  });
  return out;
}

/** A date as its UTC fields: exceljs reads date-formatted serials as UTC dates. */
function fieldsOf(date: Date): SerialDate {
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    millisecond: date.getUTCMilliseconds(),
  };
}

/** What Excel shows for a number that has no date in a date format (negative, past 9999). */
const noDate = "########";

/** The plain value behind one of exceljs's cell objects. */
function plainValueOf(value: DisplayValue): number | string | boolean | Date | null {
  if (value === null || value === undefined) {
    return null;
  }
  if (
    typeof value === "number" ||
    typeof value === "string" ||
    typeof value === "boolean" ||
    value instanceof Date
  ) {
    return value;
  }
  const record = value as Record<string, unknown>;
  if ("error" in record) {
    return String(record.error);
  }
  if (Array.isArray(record.richText)) {
    return (record.richText as { text: string }[]).map((run) => run.text).join("");
  }
  if ("formula" in record || "sharedFormula" in record) {
    return plainValueOf(record.result as DisplayValue);
  }
  if ("text" in record) {
    return plainValueOf(record.text as DisplayValue);
  }
  return null;
}

/**
 * 单元格显示文本 (cell display text): a cell's value as Excel shows it under its number format —
 * "0.0%" → "62.5%", "0.00" → "7700.00", "#,##0" → "13,600", "General" → up to 11 significant
 * digits; dates by their date format (serials as Excel numbers its days, see `excelSerialDate`;
 * "########" for a number no date can show); text sections (@) and literals in quotes; rich text,
 * formula results, hyperlinks and errors as their text. Rounding is half away from zero on the
 * decimal value.
 */
export function formatCellText(value: DisplayValue, numberFormat?: string | null): string {
  const plain = plainValueOf(value);
  if (plain === null) {
    return "";
  }
  if (typeof plain === "boolean") {
    return plain ? "TRUE" : "FALSE";
  }
  const format =
    numberFormat === undefined || numberFormat === null || numberFormat === ""
      ? "General"
      : numberFormat;
  const sections = sectionsOf(format);
  if (plain instanceof Date) {
    const dateSection = sections.find(isDateSection);
    return dateSection === undefined
      ? formatDate(fieldsOf(plain), "yyyy-mm-dd")
      : formatDate(fieldsOf(plain), dateSection);
  }
  if (typeof plain === "string") {
    const textSection =
      sections.length >= 4 ? sections[3] : sections.find((section) => section.includes("@"));
    if (textSection === undefined) {
      return plain;
    }
    const parsed = parseSection(textSection);
    return (parsed.before + parsed.after).replace("@", plain);
  }
  if (!Number.isFinite(plain)) {
    return "#NUM!";
  }
  let sectionIndex = 0;
  if (plain < 0 && sections.length >= 2) {
    sectionIndex = 1;
  } else if (plain === 0 && sections.length >= 3) {
    sectionIndex = 2;
  }
  const section = sections[sectionIndex];
  if (/^\s*general\s*$/i.test(section) || section.trim() === "@") {
    return formatGeneral(plain);
  }
  if (isDateSection(section)) {
    // Excel's own calendar: 1900-02-29 (serial 60) shows, as in Excel.
    const date = excelSerialDate(plain);
    return date === null ? noDate : formatDate(date, section);
  }
  const parsed = parseSection(section);
  if (parsed.pattern === "") {
    const general = /general/i.test(section) ? formatGeneral(Math.abs(plain)) : "";
    const sign = plain < 0 && sectionIndex === 0 ? "-" : "";
    return sign + parsed.before.replace(/general/i, general) + parsed.after;
  }
  let scaled = new Dec(plain);
  for (let index = 0; index < parsed.percent; index++) {
    scaled = scaled.times(100);
  }
  const digits = formatPattern(scaled, parsed.pattern);
  // The minus sign shows only in the first section, and only when the rounded value is not zero.
  const negative = plain < 0 && sectionIndex === 0 && /[1-9]/.test(digits);
  return `${negative ? "-" : ""}${parsed.before}${digits}${parsed.after}`;
}
