import { CellValue } from "../kernel/grid";
import { numberFormats } from "../summary/sheets/numberFormats";
import { remainingHeader } from "../summary/sheets/remainingHeader";
import { sheetColumn } from "../summary/sheets/sheetColumn";
import { summarySheet } from "../summary/sheets/summarySheet";
import { titlePrefix } from "../summary/sheets/titlePrefix";
import { CellStyle, SheetSpec, TextRow } from "../workbook/sheetSpec";
import { chineseDate } from "./chineseDate";
import { Notice } from "./noticeModels";

const { text, amount, points, whole } = numberFormats;
/** The grey of a notice's table header, as the sheet header's. */
const headerGrey = "#D9D9D9";
/** The blank a clerk signs on. */
const blank = "＿＿＿＿＿＿＿＿";

/** What {@link noticesSheet} needs besides the notices. */
export interface NoticesSheetInput {
  readonly month: number;
  readonly periods: number;
  readonly county: string | null;
  readonly year: number | null;
  readonly notices: readonly Notice[];
}

/** Each notice's rows and their layout, appended to the sheet being built. */
function appendNotice(
  notice: Notice,
  headers: readonly string[],
  rows: CellValue[][],
  textRows: TextRow[],
  cellStyles: CellStyle[]
): void {
  const line = (value: string, layout: Omit<TextRow, "row">): void => {
    textRows.push({ row: rows.length, ...layout });
    // Every row as wide as the header; the text stands in the first cell, merged across.
    rows.push([value, ...headers.slice(1).map(() => null)]);
  };
  line(notice.title, { align: "center", bold: true, fontSize: 20 });
  line(notice.documentNumber, { align: "center" });
  line(`${notice.leadUnit}：`, { align: "left", bold: true });
  line(`\u3000\u3000${notice.body}`, { align: "left" });
  headers.forEach((_, column) =>
    cellStyles.push({ row: rows.length, column, fill: headerGrey, bold: true, wrapText: true })
  );
  rows.push([...headers]);
  notice.lines.forEach((item, index) =>
    rows.push([
      index + 1,
      item.indicator,
      item.measureUnit,
      item.target,
      item.paceTarget,
      item.actual,
      item.paceGapPoints,
      item.arrears,
      item.remainingMonthly,
    ])
  );
  const join = (values: readonly string[]): string =>
    values.length === 0 ? "—" : values.join("、");
  line(`配合单位：${join(notice.cooperatingUnits)}`, { align: "left" });
  line(`包抓领导：${join(notice.leaders)}\u3000\u3000责任人：${join(notice.persons)}`, {
    align: "left",
  });
  line(`签收人：${blank}\u3000\u3000签收日期：${blank}`, { align: "left" });
  line(`${notice.issuer}（盖章）`, { align: "right" });
  line(chineseDate(notice.issuedOn), { align: "right" });
}

/**
 * 预警通知表: the month's notices, one per printed page — a page break before each but the first,
 * the print area from the first notice on (the sheet's own title stays on screen). Each notice:
 * its title (督办单 / 预警提示单), number, addressee, body with the reply date, a table of its
 * indicators (target, pace target, actual, gap in percentage points, arrears, remaining monthly
 * task), cooperating units, leaders and persons, a signature line, the issuing office and date.
 */
export function noticesSheet(input: NoticesSheetInput): SheetSpec {
  const columns = [
    sheetColumn("index", "序号", 6, whole),
    sheetColumn("indicator", "指标", 28, text),
    sheetColumn("measureUnit", "单位", 8, text),
    sheetColumn("target", "年度目标", 12, amount),
    sheetColumn("paceTarget", "序时目标", 12, amount),
    sheetColumn("actual", "累计完成", 12, amount),
    // Broken where a reader breaks it, not before the last character.
    sheetColumn("paceGap", "进度差\n（百分点）", 11, points),
    sheetColumn("arrears", "欠账", 12, amount),
    sheetColumn("remainingMonthly", remainingHeader(input.month, input.periods), 14, amount),
  ];
  const headers = columns.map((column) => column.header);
  const rows: CellValue[][] = [];
  const textRows: TextRow[] = [];
  const cellStyles: CellStyle[] = [];
  const pageBreaksBefore: number[] = [];
  for (const notice of input.notices) {
    if (rows.length > 0) {
      pageBreaksBefore.push(rows.length);
    }
    appendNotice(notice, headers, rows, textRows, cellStyles);
  }
  const count = (kind: Notice["kind"]): number =>
    input.notices.filter((notice) => notice.kind === kind).length;
  return summarySheet({
    kind: "notices",
    name: `${input.month}月预警通知`,
    title: `${titlePrefix(input)}预警提示单和督办单（分送各牵头单位）`,
    subtitle:
      `共${input.notices.length}份：督办单${count("supervision")}份、预警提示单${count("notice")}份；` +
      `每个有滞后指标的牵头单位一份，每份一页，打印时从第一份起`,
    columns,
    rows,
    rowFills: rows.map(() => null),
    cellStyles,
    textRows,
    pageBreaksBefore,
    printDataOnly: rows.length > 0,
  });
}
