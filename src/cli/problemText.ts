import type { Locale } from "../engine";
import type { CopyLoss, CopyLossKind } from "../xlsx/copyLosses";
import type { FileProblemCode, FileProblemParams } from "../xlsx/fileProblem";
import { cliMessage, fill } from "./cliText";

/**
 * What stops a read or a write (a `FileProblem`), in the clerk's words: each names the file and
 * says what to do.
 */
const problemCatalogue: Readonly<Record<FileProblemCode, Readonly<Record<Locale, string>>>> = {
  inputMissing: {
    "zh-CN": "找不到输入文件“{file}”：请检查文件名和所在文件夹",
    "en-US": 'The input file "{file}" does not exist: check its name and folder',
  },
  inputNotReadable: {
    "zh-CN": "没有权限读取“{file}”：请检查文件权限，或先把它复制到自己的文件夹再运行",
    "en-US":
      'No permission to read "{file}": check its permissions, or copy it to a folder of your own and run again',
  },
  inputIsFolder: {
    "zh-CN": "“{file}”是文件夹，不是工作簿：请给出 .xlsx 文件",
    "en-US": '"{file}" is a folder, not a workbook: give an .xlsx file',
  },
  inputReadFailed: {
    "zh-CN": "读取“{file}”失败（{code}）：请确认文件能在 Excel 中打开，再试一次",
    "en-US": 'Reading "{file}" failed ({code}): make sure it opens in Excel, then try again',
  },
  inputTooLarge: {
    "zh-CN":
      "“{file}”有 {size} MB，超过 {limit} MB 的上限，不是常见大小的考核台账：请另存一份只含所需工作表的工作簿再运行",
    "en-US":
      '"{file}" is {size} MB, over the {limit} MB limit for a ledger: save a copy with only the sheets needed and run that',
  },
  encryptedWorkbook: {
    "zh-CN":
      "“{file}”设有打开密码（已加密），无法读取：请在 Excel 中打开，点“文件 › 信息 › 保护工作簿 › 用密码进行加密”，清空密码并保存后再运行",
    "en-US":
      '"{file}" is protected by a password (encrypted) and cannot be read: open it in Excel, choose File › Info › Protect Workbook › Encrypt with Password, clear the password, save, and run again',
  },
  legacyXls: {
    "zh-CN":
      "“{file}”是旧版 Excel 97-2003 格式（.xls）：请在 Excel 中“另存为” Excel 工作簿（.xlsx）后再运行",
    "en-US":
      '"{file}" is in the old Excel 97–2003 format (.xls): in Excel, use Save As › Excel Workbook (.xlsx), then run again',
  },
  notWorkbook: {
    "zh-CN":
      "“{file}”不是 Excel 工作簿（.xlsx）：请确认选对了文件；.csv、.et、.ods 等格式请先在 Excel 或 WPS 中另存为 .xlsx",
    "en-US":
      '"{file}" is not an Excel workbook (.xlsx): check it is the right file; save .csv, .et, .ods and other formats as .xlsx in Excel or WPS first',
  },
  damagedZip: {
    "zh-CN":
      "“{file}”已损坏，无法读取（{detail}）：请在 Excel 中用“文件 › 打开 › 打开并修复”修复后另存，或找回原文件",
    "en-US":
      '"{file}" is damaged and cannot be read ({detail}): repair it in Excel (File › Open › Open and Repair) and save it, or get the original again',
  },
  unsupportedZip: {
    "zh-CN":
      "“{file}”中的“{part}”用了本工具读不了的压缩方式（{detail}）：请在 Excel 中打开并另存为 .xlsx 后再运行",
    "en-US":
      'The part "{part}" of "{file}" is packed in a way this tool cannot read ({detail}): open it in Excel, save it as .xlsx and run again',
  },
  packageTooLarge: {
    "zh-CN":
      "“{file}”解压后有 {size} MB，超过 {limit} MB 的上限，不是常见大小的考核台账：请另存一份只含所需工作表的工作簿再运行",
    "en-US":
      '"{file}" unpacks to {size} MB, over the {limit} MB limit for a ledger: save a copy with only the sheets needed and run that',
  },
  zipBomb: {
    "zh-CN":
      "“{file}”中的“{part}”解压后会膨胀到 {ratio} 倍（上限 {limit} 倍），文件可能已损坏或被恶意构造，未读取：请在 Excel 中打开检查、另存后再运行",
    "en-US":
      'The part "{part}" of "{file}" would unpack to {ratio} times its size (the limit is {limit}); the file may be damaged or built to exhaust memory and was not read: open it in Excel, check it, save it and run again',
  },
  tooManyParts: {
    "zh-CN":
      "“{file}”包含 {count} 个部件，超过 {limit} 个的上限，不像一份考核台账：请确认选对了文件",
    "en-US":
      '"{file}" holds {count} parts, over the limit of {limit}; it does not look like a ledger: check it is the right file',
  },
  noWorkbookPart: {
    "zh-CN":
      "“{file}”是压缩包，但里面没有 Excel 工作簿（可能是 .docx 或普通 .zip）：请确认选对了文件",
    "en-US":
      '"{file}" is a zip package but holds no Excel workbook (a .docx or a plain .zip?): check it is the right file',
  },
  damagedXml: {
    "zh-CN":
      "“{file}”的{where}内容已损坏（{detail}）：请在 Excel 中打开（Excel 会提示修复），修复后另存再运行",
    "en-US":
      'The {where} of "{file}" is damaged ({detail}): open it in Excel, let Excel repair it, save it and run again',
  },
  badCellReference: {
    "zh-CN":
      "“{file}”的工作表“{sheet}”中有无效的单元格地址“{reference}”（Excel 最大到 XFD1048576），文件可能已损坏：请在 Excel 中打开并另存后再运行",
    "en-US":
      'The sheet "{sheet}" of "{file}" has an invalid cell address "{reference}" (Excel ends at XFD1048576); the file may be damaged: open it in Excel, save it and run again',
  },
  tooManyRows: {
    "zh-CN":
      "“{file}”的工作表“{sheet}”有数据的行超过 {limit} 行的上限：考核台账不会这么长，请删去多余的行，或把这张表移到别的工作簿后再运行",
    "en-US":
      'The sheet "{sheet}" of "{file}" has values in more than {limit} rows, the limit: no ledger is that long; delete the extra rows or move that sheet to another workbook, then run again',
  },
  tooManyCells: {
    "zh-CN":
      "“{file}”中有数据的单元格超过 {limit} 个的上限：请删去与考核无关的大表（或零散在远处的单元格）后再运行",
    "en-US":
      '"{file}" has values in more than {limit} cells, the limit: delete the large sheets (or stray far-away cells) that are not part of the assessment, then run again',
  },
  tooSpreadOut: {
    "zh-CN":
      "“{file}”中的数据太分散：从 A 列到各行最后一个值共超过 {limit} 个单元格，多半是远处有零散的值：请删去远处零散的单元格后再运行",
    "en-US":
      '"{file}" is too spread out: counted from column A to each row\'s last value it has more than {limit} cells, most likely stray values far away: delete them and run again',
  },
  copyImpossible: {
    "zh-CN":
      "“{file}”无法整本复制（--copy 读写不了这个工作簿）：请去掉 --copy，只生成通报工作簿；或在 Excel 中打开、另存后再试",
    "en-US":
      '"{file}" cannot be copied whole (--copy cannot read or write this workbook): leave out --copy to make the summary workbook alone, or open and save it in Excel and try again',
  },
  outputExists: {
    "zh-CN": "输出文件“{file}”已存在，未覆盖：确要覆盖请加 --force，或另选输出文件名",
    "en-US":
      'The output "{file}" exists and was left as it is: add --force to overwrite it, or choose another output name',
  },
  outputIsInput: {
    "zh-CN": "输出文件“{file}”就是输入文件：本工具从不改写原工作簿，请另选输出文件名",
    "en-US":
      'The output "{file}" is the input file: this tool never writes over the original workbook; choose another output name',
  },
  outputIsFolder: {
    "zh-CN": "输出“{file}”是一个文件夹：请给出 .xlsx 文件名",
    "en-US": 'The output "{file}" is a folder: give an .xlsx file name',
  },
  outputFolderMissing: {
    "zh-CN": "输出文件夹“{folder}”不存在：请先建好这个文件夹，或另选输出位置",
    "en-US":
      'The output folder "{folder}" does not exist: make it first, or choose another place for the output',
  },
  outputFolderNotFolder: {
    "zh-CN": "“{folder}”不是文件夹，“{file}”无法保存在其中：请另选输出位置",
    "en-US":
      '"{folder}" is not a folder, so "{file}" cannot be saved there: choose another place for the output',
  },
  outputNotWritable: {
    "zh-CN":
      "没有权限写入“{file}”（或它正在 Excel 中打开）：请关闭该文件、检查“{folder}”的权限，或另选输出位置",
    "en-US":
      'No permission to write "{file}" (or it is open in Excel): close it, check the permissions of "{folder}", or choose another place for the output',
  },
  outputBusy: {
    "zh-CN": "“{file}”正被其他程序占用（可能在 Excel 中开着）：请关闭后再运行",
    "en-US": '"{file}" is in use by another program (open in Excel?): close it and run again',
  },
  diskFull: {
    "zh-CN":
      "磁盘空间不足，无法写入“{file}”（未留下不完整的文件）：请在“{folder}”所在的磁盘腾出空间，或把输出写到别处",
    "en-US":
      'The disk is full: "{file}" could not be written (no partial file was left): free some space on the disk of "{folder}", or write the output elsewhere',
  },
  readOnlyFileSystem: {
    "zh-CN": "“{file}”所在位置只读（如光盘、写保护的U盘）：请把输出写到可写的位置",
    "en-US":
      '"{file}" is on a read-only medium (a CD, a write-protected USB stick): write the output elsewhere',
  },
  outputNameInvalid: {
    "zh-CN": "输出文件名“{file}”无效（太长或含不允许的字符）：请换一个文件名",
    "en-US":
      'The output name "{file}" is invalid (too long, or a character not allowed): choose another',
  },
  writeFailed: {
    "zh-CN": "写入“{file}”失败（{code}，未留下不完整的文件）：请检查磁盘后再试",
    "en-US":
      'Writing "{file}" failed ({code}; no partial file was left): check the disk and try again',
  },
};

/** What the copy cannot keep, one line each (`{count}` of them, `{names}` for names). */
const lossCatalogue: Readonly<Record<CopyLossKind, Readonly<Record<Locale, string>>>> = {
  shapes: { "zh-CN": "文本框、形状 {count} 个", "en-US": "{count} text boxes or shapes" },
  charts: { "zh-CN": "图表 {count} 个", "en-US": "{count} charts" },
  chartSheets: { "zh-CN": "图表工作表（整张表）", "en-US": "a chart sheet (the whole sheet)" },
  otherSheets: {
    "zh-CN": "对话框或宏表（整张表）",
    "en-US": "a dialog or Excel 4 macro sheet (the whole sheet)",
  },
  sparklines: { "zh-CN": "迷你图 {count} 组", "en-US": "{count} sparkline groups" },
  crossSheetValidations: {
    "zh-CN": "引用其他工作表的下拉列表 {count} 处",
    "en-US": "{count} drop-down lists drawn from another sheet",
  },
  pageBreaks: { "zh-CN": "手动分页符 {count} 个", "en-US": "{count} manual page breaks" },
  controls: {
    "zh-CN": "表单控件或嵌入对象 {count} 个",
    "en-US": "{count} form controls or embedded objects",
  },
  headerFooterPictures: {
    "zh-CN": "页眉页脚中的图片",
    "en-US": "pictures in the header or footer",
  },
  customViews: { "zh-CN": "自定义视图 {count} 个", "en-US": "{count} custom views" },
  sheetScopedNames: {
    "zh-CN": "仅限本表的名称 {count} 个（将变为整个工作簿的名称，同名的只留一个）：{names}",
    "en-US":
      "{count} sheet-level names (they become workbook-wide, and of names alike only one stays): {names}",
  },
  formulaNames: {
    "zh-CN": "以公式或常量定义的名称 {count} 个（将被删除）：{names}",
    "en-US": "{count} names defined by a formula or a constant (dropped): {names}",
  },
  macros: {
    "zh-CN": "宏（VBA 代码；副本为 .xlsx）",
    "en-US": "macros (VBA code; the copy is an .xlsx)",
  },
  externalLinks: { "zh-CN": "外部链接 {count} 个", "en-US": "{count} external links" },
  pivotTables: { "zh-CN": "数据透视表 {count} 个", "en-US": "{count} pivot tables" },
  slicers: { "zh-CN": "切片器和日程表 {count} 个", "en-US": "{count} slicers and timelines" },
  threadedComments: {
    "zh-CN": "会话式批注的回复（首条批注保留）",
    "en-US": "replies in threaded comments (the first note stays)",
  },
  dataConnections: {
    "zh-CN": "数据连接和查询 {count} 个",
    "en-US": "{count} data connections and queries",
  },
  embeddedObjects: { "zh-CN": "嵌入的文件 {count} 个", "en-US": "{count} embedded files" },
  cellPictures: { "zh-CN": "嵌入单元格的图片", "en-US": "pictures placed in cells" },
  customProperties: { "zh-CN": "自定义文档属性", "en-US": "custom document properties" },
  customXml: { "zh-CN": "自定义 XML 数据 {count} 项", "en-US": "{count} custom XML items" },
};

/** The words for a file problem (a `FileProblem`'s code and parameters) in the given language. */
export function problemMessage(
  locale: Locale,
  code: FileProblemCode,
  params: FileProblemParams
): string {
  let where = cliMessage(locale, "whereWorkbook");
  if (code === "damagedXml") {
    const part = String(params.part ?? "");
    where =
      params.sheet !== undefined && params.sheet !== ""
        ? cliMessage(locale, "whereSheet", { sheet: String(params.sheet), part })
        : part !== ""
          ? cliMessage(locale, "wherePart", { part })
          : where;
  }
  return fill(problemCatalogue[code][locale], { ...params, where });
}

/** One line of what the copy cannot keep. */
export function lossMessage(locale: Locale, loss: CopyLoss): string {
  const what = fill(lossCatalogue[loss.kind][locale], {
    count: loss.count,
    names: (loss.names ?? []).join(cliMessage(locale, "listSeparator")),
  });
  const where = loss.sheet === "" ? "" : cliMessage(locale, "lossWhere", { sheet: loss.sheet });
  return cliMessage(locale, "lossLine", { where, what });
}
