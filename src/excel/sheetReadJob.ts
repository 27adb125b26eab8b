import { CellRect, cellCount, halveRect, sheetColumns, subtractRect, wholeSheet } from "./cellRect";
import { CellBlock } from "./gridSheetOf";
import { utf8Length } from "./utf8Length";
import { SheetShape } from "./workbookMemory";

/** Bytes a cell is assumed to take in a response (values and formats) before any is measured. */
export const defaultBytesPerCell = 24;
/** Columns a sheet never read before is assumed to have, to size its first block. */
export const assumedColumns = 32;
/** A block of more cells than this is looked into (its used part asked, in halves) before reading. */
export const sparseCells = 2_000_000;
/** Most cells read in one block (Excel reads at most 5,000,000 cells of a range at a time). */
export const maxBlockCells = 1_000_000;
/** Merged areas one getMergedAreasOrNullObject call aims at: half its limit of 512. */
export const mergesPerCall = 256;
/**
 * A block of at most 512 cells can never hold more than 512 merged areas, whatever Excel counts
 * (each area it returns has a cell of its own in the block: merged areas never overlap).
 */
export const safeMergeCells = 512;
/**
 * Merged areas per row expected of a sheet never read before: seed 000's layout has 6 merged areas
 * starting on each indicator's first row, about 2 a row; 4 leaves room.
 */
export const defaultMergesPerRow = 4;
/** Estimated response bytes of one small query (a used range's address, one merge call …). */
export const queryBytes = 64;

/**
 * A block of rows to read: "used", rows [top, top + rows) of the sheet's used range whatever its
 * columns (read before the used range is known); "block", exactly these cells.
 */
export interface Band {
  readonly kind: "used" | "block";
  readonly rect: CellRect;
  /** Where to ask for merged areas (at most `mergesPerCall` expected, or 512 cells, in each). */
  readonly mergeBlocks: readonly CellRect[];
  readonly estimate: number;
}

/** The queries of one sheet in one request. */
export interface SheetRequest {
  /** Blocks whose used part (values only) is asked; `wholeSheet` for the sheet's used range. */
  readonly measures: readonly CellRect[];
  readonly bands: readonly Band[];
  /** Rows whose hidden flags are asked one by one (a band reported some hidden, some not). */
  readonly rowProperties: readonly CellRect[];
  readonly estimate: number;
}

/** What Excel answered to one band. */
export interface BandResult {
  /** The cells read (null: the used range does not reach these rows). */
  readonly block: CellBlock | null;
  readonly mergedAddresses: readonly string[];
  /** All of the band's rows hidden (true), none (false), some (null); undefined: not asked. */
  readonly rowHidden?: boolean | null;
}

/** What Excel answered to one sheet's request, in the order of its queries. */
export interface SheetResult {
  readonly measures: readonly (CellRect | null)[];
  readonly bands: readonly BandResult[];
  readonly rowProperties: readonly (readonly boolean[])[];
}

/** Whether a block of cells is too large to read before its used part is known. */
const needsLook = (rect: CellRect): boolean => cellCount(rect) > sparseCells;

/**
 * 工作表读取计划: the state of reading one sheet in blocks that keep every response under a budget,
 * as pure data — which requests to send next, and what the answers teach:
 * - first its used range (values only) is asked; a sheet read before (its {@link SheetShape})
 *   or never (a guess of its size) is read speculatively in the same request, rows of the used
 *   range whatever it turns out to be, so a sheet of the usual size takes one round trip;
 * - the rest of the used range is read in bands of rows sized by the bytes per cell measured so
 *   far, each with its merged areas asked in blocks expected to hold at most 256 of them;
 * - a block too large to read blind (over 2,000,000 cells: one stray value at XFD1048576 makes the
 *   used range the whole sheet) is halved and each half's used part asked, until the parts are
 *   small or empty: the data are read where they are, never the empty rectangle between;
 * - a band that reports some rows hidden has its rows' flags asked one by one.
 */
export class SheetReadJob {
  /** The sheet's id (Excel's: it stays when the sheet is renamed). */
  readonly sheetId: string;
  private readonly withMerges: boolean;
  private readonly withHiddenRows: boolean;
  private bytesPerCell: number;
  private mergesPerRow: number;
  private mergesSafe = false;
  /** The used range, once known (null: the sheet is blank); undefined: not yet. */
  private used: CellRect | null | undefined;
  /** Rows to read before the used range is known, and how wide they are expected to be. */
  private speculative: CellRect | null;
  private speculativeWidth: number;
  private measures: CellRect[] = [wholeSheet];
  private regions: { rect: CellRect; next: number }[] = [];
  private rowFlags: CellRect[] = [];
  private sparse = false;
  readonly blocks: CellBlock[] = [];
  readonly mergedAddresses: string[] = [];
  readonly hiddenRows: number[] = [];

  constructor(
    sheetId: string,
    shape: SheetShape | undefined,
    options: { readonly merges: boolean; readonly hiddenRows: boolean; readonly budget: number }
  ) {
    this.sheetId = sheetId;
    this.withMerges = options.merges;
    this.withHiddenRows = options.hiddenRows;
    this.bytesPerCell = shape?.bytesPerCell ?? defaultBytesPerCell;
    this.mergesPerRow = shape?.mergesPerRow ?? defaultMergesPerRow;
    if (shape === undefined) {
      const rows = Math.max(1, Math.floor(options.budget / (assumedColumns * this.bytesPerCell)));
      this.speculative = { top: 0, left: 0, rows, columns: sheetColumns };
      this.speculativeWidth = assumedColumns;
    } else if (shape.used !== null) {
      this.speculative = { ...shape.used, left: 0, columns: sheetColumns };
      this.speculativeWidth = shape.used.columns;
    } else {
      this.speculative = null;
      this.speculativeWidth = assumedColumns;
    }
  }

  /** Nothing left to ask. */
  get done(): boolean {
    return this.measures.length === 0 && this.regions.length === 0 && this.rowFlags.length === 0;
  }

  /** Whether its next request reads rows before the used range is known. */
  get guessing(): boolean {
    return this.used === undefined && this.speculative !== null;
  }

  /** Estimated response bytes still to come. */
  get remainingBytes(): number {
    if (this.guessing && this.speculative !== null) {
      return this.speculative.rows * this.speculativeWidth * this.bytesPerCell;
    }
    return (
      this.measures.length * queryBytes +
      this.regions.reduce(
        (sum, region) =>
          sum +
          (region.rect.top + region.rect.rows - region.next) *
            region.rect.columns *
            this.bytesPerCell,
        0
      )
    );
  }

  /** What this read learnt of the sheet, for the next read. */
  get shape(): SheetShape {
    return {
      used: this.sparse || this.used === undefined ? null : this.used,
      bytesPerCell: this.bytesPerCell,
      mergesPerRow: this.mergesPerRow,
    };
  }

  /** Reads no more speculatively: the used range is asked first (after a failed request). */
  stopGuessing(): void {
    this.speculative = null;
  }

  /** Expects more merged areas per block (a request failed, maybe over the 512 limit). */
  expectMoreMerges(): boolean {
    if (this.mergesSafe) {
      return false;
    }
    this.mergesPerRow *= 4;
    if (this.mergesPerRow >= mergesPerCall) {
      this.mergesSafe = true;
    }
    return true;
  }

  private mergeBlocks(rect: CellRect): CellRect[] {
    if (!this.withMerges) {
      return [];
    }
    const blocks: CellRect[] = [];
    if (this.mergesSafe) {
      const columns = Math.min(rect.columns, safeMergeCells);
      const rows = Math.max(1, Math.floor(safeMergeCells / columns));
      for (let top = rect.top; top < rect.top + rect.rows; top += rows) {
        for (let left = rect.left; left < rect.left + rect.columns; left += columns) {
          blocks.push({
            top,
            left,
            rows: Math.min(rows, rect.top + rect.rows - top),
            columns: Math.min(columns, rect.left + rect.columns - left),
          });
        }
      }
      return blocks;
    }
    const rows = Math.max(1, Math.floor(mergesPerCall / this.mergesPerRow));
    for (let top = rect.top; top < rect.top + rect.rows; top += rows) {
      blocks.push({ ...rect, top, rows: Math.min(rows, rect.top + rect.rows - top) });
    }
    return blocks;
  }

  private band(kind: Band["kind"], rect: CellRect, columns: number): Band {
    const mergeBlocks = this.mergeBlocks(rect);
    const estimate =
      rect.rows * columns * this.bytesPerCell + (mergeBlocks.length + 2) * queryBytes;
    return { kind, rect, mergeBlocks, estimate };
  }

  /**
   * The next request's queries within `budget` estimated response bytes: every pending question
   * of extent and hidden rows, then bands while they fit — at least one when `mustProgress`.
   */
  plan(budget: number, mustProgress: boolean): SheetRequest {
    const measures = [...this.measures];
    const rowProperties = [...this.rowFlags];
    let estimate =
      measures.length * queryBytes + rowProperties.reduce((sum, rect) => sum + rect.rows * 24, 0);
    const bands: Band[] = [];
    const canTake = (bytes: number): boolean =>
      estimate + bytes <= budget || (mustProgress && bands.length === 0 && measures.length === 0);
    // The largest band of at most `maxRows` rows from `top` whose estimate fits what is left.
    const fit = (
      kind: Band["kind"],
      rect: CellRect,
      width: number,
      top: number,
      maxRows: number
    ): Band | null => {
      let rows = Math.max(
        1,
        Math.min(maxRows, Math.floor((budget - estimate) / (width * this.bytesPerCell)))
      );
      let band = this.band(kind, { ...rect, top, rows }, width);
      while (estimate + band.estimate > budget && rows > 1) {
        rows = Math.max(1, Math.floor((rows * (budget - estimate)) / band.estimate) - 1);
        band = this.band(kind, { ...rect, top, rows }, width);
      }
      return canTake(band.estimate) ? band : null;
    };
    const take = (band: Band): void => {
      bands.push(band);
      estimate += band.estimate;
    };
    if (this.used === undefined && this.speculative !== null) {
      const width = this.speculativeWidth;
      const rect = this.speculative;
      for (let top = rect.top; top < rect.top + rect.rows;) {
        const maxRows = Math.min(
          rect.top + rect.rows - top,
          Math.max(1, Math.floor(maxBlockCells / width))
        );
        const band = fit("used", rect, width, top, maxRows);
        if (band === null) {
          break;
        }
        take(band);
        top += band.rect.rows;
        if (band.rect.rows < maxRows) {
          break; // The budget is spent: the rest waits for the next request.
        }
      }
      return { measures, bands, rowProperties, estimate };
    }
    for (const region of this.regions) {
      const { rect } = region;
      for (let next = region.next; next < rect.top + rect.rows;) {
        const maxRows = Math.min(
          rect.top + rect.rows - next,
          Math.max(1, Math.floor(maxBlockCells / rect.columns))
        );
        const band = fit("block", rect, rect.columns, next, maxRows);
        if (band === null) {
          return { measures, bands, rowProperties, estimate };
        }
        take(band);
        next += band.rect.rows;
        if (band.rect.rows < maxRows) {
          return { measures, bands, rowProperties, estimate };
        }
      }
    }
    return { measures, bands, rowProperties, estimate };
  }

  /** Learns from the answers to a request made of `request` (sent and answered whole). */
  commit(request: SheetRequest, result: SheetResult): void {
    this.measures = this.measures.filter((rect) => !request.measures.includes(rect));
    this.rowFlags = this.rowFlags.filter((rect) => !request.rowProperties.includes(rect));
    request.rowProperties.forEach((rect, index) =>
      (result.rowProperties[index] ?? []).forEach((hidden, offset) => {
        if (hidden) {
          this.hiddenRows.push(rect.top + offset);
        }
      })
    );
    let coveredTop = Infinity;
    let coveredBottom = -1;
    request.bands.forEach((band, index) => {
      const answer = result.bands[index];
      this.learnBand(band, answer);
      if (band.kind === "used") {
        coveredTop = Math.min(coveredTop, band.rect.top);
        coveredBottom = Math.max(coveredBottom, band.rect.top + band.rect.rows);
      } else {
        for (const region of this.regions) {
          if (
            region.rect.left === band.rect.left &&
            region.rect.columns === band.rect.columns &&
            region.next === band.rect.top
          ) {
            region.next = band.rect.top + band.rect.rows;
          }
        }
      }
    });
    this.regions = this.regions.filter(
      (region) => region.next < region.rect.top + region.rect.rows
    );
    request.measures.forEach((asked, index) => {
      const found = result.measures[index] ?? null;
      if (asked === wholeSheet) {
        this.used = found;
        if (found !== null) {
          const covered =
            coveredBottom > coveredTop
              ? {
                  top: coveredTop,
                  left: 0,
                  rows: coveredBottom - coveredTop,
                  columns: sheetColumns,
                }
              : null;
          this.addRegions(subtractRect(found, covered));
        }
      } else if (found !== null) {
        this.addRegions([found]);
      }
    });
    this.speculative = null;
  }

  private addRegions(rects: readonly CellRect[]): void {
    for (const rect of rects) {
      if (needsLook(rect)) {
        this.sparse = true;
        this.measures.push(...halveRect(rect));
      } else {
        this.regions.push({ rect, next: rect.top });
      }
    }
  }

  private learnBand(band: Band, answer: BandResult | undefined): void {
    if (answer === undefined) {
      return;
    }
    this.mergedAddresses.push(...answer.mergedAddresses);
    const merges = answer.mergedAddresses.reduce(
      (sum, address) => sum + (address === "" ? 0 : address.split(",").length),
      0
    );
    this.mergesPerRow = Math.max(this.mergesPerRow, merges / band.rect.rows, 1);
    if (answer.rowHidden === null && this.withHiddenRows) {
      this.rowFlags.push({ ...band.rect, left: 0, columns: 1 });
    } else if (answer.rowHidden === true) {
      for (let row = band.rect.top; row < band.rect.top + band.rect.rows; row++) {
        this.hiddenRows.push(row);
      }
    }
    const block = answer.block;
    if (block === null) {
      return;
    }
    this.blocks.push(block);
    const cells = block.values.reduce((sum, row) => sum + row.length, 0);
    if (cells > 0) {
      const bytes =
        utf8Length(JSON.stringify(block.values)) +
        utf8Length(JSON.stringify(block.numberFormats ?? []));
      this.bytesPerCell = Math.max(this.bytesPerCell, bytes / cells);
    }
  }
}
