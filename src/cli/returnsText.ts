import { fillTemplate } from "../engine";

/**
 * The words of `assess forms` and `assess collect` (报送表与汇总), zh-CN first and en-US too. Their
 * findings come from the engine's catalogue; these are the commands' own reports.
 */
const returnsCatalogue = {
  formsWritten: {
    "zh-CN": "已生成{count}份报送表（{month}月，报送截止{due}）：",
    "en-US": "{count} return forms written (month {month}, due {due}):",
  },
  formFile: {
    "zh-CN": "  {unit}（{count}项指标）：{file}",
    "en-US": "  {unit} ({count} indicators): {file}",
  },
  formsExist: {
    "zh-CN": "以下报送表已存在，未生成任何文件（确认覆盖请加 --force）：{files}",
    "en-US": "These forms already exist; nothing was written (add --force to overwrite): {files}",
  },
  noForms: {
    "zh-CN": "台账中没有填写责任单位的指标，未生成报送表",
    "en-US": "No indicator of the ledger names a responsible unit; no form was made",
  },
  noTable: {
    "zh-CN": "未能读取台账：工作簿中没有找到任务分解表（见上方诊断）",
    "en-US": "The ledger cannot be read: no decomposition table (see the diagnostics above)",
  },
  fromFile: { "zh-CN": "{file}：{text}", "en-US": "{file}: {text}" },
  returnUnreadable: {
    "zh-CN": "{file}：无法读取，已跳过：{reason}",
    "en-US": "{file}: cannot be read, skipped: {reason}",
  },
  dryRun: {
    "zh-CN": "试运行（未写入任何文件）：{ledger} 将有如下改动：",
    "en-US": "Dry run (nothing written): {ledger} would change as follows:",
  },
  collected: {
    "zh-CN":
      "已汇总{returns}份报送表：写入报送数{figures}项，登记报送{registered}个单位，未覆盖的冲突{conflicts}项；输出：{file}",
    "en-US":
      "{returns} returns collected: {figures} figures written, {registered} arrivals registered, {conflicts} conflicts left as they were; output: {file}",
  },
  nothingToWrite: {
    "zh-CN": "没有需要改动的内容，未生成输出文件",
    "en-US": "Nothing to change; no output was written",
  },
  outputExists: {
    "zh-CN": "输出文件“{file}”已存在，未写入；请用 --out 另选文件名",
    "en-US": 'The output "{file}" already exists; nothing written — choose another name with --out',
  },
  outputIsInput: {
    "zh-CN": "输出文件“{file}”就是台账本身：本工具从不改写原台账，请用 --out 另选文件名",
    "en-US":
      'The output "{file}" is the ledger itself: it is never overwritten; choose another --out',
  },
  copyImpossible: {
    "zh-CN":
      "台账“{file}”无法整本复制（读写不了这个工作簿的副本），未生成输出：请在 Excel 中打开台账、另存后再试，或用 --dry-run 查看改动后手工录入",
    "en-US":
      'The ledger "{file}" cannot be copied whole (a copy of this workbook cannot be read or written); nothing written: open and save it in Excel and try again, or see the changes with --dry-run and enter them by hand',
  },
  lossesHeading: {
    "zh-CN": "注意：输出的台账副本无法保留原台账中的以下内容（原台账不会改动，可在原台账中查看）：",
    "en-US":
      "Note: the output copy of the ledger cannot keep the following of the original (the original is left unchanged; see them there):",
  },
  stopped: { "zh-CN": "未能完成：{reason}", "en-US": "Not done: {reason}" },
} as const;

/** A key of the forms and collect commands' catalogue. */
export type ReturnsMessageKey = keyof typeof returnsCatalogue;

/** A message of `assess forms` / `assess collect` in one language. */
export function returnsMessage(
  locale: "zh-CN" | "en-US",
  key: ReturnsMessageKey,
  params: Readonly<Record<string, string | number>> = {}
): string {
  return fillTemplate(returnsCatalogue[key][locale], params);
}
