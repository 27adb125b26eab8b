/** A4 landscape: 297 mm wide (841.9 pt) less Excel's narrow margins, 0.25 in each side. */
const printablePoints = 841.9 - 36;
/** A4 portrait: 210 mm wide (595.3 pt) less the narrow margins. */
const printablePortraitPoints = 595.3 - 36;

/**
 * Points a column of `width` characters takes on paper: LibreOffice gives a character 7 pt (the
 * wider of the two: Excel's is 7 px + 5 px padding, about 5.3 pt), so what fits there fits both.
 */
function columnPoints(width: number): number {
  return width * 7;
}

/** How {@link printScale} prints a sheet. */
export interface PrintScale {
  /** 10…100. */
  readonly scalePercent: number;
  readonly pagesWide: number;
  /** Columns on the first page at that scale (all of them when one page wide). */
  readonly firstPageColumns: number;
}

/** How many of the columns, from the first, fit `page` points at `scale` percent. */
function fitting(widths: readonly number[], page: number, scale: number): number {
  let used = 0;
  let count = 0;
  for (const width of widths) {
    used += (columnPoints(width) * scale) / 100;
    if (used > page) {
      break;
    }
    count += 1;
  }
  return Math.max(1, count);
}

/**
 * 打印缩放: the scale at which the printed columns fit the page width, never below the scale that
 * keeps the smallest font at 9 pt (11 pt text → 82 %) and never above 100 %. When one page wide
 * would need less, the sheet prints two (or more) pages wide at the largest scale that fits, the
 * `titleColumns` first columns repeated on every page — rather than shrinking the text.
 */
export function printScale(
  widths: readonly number[],
  titleColumns: number,
  options: {
    readonly smallestFontPoints?: number;
    readonly orientation?: "landscape" | "portrait";
  } = {}
): PrintScale {
  const page = options.orientation === "portrait" ? printablePortraitPoints : printablePoints;
  const smallest = options.smallestFontPoints ?? 11;
  const minimum = Math.min(100, Math.ceil(900 / smallest));
  const total = widths.reduce((sum, width) => sum + columnPoints(width), 0);
  const title = widths.slice(0, titleColumns).reduce((sum, width) => sum + columnPoints(width), 0);
  const oneWide = Math.floor((page / Math.max(total, 1)) * 100);
  if (oneWide >= minimum) {
    return {
      scalePercent: Math.min(100, oneWide),
      pagesWide: 1,
      firstPageColumns: widths.length,
    };
  }
  for (let pages = 2; pages < 10; pages++) {
    // Each page holds the title columns and its share of the rest.
    const needed = title + (total - title) / pages;
    // A column is never split, so leave a tenth for the breaks falling between columns.
    const scale = Math.floor((page / (needed * 1.1)) * 100);
    if (scale >= minimum) {
      const scalePercent = Math.min(100, scale);
      return {
        scalePercent,
        pagesWide: pages,
        firstPageColumns: fitting(widths, page, scalePercent),
      };
    }
  }
  return { scalePercent: minimum, pagesWide: 10, firstPageColumns: fitting(widths, page, minimum) };
}
