/**
 * 读取限度 (read limits): what a workbook may hold before the reader refuses it with a message
 * instead of running out of memory.
 */
export interface ReadLimits {
  /** The file's size on disk. */
  readonly fileBytes: number;
  /** All parts unpacked, together. */
  readonly unpackedBytes: number;
  /** Parts in the package. */
  readonly parts: number;
  /** The largest unpacked ÷ packed ratio of a part bigger than `ratioFloorBytes`. */
  readonly ratio: number;
  /** Parts up to this unpacked size are not checked for their ratio. */
  readonly ratioFloorBytes: number;
  /** The last row a worksheet may use (its row number). */
  readonly rowsPerSheet: number;
  /** Cells with a value, over the whole workbook. */
  readonly cells: number;
  /** Row slots and cells the sparse grids hold, over the whole workbook. */
  readonly gridCells: number;
}

/** The limits the CLI reads with (documented in README's CLI section). */
export const readLimits: ReadLimits = {
  fileBytes: 256 * 1024 * 1024,
  unpackedBytes: 512 * 1024 * 1024,
  parts: 10000,
  ratio: 100,
  ratioFloorBytes: 1024 * 1024,
  rowsPerSheet: 100000,
  cells: 5000000,
  gridCells: 20000000,
};
