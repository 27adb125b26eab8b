import type { Worksheet } from "exceljs";
import { CellValue } from "../engine";
import { addListValidation } from "./addListValidation";
import { applyPrintSetup, argbOf, styleHeaderCell, thinBorder } from "./writeSheetSpec";

/** One column of a ledger: its header, width, number format and, optionally, a list of choices. */
export interface LedgerColumn {
  readonly header: string;
  readonly width: number;
  /** Number format of the data cells; "General" when omitted. */
  readonly numberFormat?: string;
  /** Drop-down choices (正向/逆向). */
  readonly choices?: readonly string[];
}

/** Columns under a group header merged above them (目标 over 上半年/前三季度/全年). */
export interface LedgerGroup {
  readonly group: string;
  readonly columns: readonly LedgerColumn[];
}

/** A ledger sheet (台账): title, note, a two-row header, data rows. */
export interface LedgerLayout {
  readonly title: string;
  readonly subtitle: string;
  readonly parts: readonly (LedgerColumn | LedgerGroup)[];
  /** Data rows, one value per column (groups flattened), left to right. */
  readonly rows: readonly (readonly CellValue[])[];
  /** Vertical merges of data cells (0-based data row and column, inclusive row span). */
  readonly merges?: readonly {
    readonly row: number;
    readonly column: number;
    readonly rows: number;
  }[];
  /** Columns frozen at the left. */
  readonly freezeColumns: number;
  /** Last 1-based row that gets the drop-down lists; default 500. */
  readonly lastInputRow?: number;
}

/** The first data row of a ledger: title, note and the two header rows above it. */
export const ledgerFirstDataRow = 5;

/**
 * 台账表 (ledger sheet): writes a ledger with a two-row header into an empty worksheet — row 1 the
 * title (merged, bold 16pt), row 2 a note, rows 3–4 the header: a plain column's header merged down
 * over both rows, a group's name merged across its columns in row 3 with their headers in row 4
 * (the layout of the clerk's own ledgers, which the table reader reads). Data from row 5 with the
 * columns' formats and thin borders, drop-down lists where a column has choices, panes frozen below
 * the header, A4 landscape printing with rows 3–4 on every page.
 */
export function writeLedgerSheet(worksheet: Worksheet, layout: LedgerLayout): void {
  const columns = layout.parts.flatMap((part) => ("group" in part ? part.columns : [part]));
  const columnCount = columns.length;
  worksheet.columns = columns.map((column) => ({
    width: column.width,
    style: { numFmt: column.numberFormat ?? "General" },
  }));

  const title = worksheet.getCell(1, 1);
  title.value = layout.title;
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: "center", vertical: "middle" };
  worksheet.getRow(1).height = 28;
  const subtitle = worksheet.getCell(2, 1);
  subtitle.value = layout.subtitle;
  subtitle.font = { size: 10, color: { argb: argbOf("#595959") } };
  if (columnCount > 1) {
    worksheet.mergeCells(1, 1, 1, columnCount);
    worksheet.mergeCells(2, 1, 2, columnCount);
  }

  let column = 1;
  for (const part of layout.parts) {
    if ("group" in part) {
      const last = column + part.columns.length - 1;
      worksheet.getCell(3, column).value = part.group;
      for (let index = column; index <= last; index++) {
        styleHeaderCell(worksheet.getCell(3, index));
      }
      if (last > column) {
        worksheet.mergeCells(3, column, 3, last);
      }
      part.columns.forEach((sub, offset) => {
        const cell = worksheet.getCell(4, column + offset);
        cell.value = sub.header;
        styleHeaderCell(cell);
      });
      column = last + 1;
    } else {
      worksheet.getCell(3, column).value = part.header;
      styleHeaderCell(worksheet.getCell(3, column));
      styleHeaderCell(worksheet.getCell(4, column));
      worksheet.mergeCells(3, column, 4, column);
      column++;
    }
  }
  worksheet.getRow(4).height = 30;

  layout.rows.forEach((values, rowIndex) => {
    columns.forEach((spec, columnIndex) => {
      const cell = worksheet.getCell(ledgerFirstDataRow + rowIndex, columnIndex + 1);
      const value = values[columnIndex] ?? null;
      cell.value = value;
      cell.numFmt = spec.numberFormat ?? "General";
      cell.border = thinBorder;
      cell.alignment = {
        vertical: "middle",
        wrapText: typeof value === "string" && value.length > 8,
      };
    });
  });
  for (const merge of layout.merges ?? []) {
    if (merge.rows > 1) {
      const top = ledgerFirstDataRow + merge.row;
      worksheet.mergeCells(top, merge.column + 1, top + merge.rows - 1, merge.column + 1);
    }
  }

  const lastInputRow = Math.max(
    layout.lastInputRow ?? 500,
    ledgerFirstDataRow + layout.rows.length
  );
  columns.forEach((spec, index) => {
    if (spec.choices !== undefined) {
      addListValidation(
        worksheet,
        index + 1,
        ledgerFirstDataRow,
        lastInputRow,
        spec.choices,
        spec.header
      );
    }
  });

  worksheet.views = [
    { state: "frozen", ySplit: ledgerFirstDataRow - 1, xSplit: layout.freezeColumns },
  ];
  applyPrintSetup(worksheet, {
    orientation: "landscape",
    paperSize: "A4",
    fitToPagesWide: 1,
    fitToPagesTall: 0,
    titleRows: [3, ledgerFirstDataRow - 1],
  });
}
