import { Packer } from "docx";
import { buildMonthlySummary, bulletinDocument, MonthlySummary } from "../engine";
import { bulletinDocx } from "../docx/bulletinDocx";
import { noticesDocx } from "../docx/noticesDocx";
import type { PreviewWorkbook } from "./previewWorkbook";

/** Which Word document to make. */
export type DocxKind = "notices" | "bulletin";

/** The month of the newest summary run among the sheets ("2016-08" → 8), or null when none. */
export function latestRunMonth(runs: readonly (string | null)[]): number | null {
  const months = runs
    .map((run) => (run === null ? null : /(?:^|-)(\d{1,2})$/.exec(run)))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ month: Number(match[1]), run: match.input }));
  if (months.length === 0) {
    return null;
  }
  return months.sort((a, b) => (a.run < b.run ? 1 : a.run > b.run ? -1 : 0))[0].month;
}

/**
 * 预览下载Word: the summary of the newest month the pane wrote in the open workbook, made again
 * from the clerk's sheets, as 预警通知.docx or 月度进度通报.docx; null when the pane has written no
 * summary yet.
 */
export async function docxOf(
  workbook: Pick<PreviewWorkbook, "readWorkbook">,
  kind: DocxKind
): Promise<{ readonly blob: Blob; readonly fileName: string } | null> {
  const read = await workbook.readWorkbook();
  const month = latestRunMonth(read.sheets.map((sheet) => sheet.ownedRun));
  if (month === null) {
    return null;
  }
  const summary: MonthlySummary = buildMonthlySummary(read.grids, { month });
  if (kind === "notices") {
    const sheet = summary.sheets.find((candidate) => candidate.kind === "notices");
    const document = noticesDocx(summary.notices, {
      month,
      periods: summary.periods,
      title: sheet?.title ?? "预警提示单和督办单",
    });
    return { blob: await Packer.toBlob(document), fileName: `${month}月预警通知.docx` };
  }
  const bulletin = bulletinDocument(summary);
  if (bulletin === null) {
    return null;
  }
  return { blob: await Packer.toBlob(bulletinDocx(bulletin)), fileName: `${month}月进度通报.docx` };
}
