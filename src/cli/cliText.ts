/**
 * What stops a read or a write (a `FileProblem`), in the clerk's words: each names the file and
 * says what to do.
 */
const problemCatalogue = {
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
const lossCatalogue = {
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

/**
 * The command line's own words (命令行文字), zh-CN first and en-US too. Table and summary messages
 * come from the engine's catalogue; these are the CLI's usage, reports and file problems.
 */
const cliCatalogue = {
  unknownCommand: { "zh-CN": "未知命令“{command}”", "en-US": 'Unknown command "{command}"' },
  missingCommand: {
    "zh-CN": "缺少命令（summary 或 template）",
    "en-US": "Missing command (summary or template)",
  },
  unknownOption: { "zh-CN": "未知选项“{option}”", "en-US": 'Unknown option "{option}"' },
  missingValue: { "zh-CN": "选项 {option} 缺少取值", "en-US": "Option {option} needs a value" },
  repeatedOption: { "zh-CN": "选项 {option} 重复", "en-US": "Option {option} is given twice" },
  extraArgument: { "zh-CN": "多余的参数“{value}”", "en-US": 'Unexpected argument "{value}"' },
  missingInput: {
    "zh-CN": "缺少输入工作簿（.xlsx）",
    "en-US": "Missing the input workbook (.xlsx)",
  },
  missingOutput: {
    "zh-CN": "缺少输出文件名（.xlsx）",
    "en-US": "Missing the output file name (.xlsx)",
  },
  missingMonth: {
    "zh-CN": "缺少 --month（数据月份，1至{periods}）",
    "en-US": "Missing --month (the data month, 1 to {periods})",
  },
  badMonth: {
    "zh-CN": "月份“{value}”无效，应为1至{periods}之间的整数",
    "en-US": 'Month "{value}" is invalid: use a whole number from 1 to {periods}',
  },
  badPeriods: {
    "zh-CN": "期数“{value}”无效，应为正整数（每年12个月即12）",
    "en-US": 'Periods "{value}" is invalid: use a positive whole number (12 for months)',
  },
  badChoice: {
    "zh-CN": "选项 {option} 的取值“{value}”无效，可用：{allowed}",
    "en-US": 'Option {option} cannot be "{value}"; use one of: {allowed}',
  },
  badBand: {
    "zh-CN":
      "预警线“{value}”无效，应为0到100个百分点：写 5 或 5% 即5个百分点，小于1的数按小数理解（0.05 即5个百分点）",
    "en-US":
      'Warning band "{value}" is invalid: use 0 to 100 percentage points; 5 or 5% is 5 points, a number below 1 is a fraction (0.05 = 5 points)',
  },
  badYear: {
    "zh-CN": "年份“{value}”无效，应为四位数年份，如2016",
    "en-US": 'Year "{value}" is invalid: use a four-digit year such as 2016',
  },
  badText: { "zh-CN": "选项 {option} 不能为空", "en-US": "Option {option} must not be blank" },
  usageLine: {
    "zh-CN": "错误：{message}。运行 assess help 查看用法",
    "en-US": "Error: {message}. Run assess help for the usage",
  },
  severityError: { "zh-CN": "错误", "en-US": "Error" },
  severityWarning: { "zh-CN": "提示", "en-US": "Warning" },
  diagnosticLine: { "zh-CN": "{severity}：{text}", "en-US": "{severity}: {text}" },
  written: { "zh-CN": "已生成通报工作簿：{file}", "en-US": "Summary workbook written: {file}" },
  copyWritten: {
    "zh-CN": "已生成带通报的工作簿副本：{file}",
    "en-US": "Copy of the workbook with the summary written: {file}",
  },
  sheetsWritten: { "zh-CN": "通报工作表：{sheets}", "en-US": "Summary sheets: {sheets}" },
  renamed: {
    "zh-CN": "工作簿中已有工作表“{wanted}”（不是本工具生成的，未改动），通报写入“{used}”",
    "en-US":
      'The workbook already has a sheet "{wanted}" (not made by this tool, left as it is); the summary went to "{used}"',
  },
  replaced: {
    "zh-CN": "已替换本工具此前为该月生成、未被改动过的工作表：{sheets}",
    "en-US": "Replaced this tool's earlier, untouched sheets for the month: {sheets}",
  },
  keptRenamed: {
    "zh-CN": "工作表“{sheet}”是本工具此前生成的，但已被改名，视为您的工作表，保留未动",
    "en-US":
      'The sheet "{sheet}" was made by this tool but has been renamed: it is taken as yours and left as it is',
  },
  keptEdited: {
    "zh-CN": "工作表“{sheet}”是本工具此前生成的，但内容已被修改，视为您的工作表，保留未动",
    "en-US":
      'The sheet "{sheet}" was made by this tool but has been edited: it is taken as yours and left as it is',
  },
  keptUnverifiable: {
    "zh-CN":
      "工作表“{sheet}”是此前生成的通报，但无法确认是否被修改过（由任务窗格或旧版本生成），保留未动",
    "en-US":
      'The sheet "{sheet}" is an earlier summary, but whether it was edited cannot be told (made by the task pane or an older version): left as it is',
  },
  lossesHeading: {
    "zh-CN":
      "注意：副本（--copy）无法保留原工作簿中的以下内容（原文件不会改动，可在原文件中查看）：",
    "en-US":
      "Note: the copy (--copy) cannot keep the following of the original workbook (the original is left unchanged; see them there):",
  },
  lossLine: { "zh-CN": "  {where}{what}", "en-US": "  {where}{what}" },
  lossWhere: { "zh-CN": "工作表“{sheet}”：", "en-US": 'sheet "{sheet}": ' },
  counts: {
    "zh-CN":
      "{month}月：指标{total}项，正常{onPace}项、滞后{lagging}项、严重滞后{serious}项、未报送{notReported}项{unjudged}；预警提示单{notices}份、督办单{orders}份；迟报{late}个",
    "en-US":
      "Month {month}: {total} indicators, {onPace} on pace, {lagging} lagging, {serious} seriously lagging, {notReported} not reported{unjudgedEn}; {notices} notices, {orders} supervision orders; {late} late reports",
  },
  diagnosticsCount: {
    "zh-CN": "检查发现：错误{errors}个、提示{warnings}个（见上）",
    "en-US": "Checks found {errors} errors and {warnings} warnings (above)",
  },
  strictStopped: {
    "zh-CN": "检查发现{errors}个错误，按 --strict 未生成通报：请按上面的提示改正后再运行",
    "en-US":
      "{errors} errors found; with --strict nothing was written: correct them as shown above and run again",
  },
  stopped: { "zh-CN": "未能生成通报：{reason}", "en-US": "No summary made: {reason}" },
  templateStopped: {
    "zh-CN": "未能生成模板：{reason}",
    "en-US": "No template made: {reason}",
  },
  noTable: {
    "zh-CN": "工作簿中没有找到任务分解表（见上方诊断）",
    "en-US": "No decomposition table was found in the workbook (see the diagnostics above)",
  },
  internalError: {
    "zh-CN": "程序内部错误，请将以下信息发给维护人员：{reason}",
    "en-US": "Internal error; please send this to the maintainers: {reason}",
  },
  whereSheet: { "zh-CN": "工作表“{sheet}”（{part}）", "en-US": 'sheet "{sheet}" ({part})' },
  wherePart: { "zh-CN": "部件“{part}”", "en-US": 'part "{part}"' },
  whereWorkbook: { "zh-CN": "工作簿", "en-US": "workbook" },
  templateWritten: { "zh-CN": "已生成空白模板：{file}", "en-US": "Blank template written: {file}" },
  listSeparator: { "zh-CN": "、", "en-US": ", " },
};

/**
 * Fills a template through the engine's one filler. The engine (a hundred modules) is loaded on
 * the first message only, so `assess help` answers without it.
 */
function fill(template, params) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { fillTemplate } = require("../engine");
  return fillTemplate(template, params);
}

/** A CLI message in the given language. */
export function cliMessage(locale, key, params = {}) {
  return fill(cliCatalogue[key][locale], params);
}

/** The words for a file problem (a `FileProblem`'s code and parameters) in the given language. */
export function problemMessage(locale, code, params) {
  let where = cliMessage(locale, "whereWorkbook");
  if (code === "damagedXml") {
    const part = String(params.part ?? "");
    where =
      params.sheet !== undefined && params.sheet !== ""
        ? cliMessage(locale, "whereSheet", { sheet: params.sheet, part })
        : part !== ""
          ? cliMessage(locale, "wherePart", { part })
          : where;
  }
  return fill(problemCatalogue[code][locale], { ...params, where });
}

/** One line of what the copy cannot keep. */
export function lossMessage(locale, loss) {
  const what = fill(lossCatalogue[loss.kind][locale], {
    count: loss.count,
    names: (loss.names ?? []).join(cliCatalogue.listSeparator[locale]),
  });
  const where = loss.sheet === "" ? "" : cliMessage(locale, "lossWhere", { sheet: loss.sheet });
  return cliMessage(locale, "lossLine", { where, what });
}

/** 用法 (usage): the CLI's help, in Chinese then English. */
export const usageText = `用法：
  assess summary <输入.xlsx> --month <月份> [选项]   生成月度通报（进度通报、排名、加减分、预警、迟报）
  assess year-end <输入.xlsx> [选项]                 生成年度考核汇总（分项、权重、加减分、总分、名次、等次）
  assess template <输出.xlsx> [--force]              生成空白台账模板
  assess help                                        显示本说明

summary 选项：
  --month <1-12>              数据月份（必填）：7 表示截至7月底的累计数
  --out <文件.xlsx>           输出工作簿；默认在输入文件旁生成“<原名>.07月通报.xlsx”（已有同名
                              文件时为“…07月通报(2).xlsx”），从不改写输入文件
  --copy                      输出原工作簿的副本加通报工作表（默认只输出通报工作表）；先列出
                              副本保留不了的内容（形状、图表、迷你图、分页符等）
  --force                     --out 指定的文件已存在时覆盖
  --strict                    检查发现错误时不生成通报，退出码 1
  --json                      另在标准输出打印汇总结果（JSON），提示信息改走标准错误
  --method linear|checkpoint  序时进度：linear 均衡进度，checkpoint 按倒排节点；默认逐项自动
  --band <5>                  预警线（百分点），默认 5；5 或 5% 即5个百分点，小于1的数按小数
                              理解（0.05 即5个百分点）
  --sheet <名称>              分解表所在工作表，默认自动查找
  --county <县名>             标题中的县名，默认从表格标题读取
  --year <2016>               年份（标题、报送期限），默认从表格标题读取
  --ties competition|dense    并列名次：competition 为 1,1,3（默认），dense 为 1,1,2
  --periods <12>              每年期数，默认12个月
year-end 选项（权重、计分方法、等次分数线在工作簿的“设置”表中）：
  --out <文件.xlsx>           输出工作簿，默认在输入文件旁生成“<原名>.年度考核.xlsx”；从不改写输入文件
  --json                      另在标准输出打印年度考核结果（JSON）
  --year <2018>               考核年度，默认取“设置”表或标题中的年份
  --county <县名>             标题中的县名，默认取“设置”表或标题
template 选项：
  --force                     输出文件已存在时覆盖
通用选项：
  --lang zh-CN|en-US          提示信息的语言（也可设环境变量 ASSESS_LANG），默认中文

退出码：0 成功（可有提示）；1 输入或输出有误、未生成（含 --strict 时有错误）；2 用法错误

Usage:
  assess summary <in.xlsx> --month <month> [options]   monthly summary sheets
  assess year-end <in.xlsx> [options]                  the year-end assessment sheet (scores, grades)
  assess template <out.xlsx> [--force]                 a blank ledger template
  assess help                                          this text

summary options:
  --month <1-12>              data month (required): 7 = cumulative figures to the end of July
  --out <file.xlsx>           output workbook; default "<input>.07月通报.xlsx" beside the input
                              ("…07月通报(2).xlsx" when that exists); the input is never written
  --copy                      write a copy of the input with the summary sheets (by default only
                              the summary sheets); first lists what the copy cannot keep
  --force                     overwrite the --out file if it exists
  --strict                    errors in the checks stop the run (exit 1, nothing written)
  --json                      also print the summary as JSON on stdout (messages go to stderr)
  --method linear|checkpoint  pace target: linear or by the table's checkpoints; default per indicator
  --band <5>                  warning band in percentage points, 5 by default; 5 or 5% = 5 points,
                              a number below 1 is a fraction (0.05 = 5 points)
  --sheet <name>              the table's sheet; default: found automatically
  --county <name>             county in the titles; default: from the table's title
  --year <2016>               year for titles and due dates; default: from the table's title
  --ties competition|dense    ranking ties: 1,1,3 (default) or 1,1,2
  --periods <12>              periods per year, 12 by default
year-end options (weights, scoring methods and grade thresholds live on the workbook's 设置 sheet):
  --out <file.xlsx>           output workbook; default "<input>.年度考核.xlsx" beside the input
  --json                      also print the year-end results as JSON on stdout
  --year <2018>               the year assessed; default: from 设置 or the titles
  --county <name>             county in the title; default: from 设置 or the titles
template options:
  --force                     overwrite an existing output file
common options:
  --lang zh-CN|en-US          language of the messages (or ASSESS_LANG); Chinese by default

Exit codes: 0 done (warnings allowed); 1 the input or output stopped it, nothing written (also
errors with --strict); 2 bad usage
`;
