import {
  AlignmentType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import type { DocumentTable } from "../engine";

/** Body font: 仿宋 for Chinese (LibreOffice falls back on a CJK serif), Times New Roman for digits. */
export const bodyFont = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "仿宋" };
/** Title font: 黑体 (a CJK sans where it is missing). */
export const titleFont = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "黑体" };
/** Table font: 宋体. */
export const tableFont = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "宋体" };

/** Half-points of a size in points (docx sizes are half-points). */
export const halfPoints = (points: number): number => points * 2;

/** A4 in twentieths of a point (twips): 11906 × 16838. */
export const a4 = { width: 11906, height: 16838 } as const;

/** A paragraph of one run of text. */
export function textParagraph(
  text: string,
  options: {
    readonly size?: number;
    readonly bold?: boolean;
    readonly font?: typeof bodyFont;
    readonly alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
    readonly indentFirstLine?: boolean;
    readonly spaceAfter?: number;
    readonly spaceBefore?: number;
  } = {}
): Paragraph {
  const size = options.size ?? 14;
  return new Paragraph({
    alignment: options.alignment ?? AlignmentType.LEFT,
    spacing: { after: options.spaceAfter ?? 0, before: options.spaceBefore ?? 0, line: 360 },
    // Two characters of the body font: the first-line indent of Chinese official text.
    ...(options.indentFirstLine === true ? { indent: { firstLine: size * 20 * 2 } } : {}),
    children: [
      new TextRun({
        text,
        size: halfPoints(size),
        bold: options.bold ?? false,
        font: options.font ?? bodyFont,
      }),
    ],
  });
}

/** "#RRGGBB" → "RRGGBB" as docx shading takes it. */
function hex(colour: string): string {
  return colour.replace(/^#/, "").toUpperCase();
}

/**
 * A table of a document: the header row bold on grey and repeated on every page, figures
 * right-aligned, each row shaded with its fill, the columns as wide as `widths` say (in parts of
 * `totalWidth` twips), rows never split across pages.
 */
export function documentTable(
  table: DocumentTable,
  widths: readonly number[],
  totalWidth: number,
  points = 9
): Table {
  const sum = widths.reduce((total, width) => total + width, 0) || 1;
  const columnWidths = table.headers.map((_, index) =>
    Math.round(((widths[index] ?? sum / table.headers.length) / sum) * totalWidth)
  );
  const cell = (text: string, column: number, fill: string | null, header: boolean): TableCell =>
    new TableCell({
      width: { size: columnWidths[column], type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 60, right: 60, top: 20, bottom: 20 },
      ...(fill === null
        ? {}
        : { shading: { type: ShadingType.CLEAR, color: "auto", fill: hex(fill) } }),
      children: [
        new Paragraph({
          alignment: header
            ? AlignmentType.CENTER
            : table.numeric?.[column] === true
              ? AlignmentType.RIGHT
              : AlignmentType.LEFT,
          children: [
            new TextRun({ text, size: halfPoints(points), bold: header, font: tableFont }),
          ],
        }),
      ],
    });
  return new Table({
    width: { size: totalWidth, type: WidthType.DXA },
    columnWidths,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: table.headers.map((header, column) => cell(header, column, "#D9D9D9", true)),
      }),
      ...table.rows.map(
        (row, index) =>
          new TableRow({
            cantSplit: true,
            children: row.map((text, column) =>
              cell(text, column, table.rowFills?.[index] ?? null, false)
            ),
          })
      ),
    ],
  });
}
