import type { CellValue, GridSheet, MergedArea } from "../engine";
import { cellPosition, lastColumn, lastRow } from "./cellPosition";
import { FileProblem } from "./fileProblem";
import { mergedAreaOf } from "./mergedAreaOf";
import type { OpenedPackage } from "./openPackage";
import { PartCellContext, partCellValue } from "./partCellValue";
import type { ReadLimits } from "./readLimits";
import { scanPart } from "./scanPart";
import { attributeOf, localName } from "./xmlScanner";
import type { ZipEntry } from "./zipDirectory";

/** The one empty row every gap of a grid shares (grids are read-only). */
const emptyRow: readonly CellValue[] = Object.freeze([]);

/** What a sheet part holds that a copy of the workbook by exceljs would lose (see `copyLosses`). */
export interface SheetFeatures {
  /** The relationship ids of its drawings (shapes, charts, pictures). */
  readonly drawings: readonly string[];
  /** The relationship id of its legacy drawing (comments' boxes, form controls), or null. */
  readonly legacyDrawing: string | null;
  readonly headerFooterPictures: boolean;
  readonly sparklineGroups: number;
  /** Data validations in the x14 extension (lists on other sheets). */
  readonly extensionValidations: number;
  readonly pageBreaks: number;
  readonly controls: number;
  readonly customViews: number;
}

/** What the sheets of one workbook share while they are read: the cell budget included. */
export interface SheetReadContext extends PartCellContext {
  readonly limits: ReadLimits;
  /** Cells with a value read so far. */
  cells: number;
  /** Row slots and cells the grids hold so far. */
  gridCells: number;
}

/** One sheet part read: its grid and its features. */
export interface SheetPartRead {
  readonly grid: GridSheet;
  readonly features: SheetFeatures;
}

/**
 * 读取工作表 (read a sheet part): one worksheet as a sparse, ragged {@link GridSheet} — a row ends at
 * its last value, rows without values share one empty row, and nothing is ever allocated per
 * empty cell, so a stray value in XFD1048576 costs one row of 16,384 cells, not a rectangle of
 * 17 billion. Values follow `cellValueOf`'s rules: shared and inline strings (rich text joined,
 * "" blank), numbers, booleans, errors as "#N/A"…, formulas as their cached results (their text
 * "=…" when the file holds none), numbers in a date format as ISO dates (see `partCellValue`).
 * A merged area's value stays in its top-left cell only, and the grid reaches the bottom of its
 * merged areas. Hidden rows are listed.
 *
 * Throws a {@link FileProblem}: `badCellReference` for a cell or row outside Excel's grid
 * ("ZZZZZ1"), `tooManyRows` / `tooManyCells` / `tooSpreadOut` as soon as a {@link ReadLimits} limit is passed
 * (the shared budget is in `context`), and what `scanPart` throws for damaged XML.
 */
export async function readSheetPart(
  pkg: OpenedPackage,
  entry: ZipEntry,
  name: string,
  context: SheetReadContext
): Promise<SheetPartRead> {
  const { limits } = context;
  const file = pkg.file;
  const rows: (readonly CellValue[])[] = [];
  const merges: MergedArea[] = [];
  const hidden: number[] = [];
  const drawings: string[] = [];
  let legacyDrawing: string | null = null;
  let headerFooterPictures = false;
  let sparklineGroups = 0;
  let extensionValidations = 0;
  let pageBreaks = 0;
  let controls = 0;
  let customViews = 0;
  let rowsWithValues = 0;
  let extension = 0; // depth inside <extLst>
  let inSheetData = false;
  let rowIndex = -1;
  let row: CellValue[] | null = null;
  let column = -1;
  let type: string | undefined;
  let style = 0;
  let formula = false;
  let capture: "none" | "value" | "inline" | "formula" = "none";
  let inInline = false;
  let phonetic = 0;
  let valueText = "";
  let formulaText = "";
  let inlineText = "";
  let hasValue = false;
  let inCell = false;
  const badReference = (reference: string): FileProblem =>
    new FileProblem("badCellReference", { file, sheet: name, reference });
  const idOf = (attributes: string): string => {
    const attribute = /\s([\w.-]+:id)\s*=/.exec(` ${attributes}`)?.[1];
    return attribute === undefined ? "" : (attributeOf(` ${attributes}`, attribute) ?? "");
  };
  const finishRow = (): void => {
    if (row !== null && row.length > 0) {
      rowsWithValues++;
      if (rowsWithValues > limits.rowsPerSheet) {
        throw new FileProblem("tooManyRows", { file, sheet: name, limit: limits.rowsPerSheet });
      }
      while (rows.length < rowIndex) {
        rows.push(emptyRow);
      }
      rows[rowIndex] = row;
    }
    row = null;
  };
  const finishCell = (): void => {
    const value = partCellValue(
      { type, style, formula, formulaText, hasValue, valueText, inlineText },
      context
    );
    if (value === "" || value === null) {
      return;
    }
    if (row === null) {
      row = [];
    }
    context.cells++;
    if (context.cells > limits.cells) {
      throw new FileProblem("tooManyCells", { file, limit: limits.cells });
    }
    if (column >= row.length) {
      context.gridCells += column + 1 - row.length;
      if (context.gridCells > limits.gridCells) {
        throw new FileProblem("tooSpreadOut", { file, limit: limits.gridCells });
      }
      while (row.length < column) {
        row.push(null);
      }
      row.push(value);
    } else {
      row[column] = value;
    }
  };
  await scanPart(
    pkg.bytes,
    entry,
    file,
    {
      open(qualified, attributes, empty) {
        if (extension > 0) {
          if (qualified === "extLst" || localName(qualified) === "extLst") {
            extension++;
          }
          const local = localName(qualified);
          if (local === "sparklineGroup") {
            sparklineGroups++;
          } else if (local === "dataValidation") {
            extensionValidations++;
          }
          return;
        }
        const local = qualified.indexOf(":") < 0 ? qualified : localName(qualified);
        switch (local) {
          case "c": {
            if (!inSheetData) {
              return;
            }
            const reference = attributeOf(attributes, "r");
            if (reference === undefined) {
              column++;
              if (column >= lastColumn) {
                throw badReference(`R${rowIndex + 1}C${column + 1}`);
              }
            } else {
              const position = cellPosition(reference);
              if (position === null) {
                throw badReference(reference);
              }
              column = position[1];
            }
            type = attributeOf(attributes, "t");
            const styleText = attributeOf(attributes, "s");
            style = styleText === undefined ? 0 : Number(styleText);
            formula = false;
            hasValue = false;
            valueText = "";
            formulaText = "";
            inlineText = "";
            inCell = !empty;
            return;
          }
          case "v":
            if (inCell) {
              capture = "value";
              hasValue = true;
            }
            return;
          case "f":
            if (inCell) {
              formula = true;
              capture = empty ? "none" : "formula";
            }
            return;
          case "is":
            if (inCell) {
              inInline = true;
            }
            return;
          case "t":
            if (inInline && phonetic === 0) {
              capture = "inline";
            }
            return;
          case "rPh":
            phonetic++;
            return;
          case "row": {
            if (!inSheetData) {
              return;
            }
            const reference = attributeOf(attributes, "r");
            const number = reference === undefined ? rowIndex + 2 : Number(reference);
            if (!Number.isInteger(number) || number < 1 || number > lastRow) {
              throw badReference(`${reference ?? number}`);
            }
            rowIndex = number - 1;
            row = null;
            column = -1;
            const isHidden = attributeOf(attributes, "hidden");
            if (isHidden === "1" || isHidden === "true") {
              hidden.push(rowIndex);
            }
            return;
          }
          case "sheetData":
            inSheetData = true;
            return;
          case "mergeCell": {
            const reference = attributeOf(attributes, "ref") ?? "";
            const area = mergedAreaOf(reference);
            if (area === null) {
              throw badReference(reference);
            }
            merges.push(area);
            return;
          }
          case "extLst":
            extension = 1;
            return;
          case "brk":
            pageBreaks++;
            return;
          case "drawing":
            drawings.push(idOf(attributes));
            return;
          case "legacyDrawing":
            legacyDrawing = idOf(attributes);
            return;
          case "legacyDrawingHF":
            headerFooterPictures = true;
            return;
          case "control":
          case "oleObject":
            controls++;
            return;
          case "customSheetView":
            customViews++;
            return;
          default:
            return;
        }
      },
      close(qualified) {
        if (extension > 0) {
          if (localName(qualified) === "extLst") {
            extension--;
          }
          return;
        }
        const local = qualified.indexOf(":") < 0 ? qualified : localName(qualified);
        switch (local) {
          case "c":
            if (inCell) {
              finishCell();
            }
            inCell = false;
            inInline = false;
            capture = "none";
            return;
          case "v":
          case "f":
          case "t":
            capture = "none";
            return;
          case "is":
            inInline = false;
            return;
          case "rPh":
            phonetic--;
            return;
          case "row":
            if (inSheetData) {
              finishRow();
            }
            return;
          case "sheetData":
            inSheetData = false;
            return;
          default:
            return;
        }
      },
      text(raw, cdata) {
        if (capture === "value") {
          valueText += cdata ? raw.replace(/&/g, "&amp;") : raw;
        } else if (capture === "formula") {
          formulaText += cdata ? raw.replace(/&/g, "&amp;").replace(/</g, "&lt;") : raw;
        } else if (capture === "inline") {
          inlineText += cdata ? raw.replace(/&/g, "&amp;") : raw;
        }
      },
    },
    name
  );
  // A merged area's value stands in its top-left cell only, as in Excel's own ranges. (Rows
  // visited are budgeted: absurd overlapping areas over a million rows stop being cleaned.)
  let height = rows.length;
  let budget = limits.gridCells;
  for (const area of merges) {
    const bottom = Math.min(area.bottom, rows.length - 1);
    budget -= Math.max(0, bottom - area.top + 1);
    for (let index = area.top; index <= bottom && budget > 0; index++) {
      const cells = rows[index] as CellValue[];
      const from = index === area.top ? area.left + 1 : area.left;
      for (let at = from; at <= Math.min(area.right, cells.length - 1); at++) {
        cells[at] = null;
      }
    }
    height = Math.max(height, area.bottom + 1);
  }
  for (let index = 0; index < rows.length; index++) {
    const cells = rows[index] as CellValue[];
    if (cells !== emptyRow) {
      let length = cells.length;
      while (length > 0 && cells[length - 1] === null) {
        length--;
      }
      if (length === 0) {
        rows[index] = emptyRow;
      } else if (length < cells.length) {
        cells.length = length;
      }
    }
  }
  while (rows.length < height) {
    rows.push(emptyRow);
  }
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  return {
    grid: {
      name,
      values: rows,
      merges,
      hiddenRows: hidden.filter((index) => index < height),
    },
    features: {
      drawings,
      legacyDrawing,
      headerFooterPictures,
      sparklineGroups,
      extensionValidations,
      pageBreaks,
      controls,
      customViews,
    },
  };
}
