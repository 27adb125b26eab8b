import type { PrintSetup } from "../engine";

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
    sheet: string
  ) => void;
} = {
  orientation: (value, xml) => {
    xml.pageSetup.push(`orientation="${value}"`);
  },
  paperSize: (value, xml) => {
    xml.pageSetup.push(`paperSize="${paperSizes[value]}"`);
  },
  fitToPagesWide: (value, xml) => {
    xml.pageSetup.push(`fitToWidth="${value}"`);
    if (!xml.pageSetUpPr.includes('fitToPage="1"')) {
      xml.pageSetUpPr.push('fitToPage="1"');
    }
  },
  fitToPagesTall: (value, xml) => {
    xml.pageSetup.push(`fitToHeight="${value}"`);
    if (!xml.pageSetUpPr.includes('fitToPage="1"')) {
      xml.pageSetUpPr.push('fitToPage="1"');
    }
  },
  titleRows: ([first, last], xml, sheet) => {
    xml.definedNames.push({
      name: "_xlnm.Print_Titles",
      formula: `${quotedSheet(sheet)}!$${first}:$${last}`,
    });
  },
};

/**
 * 打印设置 (print setup) as SpreadsheetML: every field of the spec's {@link PrintSetup} through its
 * emitter in {@link printFields} — the one place the raw-XML writer (`summaryPackage`) turns print
 * fields into attributes and defined names. Tables are centred across the page as well.
 */
export function printXml(print: PrintSetup, sheet: string): PrintXml {
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
      (printFields[key] as (value: unknown, xml: PrintXml, sheet: string) => void)(
        value,
        xml,
        sheet
      );
    }
  }
  return xml;
}
