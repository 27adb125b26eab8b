import { AlignmentType, Document, PageOrientation, Paragraph, Table } from "docx";
import type { BulletinDocument, DocumentTable } from "../engine";
import { a4, documentTable, textParagraph, titleFont } from "./docxParts";

/** Margins of a bulletin page in twips: 2 cm top and bottom, 1.8 cm left and right. */
const margin = { top: 1134, bottom: 1134, left: 1021, right: 1021 };

/** Relative column widths: from the text length of each column's header and cells. */
function widthsOf(table: DocumentTable): number[] {
  return table.headers.map((header, column) => {
    const longest = Math.max(
      [...header].length / 2,
      ...table.rows.map((row) => [...(row[column] ?? "")].length)
    );
    return Math.min(Math.max(longest, 3), 16);
  });
}

/** A heading of a part: "一、滞后指标情况". */
function heading(text: string): Paragraph {
  return textParagraph(text, { bold: true, font: titleFont, spaceBefore: 240, spaceAfter: 120 });
}

/**
 * 月度进度通报.docx: the Word bulletin, A4 landscape — the title and the issuing office and date,
 * the summary paragraph, 一、 the sentence of each lagging indicator, 二、 the ranking (lead
 * sentence and table), 三、 the 约谈 list when there is one, and 附表 the 进度通报 table (the
 * printed columns, rows shaded by status, the header repeated on each page) with its notes.
 */
export function bulletinDocx(bulletin: BulletinDocument): Document {
  const width = a4.height - margin.left - margin.right;
  const table = (part: DocumentTable, points = 9): Table =>
    documentTable(part, widthsOf(part), width, points);
  const numbers = ["一", "二", "三", "四"];
  let part = 0;
  const next = (title: string): Paragraph => heading(`${numbers[part++]}、${title}`);
  return new Document({
    title: bulletin.title,
    sections: [
      {
        properties: {
          page: {
            size: { width: a4.width, height: a4.height, orientation: PageOrientation.LANDSCAPE },
            margin,
          },
        },
        children: [
          textParagraph(bulletin.title, {
            size: 20,
            bold: true,
            font: titleFont,
            alignment: AlignmentType.CENTER,
            spaceAfter: 120,
          }),
          textParagraph(bulletin.issuedLine, { alignment: AlignmentType.CENTER, spaceAfter: 240 }),
          textParagraph(bulletin.summary, { indentFirstLine: true }),
          next("滞后指标情况"),
          ...(bulletin.sentences.length === 0
            ? [textParagraph("本月无滞后指标。", { indentFirstLine: true })]
            : bulletin.sentences.map((sentence) =>
                textParagraph(sentence, { indentFirstLine: true })
              )),
          next("责任单位进度排名"),
          textParagraph(bulletin.rankingSummary, { indentFirstLine: true, spaceAfter: 120 }),
          table(bulletin.ranking, 10),
          ...(bulletin.interviews === null
            ? []
            : [next("约谈名单"), table(bulletin.interviews, 10)]),
          textParagraph("附表：市考指标进度通报表", {
            bold: true,
            font: titleFont,
            spaceBefore: 240,
            spaceAfter: 120,
          }),
          table(bulletin.table),
          ...bulletin.notes.map((note) => textParagraph(note, { size: 10, spaceBefore: 60 })),
        ],
      },
    ],
  });
}
