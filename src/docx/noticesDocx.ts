import { AlignmentType, Document, ISectionOptions, PageOrientation } from "docx";
import { chineseDate, Notice, remainingHeader } from "../engine";
import { a4, documentTable, textParagraph, titleFont } from "./docxParts";

/** Margins of a notice page in twips: 2.5 cm top and bottom, 2.2 cm left and right. */
const margin = { top: 1418, bottom: 1418, left: 1247, right: 1247 };
/** The blank a clerk signs on. */
const blank = "＿＿＿＿＿＿＿＿";

/** Relative widths of the indicator table's columns (as on the 预警通知 sheet). */
const widths = [5, 26, 7, 11, 11, 11, 10, 11, 13];

/** A figure as the notice's table shows it: two decimals with thousands separators, or "". */
function shown(value: number | null, decimals = 2): string {
  return value === null
    ? ""
    : value.toLocaleString("en-US", {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      });
}

/** One notice as one section: a page of its own. */
function noticeSection(notice: Notice, periods: number): ISectionOptions {
  const width = a4.width - margin.left - margin.right;
  const headers = [
    "序号",
    "指标",
    "单位",
    "年度目标",
    "序时目标",
    "累计完成",
    "进度差（百分点）",
    "欠账",
    remainingHeader(notice.month, periods),
  ];
  const join = (values: readonly string[]): string =>
    values.length === 0 ? "—" : values.join("、");
  return {
    properties: {
      page: {
        size: { width: a4.width, height: a4.height, orientation: PageOrientation.PORTRAIT },
        margin,
      },
    },
    children: [
      textParagraph(notice.title, {
        size: 22,
        bold: true,
        font: titleFont,
        alignment: AlignmentType.CENTER,
        spaceAfter: 120,
      }),
      textParagraph(notice.documentNumber, { alignment: AlignmentType.CENTER, spaceAfter: 240 }),
      textParagraph(`${notice.leadUnit}：`, { bold: true }),
      textParagraph(notice.body, { indentFirstLine: true, spaceAfter: 200 }),
      documentTable(
        {
          headers,
          rows: notice.lines.map((line, index) => [
            String(index + 1),
            line.indicator,
            line.measureUnit,
            shown(line.target),
            shown(line.paceTarget),
            shown(line.actual),
            shown(line.paceGapPoints, 1),
            shown(line.arrears),
            shown(line.remainingMonthly),
          ]),
          numeric: headers.map((_, column) => column >= 3 || column === 0),
        },
        widths,
        width,
        10
      ),
      textParagraph(`配合单位：${join(notice.cooperatingUnits)}`, { spaceBefore: 200 }),
      textParagraph(`包抓领导：${join(notice.leaders)}\u3000\u3000责任人：${join(notice.persons)}`),
      textParagraph(`签收人：${blank}\u3000\u3000签收日期：${blank}`, { spaceBefore: 200 }),
      textParagraph(`${notice.issuer}（盖章）`, {
        alignment: AlignmentType.RIGHT,
        spaceBefore: 480,
      }),
      textParagraph(chineseDate(notice.issuedOn), { alignment: AlignmentType.RIGHT }),
    ],
  };
}

/**
 * 预警通知.docx: the month's notices as a Word document, one per page (a section each, A4
 * portrait) — title (督办单 / 预警提示单), number, addressee, body with the reply date, the table of
 * its indicators, cooperating units, leaders and persons, the signature line, the issuing office
 * and date. Without notices, one page saying so. Pack it with `Packer.toBuffer` (Node) or
 * `Packer.toBlob` (browser).
 */
export function noticesDocx(
  notices: readonly Notice[],
  context: { readonly month: number; readonly periods: number; readonly title: string }
): Document {
  const sections: ISectionOptions[] =
    notices.length === 0
      ? [
          {
            children: [
              textParagraph(context.title, { size: 18, bold: true, font: titleFont }),
              textParagraph("本月无滞后且欠账的指标，不发预警提示单和督办单。"),
            ],
          },
        ]
      : notices.map((notice) => noticeSection(notice, context.periods));
  return new Document({
    creator: notices[0]?.issuer ?? "县考核办",
    title: context.title,
    sections,
  });
}
