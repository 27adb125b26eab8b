import { CellValue, GridSheet } from "../engine";
import { parseAreas } from "./areaAddress";
import { isDateFormat } from "./isDateFormat";
import { isoOfSerial } from "./isoOfSerial";

/** What Excel returned for one sheet's used range (values only), as plain data. */
export interface UsedRangeRead {
  readonly name: string;
  /** 0-based row and column of the used range's top-left cell. */
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly values: readonly (readonly unknown[])[];
  /** Number formats of the same cells, to tell dates from numbers; omitted: no dates. */
  readonly numberFormats?: readonly (readonly unknown[])[];
  /** Address list of the merged areas ("Sheet1!A1:C1, Sheet1!A5:B6"), null when there are none. */
  readonly mergedAddress: string | null;
  /** 0-based rows that are hidden, when they were read. */
  readonly hiddenRows?: readonly number[];
}

/** One value from Excel as the engine's cell value: "" → null, dates → ISO, NaN → "#NUM!". */
function cellValueOf(value: unknown, format: unknown): CellValue {
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

/**
 * 工作表数据: one sheet's used range as a {@link GridSheet} from A1 — rows and columns before the
 * used range padded (rows as empty arrays, columns as null), blanks as null, errors as their
 * "#N/A" text, date-formatted serials as ISO dates, merged areas 0-based (those starting outside
 * the grid dropped), hidden rows sorted. An all-blank sheet has no rows.
 */
export function gridSheetOf(read: UsedRangeRead): GridSheet {
  const rows: CellValue[][] = [];
  let lastFilled = -1;
  read.values.forEach((cells, offset) => {
    const formats = read.numberFormats?.[offset];
    const row: CellValue[] = new Array<CellValue>(read.columnIndex).fill(null);
    cells.forEach((value, column) => row.push(cellValueOf(value, formats?.[column])));
    rows.push(row);
    if (row.some((value) => value !== null)) {
      lastFilled = offset;
    }
  });
  const values: CellValue[][] =
    lastFilled < 0
      ? []
      : [...Array.from({ length: read.rowIndex }, () => []), ...rows.slice(0, lastFilled + 1)];
  const columns = values.reduce((widest, row) => Math.max(widest, row.length), 0);
  const merges =
    read.mergedAddress === null
      ? []
      : parseAreas(read.mergedAddress).filter(
          (area) => area.top < values.length && area.left < columns
        );
  const sheet: GridSheet = { name: read.name, values, merges };
  return read.hiddenRows === undefined
    ? sheet
    : { ...sheet, hiddenRows: [...read.hiddenRows].sort((a, b) => a - b) };
}
