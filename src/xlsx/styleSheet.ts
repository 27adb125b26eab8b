import { argbOf } from "./argbOf";
import type { CellLook } from "./sheetPlan";
import { xmlAttribute } from "./xmlText";

/** Excel's built-in number formats, by code (the ones a summary sheet uses, and their kin). */
const builtInFormats: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "@": 49,
};

/** The default font of the workbook (Excel's body font when no theme is given). */
const defaultFont = '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>';

/**
 * 样式表 (a style sheet under construction): hands out the `s` index of each distinct
 * {@link CellLook} and renders xl/styles.xml with exactly the fonts, fills, borders and number
 * formats used. Index 0 is Excel's default style.
 */
export class StyleSheet {
  private readonly fonts = new Map<string, number>([[defaultFont, 0]]);
  private readonly fills = new Map<string, number>([
    ['<fill><patternFill patternType="none"/></fill>', 0],
    ['<fill><patternFill patternType="gray125"/></fill>', 1],
  ]);
  private readonly borders = new Map<string, number>([
    ["<border><left/><right/><top/><bottom/><diagonal/></border>", 0],
  ]);
  /** Custom number formats by code → their ids (from 164). */
  private readonly formats = new Map<string, number>();
  private readonly cellFormats = new Map<string, number>([
    ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>', 0],
  ]);
  private readonly byLook = new Map<CellLook, number>();

  /** The style index of a look (the same look object or an equal one: the same index). */
  indexOf(look: CellLook): number {
    const known = this.byLook.get(look);
    if (known !== undefined) {
      return known;
    }
    const font =
      look.font === undefined
        ? 0
        : this.idOf(
            this.fonts,
            `<font>${look.font.bold === true ? "<b/>" : ""}<sz val="${look.font.size ?? 11}"/>${look.font.color === undefined ? "" : `<color rgb="${argbOf(look.font.color)}"/>`}<name val="Calibri"/><family val="2"/></font>`
          );
    const fill =
      look.fill === undefined
        ? 0
        : this.idOf(
            this.fills,
            `<fill><patternFill patternType="solid"><fgColor rgb="${argbOf(look.fill)}"/><bgColor indexed="64"/></patternFill></fill>`
          );
    const border =
      look.border === true
        ? this.idOf(
            this.borders,
            '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border>'
          )
        : 0;
    const format = look.numberFormat === undefined ? 0 : this.formatId(look.numberFormat);
    const alignment = look.alignment;
    const aligned =
      alignment === undefined
        ? ""
        : `<alignment${alignment.horizontal === undefined ? "" : ` horizontal="${alignment.horizontal}"`}${alignment.vertical === undefined ? "" : ` vertical="${alignment.vertical === "middle" ? "center" : alignment.vertical}"`}${alignment.wrapText === true ? ' wrapText="1"' : ""}/>`;
    const applies = [
      format !== 0 ? ' applyNumberFormat="1"' : "",
      font !== 0 ? ' applyFont="1"' : "",
      fill !== 0 ? ' applyFill="1"' : "",
      border !== 0 ? ' applyBorder="1"' : "",
      aligned !== "" ? ' applyAlignment="1"' : "",
    ].join("");
    const xf =
      `<xf numFmtId="${format}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${applies}` +
      (aligned === "" ? "/>" : `>${aligned}</xf>`);
    const index = this.idOf(this.cellFormats, xf);
    this.byLook.set(look, index);
    return index;
  }
  /** The style index of a column's empty cells: its number format only. */
  columnIndexOf(numberFormat: string): number {
    const format = this.formatId(numberFormat);
    return this.idOf(
      this.cellFormats,
      `<xf numFmtId="${format}" fontId="0" fillId="0" borderId="0" xfId="0"${format === 0 ? "" : ' applyNumberFormat="1"'}/>`
    );
  }
  /** xl/styles.xml. */
  xml(): string {
    const list = (map: Map<string, number>): string => [...map.keys()].join("");
    const formats = [...this.formats.entries()]
      .map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlAttribute(code)}"/>`)
      .join("");
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (this.formats.size > 0 ? `<numFmts count="${this.formats.size}">${formats}</numFmts>` : "") +
      `<fonts count="${this.fonts.size}">${list(this.fonts)}</fonts>` +
      `<fills count="${this.fills.size}">${list(this.fills)}</fills>` +
      `<borders count="${this.borders.size}">${list(this.borders)}</borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.cellFormats.size}">${list(this.cellFormats)}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0"/>' +
      "</styleSheet>"
    );
  }
  private formatId(code: string): number {
    const builtIn = builtInFormats[code];
    if (builtIn !== undefined) {
      return builtIn;
    }
    const known = this.formats.get(code);
    if (known !== undefined) {
      return known;
    }
    const id = 164 + this.formats.size;
    this.formats.set(code, id);
    return id;
  }
  private idOf(map: Map<string, number>, xml: string): number {
    const known = map.get(xml);
    if (known !== undefined) {
      return known;
    }
    map.set(xml, map.size);
    return map.size - 1;
  }
}
