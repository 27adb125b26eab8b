import { WorkbookError } from "./workbookError";

/** The workbook setting that holds the record of marks. */
export const marksSettingKey = "assess.marks";

/**
 * One cell's fill as it was before the marks, as `getCellProperties` gives it. `pattern` "None"
 * means no fill (the other fields are then irrelevant).
 */
export interface RecordedFill {
  readonly pattern: string;
  readonly color?: string;
  readonly patternColor?: string;
  readonly tintAndShade?: number;
  readonly patternTintAndShade?: number;
}

/**
 * The original fills of one sheet's marked cells: a palette of distinct fills and runs of cells
 * along a row sharing one fill, `[row, column, count, fill]`, all 0-based.
 */
export interface SheetMarkRecord {
  readonly sheetId: string;
  readonly sheetName: string;
  readonly fills: readonly RecordedFill[];
  readonly runs: readonly (readonly [number, number, number, number])[];
}

/** 标记记录: what the marked cells looked like before, per sheet, stored as a workbook setting. */
export interface MarkRecord {
  readonly version: 1;
  readonly sheets: readonly SheetMarkRecord[];
}

/** A block of cells with their fills, 0-based. */
export interface FillBlock {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
  readonly fills: readonly (readonly RecordedFill[])[];
}

const emptyRecord: MarkRecord = { version: 1, sheets: [] };

function isRecordedFill(value: unknown): value is RecordedFill {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const fill = value as Record<string, unknown>;
  return (
    typeof fill.pattern === "string" &&
    (fill.color === undefined || typeof fill.color === "string") &&
    (fill.patternColor === undefined || typeof fill.patternColor === "string") &&
    (fill.tintAndShade === undefined || typeof fill.tintAndShade === "number") &&
    (fill.patternTintAndShade === undefined || typeof fill.patternTintAndShade === "number")
  );
}

function isRun(value: unknown, fills: number): value is [number, number, number, number] {
  return (
    Array.isArray(value) &&
    value.length === 4 &&
    value.every((part) => Number.isInteger(part) && part >= 0) &&
    value[2] >= 1 &&
    value[3] < fills
  );
}

/**
 * 读取标记记录: the record stored in the setting (nothing stored → an empty record).
 *
 * @throws WorkbookError `marksRecordUnreadable` when the stored value is not a record.
 */
export function parseMarkRecord(value: unknown): MarkRecord {
  if (value === null || value === undefined) {
    return emptyRecord;
  }
  const record = value as { version?: unknown; sheets?: unknown };
  const valid =
    typeof value === "object" &&
    record.version === 1 &&
    Array.isArray(record.sheets) &&
    record.sheets.every((sheet: unknown) => {
      if (typeof sheet !== "object" || sheet === null) {
        return false;
      }
      const candidate = sheet as Record<string, unknown>;
      return (
        typeof candidate.sheetId === "string" &&
        typeof candidate.sheetName === "string" &&
        Array.isArray(candidate.fills) &&
        candidate.fills.every(isRecordedFill) &&
        Array.isArray(candidate.runs) &&
        candidate.runs.every((run) => isRun(run, (candidate.fills as unknown[]).length))
      );
    });
  if (!valid) {
    throw new WorkbookError("marksRecordUnreadable");
  }
  return value as MarkRecord;
}

/** A fill as read from Excel, kept to what restores it: no fill is just `{ pattern: "None" }`. */
export function recordedFillOf(read: unknown): RecordedFill {
  const fill = (typeof read === "object" && read !== null ? read : {}) as Record<string, unknown>;
  const pattern = typeof fill.pattern === "string" ? fill.pattern : "None";
  if (pattern === "None") {
    return { pattern };
  }
  return {
    pattern,
    ...(typeof fill.color === "string" ? { color: fill.color } : {}),
    ...(typeof fill.patternColor === "string" ? { patternColor: fill.patternColor } : {}),
    ...(typeof fill.tintAndShade === "number" ? { tintAndShade: fill.tintAndShade } : {}),
    ...(typeof fill.patternTintAndShade === "number"
      ? { patternTintAndShade: fill.patternTintAndShade }
      : {}),
  };
}

const columnsPerRow = 16384;

/** The cells of a sheet record: cell key (row × 16384 + column) → fill. */
function cellsOf(sheet: SheetMarkRecord): Map<number, RecordedFill> {
  const cells = new Map<number, RecordedFill>();
  for (const [row, column, count, fill] of sheet.runs) {
    for (let offset = 0; offset < count; offset++) {
      cells.set(row * columnsPerRow + column + offset, sheet.fills[fill]);
    }
  }
  return cells;
}

/** Encodes cells as a palette and runs along rows. */
function encode(
  sheetId: string,
  sheetName: string,
  cells: Map<number, RecordedFill>
): SheetMarkRecord {
  const fills: RecordedFill[] = [];
  const paletteIndex = new Map<string, number>();
  const runs: [number, number, number, number][] = [];
  for (const key of [...cells.keys()].sort((a, b) => a - b)) {
    const fill = cells.get(key) as RecordedFill;
    const text = JSON.stringify(fill);
    let index = paletteIndex.get(text);
    if (index === undefined) {
      index = fills.length;
      fills.push(fill);
      paletteIndex.set(text, index);
    }
    const row = Math.floor(key / columnsPerRow);
    const column = key % columnsPerRow;
    const last = runs[runs.length - 1];
    if (
      last !== undefined &&
      last[0] === row &&
      last[1] + last[2] === column &&
      last[3] === index
    ) {
      last[2]++;
    } else {
      runs.push([row, column, 1, index]);
    }
  }
  return { sheetId, sheetName, fills, runs };
}

/**
 * 重新标记记录: the record of a fresh set of marks on one sheet, made when the previous marks are
 * restored first (see `WorkbookPort.markStatuses`): a newly marked cell that the previous record
 * holds keeps the original fill recorded there (its fill read now is still the old mark), any
 * other takes the fill read now. Cells only the previous record had are left out (they are being
 * restored); so are the previous record's other sheets. The sheet is found by id, or by name for a
 * record without a matching id. No cells → an empty record.
 */
export function freshMarkRecord(
  previous: MarkRecord,
  sheet: { readonly id: string; readonly name: string },
  blocks: readonly {
    readonly top: number;
    readonly left: number;
    readonly fills: readonly (readonly RecordedFill[])[];
  }[]
): MarkRecord {
  const existing =
    previous.sheets.find((candidate) => candidate.sheetId === sheet.id) ??
    previous.sheets.find((candidate) => candidate.sheetName === sheet.name);
  const originals = existing === undefined ? new Map<number, RecordedFill>() : cellsOf(existing);
  const cells = new Map<number, RecordedFill>();
  for (const block of blocks) {
    block.fills.forEach((row, rowOffset) =>
      row.forEach((fill, columnOffset) => {
        const key = (block.top + rowOffset) * columnsPerRow + block.left + columnOffset;
        if (!cells.has(key)) {
          cells.set(key, originals.get(key) ?? fill);
        }
      })
    );
  }
  return cells.size === 0
    ? emptyRecord
    : { version: 1, sheets: [encode(sheet.id, sheet.name, cells)] };
}

/**
 * 恢复区块: a sheet record as rectangular blocks to restore — each row's recorded cells split into
 * runs of adjacent columns, and consecutive rows with the same run stacked into one block.
 */
export function restoreBlocks(sheet: SheetMarkRecord): FillBlock[] {
  const byRow = new Map<number, { left: number; fills: RecordedFill[] }[]>();
  for (const [key, fill] of [...cellsOf(sheet).entries()].sort((a, b) => a[0] - b[0])) {
    const row = Math.floor(key / columnsPerRow);
    const column = key % columnsPerRow;
    const segments = byRow.get(row) ?? [];
    const last = segments[segments.length - 1];
    if (last !== undefined && last.left + last.fills.length === column) {
      last.fills.push(fill);
    } else {
      segments.push({ left: column, fills: [fill] });
    }
    byRow.set(row, segments);
  }
  const blocks: {
    top: number;
    left: number;
    rows: number;
    columns: number;
    fills: RecordedFill[][];
  }[] = [];
  const open = new Map<string, (typeof blocks)[number]>();
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    for (const segment of byRow.get(row) ?? []) {
      const shape = `${segment.left}:${segment.fills.length}`;
      const block = open.get(shape);
      if (block !== undefined && block.top + block.rows === row) {
        block.rows++;
        block.fills.push(segment.fills);
      } else {
        const created = {
          top: row,
          left: segment.left,
          rows: 1,
          columns: segment.fills.length,
          fills: [segment.fills],
        };
        blocks.push(created);
        open.set(shape, created);
      }
    }
  }
  return blocks;
}

/** The fill properties to give `setCellProperties` to bring a recorded fill back; null for no fill. */
export function settableFillOf(fill: RecordedFill): Record<string, string | number> | null {
  if (fill.pattern === "None") {
    return null;
  }
  const settable: Record<string, string | number> = {};
  if (fill.color !== undefined) {
    settable.color = fill.color;
  }
  settable.pattern = fill.pattern;
  if (fill.patternColor !== undefined && fill.pattern !== "Solid") {
    settable.patternColor = fill.patternColor;
  }
  if (fill.tintAndShade !== undefined && fill.tintAndShade !== 0) {
    settable.tintAndShade = fill.tintAndShade;
  }
  if (fill.patternTintAndShade !== undefined && fill.patternTintAndShade !== 0) {
    settable.patternTintAndShade = fill.patternTintAndShade;
  }
  return settable;
}
