import { Packer } from "docx";
import { basename, dirname, join } from "path";
import { bulletinDocument, MonthlySummary } from "../engine";
import { bulletinDocx } from "./bulletinDocx";
import { noticesDocx } from "./noticesDocx";

/**
 * The .docx files beside a summary workbook: "<stem>.预警通知.docx" and "<stem>.月度进度通报.docx"
 * for "<stem>.xlsx".
 */
export function summaryDocxPaths(workbookPath: string): { notices: string; bulletin: string } {
  const stem = basename(workbookPath).replace(/\.xls[xm]?$/i, "");
  return {
    notices: join(dirname(workbookPath), `${stem}.预警通知.docx`),
    bulletin: join(dirname(workbookPath), `${stem}.月度进度通报.docx`),
  };
}

/**
 * 生成Word文档: writes the month's notices (预警通知.docx, one a page) and the Word bulletin
 * (月度进度通报.docx) beside the summary workbook through `write` (the CLI's atomic writer, which
 * never replaces an existing file without --force); returns the paths written (the bulletin only
 * when the summary has a bulletin sheet).
 */
export async function writeSummaryDocx(
  summary: MonthlySummary,
  workbookPath: string,
  write: (file: string, bytes: Uint8Array) => Promise<void>
): Promise<string[]> {
  const paths = summaryDocxPaths(workbookPath);
  const noticesSheet = summary.sheets.find((sheet) => sheet.kind === "notices");
  const notices = noticesDocx(summary.notices, {
    month: summary.month,
    periods: summary.periods,
    title: noticesSheet?.title ?? "预警提示单和督办单",
  });
  await write(paths.notices, await Packer.toBuffer(notices));
  const written = [paths.notices];
  const bulletin = bulletinDocument(summary);
  if (bulletin !== null) {
    await write(paths.bulletin, await Packer.toBuffer(bulletinDocx(bulletin)));
    written.push(paths.bulletin);
  }
  return written;
}
