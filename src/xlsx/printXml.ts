import type { PrintSetup } from "../engine";
import { columnLetters } from "./sheetPlan";

/** What a sheet's print setup adds to the SpreadsheetML of its worksheet and its workbook. */
export interface PrintXml {
  /** Attributes of `<pageSetup>`. */
  readonly pageSetup: string[];
  /** Attributes of `<printOptions>`. */
  readonly printOptions: string[];
  /** Attributes of `<pageSetUpPr>` inside `<sheetPr>`. */
  readonly pageSetUpPr: string[];
  /** Sheet-scoped defined names (`_xlnm.Print_Titles` …): name and formula, not escaped. */
  readonly definedNames: { readonly name: string; readonly formula: string }[];
  /** Whole elements that follow the footer, in the schema's order (`<rowBreaks>`, `<colBreaks>`). */
  readonly afterFooter: string[];
}

/** What the print fields need of the sheet beyond its print setup. */
export interface PrintExtent {
  /** The sheet's name, as the defined names' formulas write it. */
  readonly sheet: string;
  /** The print area ("$A$4:$Q$32"), or null for the whole sheet. */
  readonly printArea: string | null;
}

/** Excel's paper size codes. */
const paperSizes: Readonly<Record<PrintSetup["paperSize"], number>> = { A4: 9 };

/** A sheet name as a formula writes it: 'name', quotes doubled. */
function quotedSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * One emitter per field of {@link PrintSetup}, so a field added to the engine's spec does not
 * compile until it says where it goes in the file (the mapped type requires every key).
 */
const printFields: {
  readonly [K in keyof Required<PrintSetup>]: (
    value: NonNullable<PrintSetup[K]>,
    xml: PrintXml,
    extent: PrintExtent,
    print: PrintSetup
  ) => void;
} = {
  orientation: (value, xml) => {
    xml.pageSetup.push(`orientation="${value}"`);
  },
  paperSize: (value, xml) => {
    xml.pageSetup.push(`paperSize="${paperSizes[value]}"`);
  },
  // A scaled sheet prints at its scale: no fit to page (`scalePercent`).
  fitToPagesWide: (value, xml, _extent, print) => {
    if (print.scalePercent === undefined) {
      xml.pageSetup.push(`fitToWidth="${value}"`);
      fitToPage(xml);
    }
  },
  fitToPagesTall: (value, xml, _extent, print) => {
    if (print.scalePercent === undefined) {
      xml.pageSetup.push(`fitToHeight="${value}"`);
      fitToPage(xml);
    }
  },
  scalePercent: (value, xml) => {
    xml.pageSetup.push(`scale="${Math.round(value)}"`);
  },
  titleRows: ([first, last], xml, { sheet }) => {
    printTitles(xml, sheet, `$${first}:$${last}`);
  },
  titleColumns: ([first, last], xml, { sheet }) => {
    printTitles(xml, sheet, `$${columnLetters(first)}:$${columnLetters(last)}`);
  },
  // The area is the plan's (`printArea`): its last row is the sheet's last written row.
  printedColumns: (_value, xml, extent) => {
    printArea(xml, extent);
  },
  printedFromRow: (_value, xml, extent) => {
    printArea(xml, extent);
  },
  // Written by the worksheet with the margins (`SheetPlan.footer`).
  footer: () => undefined,
  firstPageNumber: (value, xml) => {
    xml.pageSetup.push(`firstPageNumber="${value}"`, 'useFirstPageNumber="1"');
  },
};

function fitToPage(xml: PrintXml): void {
  if (!xml.pageSetUpPr.includes('fitToPage="1"')) {
    xml.pageSetUpPr.push('fitToPage="1"');
  }
}

/** Adds a range to the sheet's print titles: columns before rows, as Excel writes them. */
function printTitles(xml: PrintXml, sheet: string, range: string): void {
  const part = `${quotedSheet(sheet)}!${range}`;
  const index = xml.definedNames.findIndex((name) => name.name === "_xlnm.Print_Titles");
  if (index < 0) {
    xml.definedNames.push({ name: "_xlnm.Print_Titles", formula: part });
    return;
  }
  const existing = xml.definedNames[index].formula;
  const columnsFirst = /^\$[A-Z]+:\$[A-Z]+$/.test(range);
  xml.definedNames[index] = {
    name: "_xlnm.Print_Titles",
    formula: columnsFirst ? `${part},${existing}` : `${existing},${part}`,
  };
}

function printArea(xml: PrintXml, { sheet, printArea: area }: PrintExtent): void {
  if (area !== null && !xml.definedNames.some((name) => name.name === "_xlnm.Print_Area")) {
    xml.definedNames.push({ name: "_xlnm.Print_Area", formula: `${quotedSheet(sheet)}!${area}` });
  }
}

/**
 * 打印设置 (print setup) as SpreadsheetML: every field of the spec's {@link PrintSetup} through its
 * emitter in {@link printFields} — the one place the raw-XML writer (`summaryPackage`) turns print
 * fields into attributes and defined names. Tables are centred across the page as well.
 */
export function printXml(print: PrintSetup, extent: PrintExtent): PrintXml {
  const xml: PrintXml = {
    pageSetup: [],
    printOptions: ['horizontalCentered="1"'],
    pageSetUpPr: [],
    definedNames: [],
    afterFooter: [],
  };
  for (const key of Object.keys(print) as (keyof PrintSetup)[]) {
    const value = print[key];
    if (value !== undefined && value !== null) {
      (
        printFields[key] as (
          value: unknown,
          xml: PrintXml,
          extent: PrintExtent,
          print: PrintSetup
        ) => void
      )(value, xml, extent, print);
    }
  }
  return xml;
}
