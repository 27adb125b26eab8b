import { CellValue } from "../../kernel/grid";
import {
  CellStyle,
  PrintSetup,
  SheetColumn,
  SheetKind,
  SheetSpec,
  headerRowCount,
} from "../../workbook/sheetSpec";

/** A4 landscape, one page wide, the header row repeated on every page. */
const PRINT: PrintSetup = {
  orientation: "landscape",
  paperSize: "A4",
  fitToPagesWide: 1,
  fitToPagesTall: 0,
  titleRows: [headerRowCount, headerRowCount],
};
/** Title, subtitle and headers frozen, and the first two columns. */
const FREEZE = { rows: headerRowCount, columns: 2 } as const;
/** Characters Excel refuses in a sheet name. */
const BAD_NAME_CHARACTERS = /[[\]:*?/\\]/g;

/** What one summary sheet holds; the layout is shared. */
export interface SummarySheetContent {
  readonly kind: SheetKind;
  readonly name: string;
  readonly title: string;
  readonly subtitle: string;
  readonly columns: readonly SheetColumn[];
  readonly rows: readonly (readonly CellValue[])[];
  readonly rowFills: readonly (string | null)[];
  readonly cellStyles?: readonly CellStyle[];
  readonly chart?: SheetSpec["chart"];
}

/** A sheet name Excel accepts: without []:*?/\, not starting or ending with ', at most 31 characters. */
function excelSheetName(name: string): string {
  const cleaned = name.replace(BAD_NAME_CHARACTERS, "").replace(/^'+|'+$/g, "");
  return [...cleaned].slice(0, 31).join("") || "Sheet";
}

/**
 * 汇总表版式: one summary sheet with the layout all five share (see `sheetSpec.ts`): a name Excel
 * accepts, three rows and two columns frozen, A4 landscape one page wide with row 3 repeated.
 */
export function summarySheet(content: SummarySheetContent): SheetSpec {
  const { kind, name, title, subtitle, columns, rows, rowFills, cellStyles = [], chart } = content;
  return {
    kind,
    name: excelSheetName(name),
    title,
    subtitle,
    columns,
    rows,
    rowFills,
    cellStyles,
    freeze: FREEZE,
    print: PRINT,
    ...(chart === undefined ? {} : { chart }),
  };
}
