import type { Locale } from "../engine";

export type { Locale } from "../engine";

/**
 * The command line's own words (命令行文字), zh-CN first and en-US too. Table and summary messages
 * come from the engine's catalogue; these are the CLI's usage, reports and file problems.
 */
const cliCatalogue = {
  unknownCommand: { "zh-CN": "未知命令“{command}”", "en-US": 'Unknown command "{command}"' },
  missingCommand: {
    "zh-CN": "缺少命令（summary、city、year-end、forms、collect 或 template）",
    "en-US": "Missing command (summary, city, year-end, forms, collect or template)",
  },
  unknownOption: { "zh-CN": "未知选项“{option}”", "en-US": 'Unknown option "{option}"' },
  missingValue: { "zh-CN": "选项 {option} 缺少取值", "en-US": "Option {option} needs a value" },
  repeatedOption: { "zh-CN": "选项 {option} 重复", "en-US": "Option {option} is given twice" },
  extraArgument: { "zh-CN": "多余的参数“{value}”", "en-US": 'Unexpected argument "{value}"' },
  missingInput: {
    "zh-CN": "缺少输入工作簿（.xlsx）",
    "en-US": "Missing the input workbook (.xlsx)",
  },
  missingLedger: {
    "zh-CN": "缺少台账工作簿（.xlsx）",
    "en-US": "Missing the ledger workbook (.xlsx)",
  },
  missingReturns: {
    "zh-CN": "缺少要汇总的报送表（台账之后列出一个或多个 .xlsx 文件）",
    "en-US": "Missing the returned forms (one or more .xlsx files after the ledger)",
  },
  badDueDay: {
    "zh-CN": "报送期限“{value}”无效，应为1至31之间的整数（次月几日）",
    "en-US":
      'Due day "{value}" is invalid: use a whole number from 1 to 31 (the day of the next month)',
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
  badSetting: {
    "zh-CN": "选项 {option} 的取值“{value}”无效：{rule}",
    "en-US": 'Option {option} cannot be "{value}": {ruleEn}',
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
  docxWritten: { "zh-CN": "已生成Word文档：{file}", "en-US": "Word document written: {file}" },
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
  batchOutFile: {
    "zh-CN": "多个工作簿时 --out 应为文件夹，不能是工作簿“{value}”：每个县的通报各自写入该文件夹",
    "en-US":
      'With several workbooks --out names a folder, not the workbook "{value}": each county\'s summary is written into it',
  },
  batchJson: {
    "zh-CN": "多个工作簿时不能用 --json（每个工作簿单独运行时可用）",
    "en-US": "--json cannot be used with several workbooks (run each workbook on its own for it)",
  },
  batchCounty: {
    "zh-CN": "多个工作簿时不能用 --county：各县名称从各自表格的标题读取",
    "en-US":
      "--county cannot be used with several workbooks: each county is read from its own title",
  },
  listSeparator: { "zh-CN": "、", "en-US": ", " },
} as const;

/** A key of the CLI's catalogue. */
export type CliMessageKey = keyof typeof cliCatalogue;

/**
 * Fills a template through the engine's one filler, required when the first message is made
 * (the catalogue itself loads nothing).
 */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { fillTemplate } = require("../engine") as typeof import("../engine");
  return fillTemplate(template, params);
}

/** A CLI message in the given language. */
export function cliMessage(
  locale: Locale,
  key: CliMessageKey,
  params: Readonly<Record<string, string | number>> = {}
): string {
  const template: string = cliCatalogue[key][locale];
  return fill(template, params);
}

/** 用法 (usage): the CLI's help, in Chinese then English. */
export const usageText = `用法：
  assess summary <输入.xlsx> --month <月份> [选项]   生成月度通报（进度通报、排名、加减分、预警、迟报）
  assess summary <工作簿或文件夹>... --month <月份> [选项]
                                                     多个县的工作簿在一个进程中逐个生成通报，最后列出各县状态
  assess city <各县工作簿或文件夹>... --month <月份> [选项]
                                                     全市排名：各县逐项指标排名（含组内排名），供各县粘贴
  assess year-end <输入.xlsx> [选项]                 生成年度考核汇总（分项、权重、加减分、总分、名次、等次）
  assess forms <台账.xlsx> --month <月份> [选项]     生成各牵头单位的报送表（每个单位一个工作簿）
  assess collect <台账.xlsx> <报送表.xlsx>... --month <月份> [选项]
                                                     把交回的报送表汇总进台账的副本（报送数、报送登记）
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
  --docx                      另在输出工作簿旁生成Word文档：预警通知（每单位一页）和月度进度通报
  --method auto|linear|checkpoint
                              序时进度：linear 均衡进度，checkpoint 按倒排节点；默认 auto 逐项自动
  --band <5>                  预警线（百分点），默认 5；5 或 5% 即5个百分点，小于1的数按小数
                              理解（0.05 即5个百分点）
  --sheet <名称>              分解表所在工作表，默认自动查找
  --county <县名>             标题中的县名，默认从表格标题读取
  --year <2016>               年份（标题、报送期限），默认从表格标题读取
  --ties competition|dense    并列名次：competition 为 1,1,3（默认），dense 为 1,1,2
  --periods <12>              每年期数，默认12个月
  月度规则（与“设置”表同名设置项的取法相同；给出的选项优先于“设置”表）：
  --ranking-measure pacegap|completion|composite  排名依据，默认平均进度差
  --bottom-count <3>          后几位算排名靠后    --group <山区县>  本县所属分组
  --pace-bonus <0.5>          超序时进度加分      --pace-deduction <0.5>  未达序时且靠后扣分
  --late-points <0.5>         迟报每次扣分        --due-day <15>  报送截止日（次月几日）
  --bonus-cap <3|none>        县考加分上限        --city-multiplier <2>  市考加减分倍数
  --interview-runs <2>        连续几期靠后列入约谈
  多个工作簿或文件夹时：文件夹中取 .xlsx 文件（本工具生成的通报等除外）；--out 为文件夹；
                              不能用 --json、--county；有失败的工作簿时退出码 1，其余照常生成
city 选项：
  --month <1-12>              数据月份（必填）
  --groups <分组.xlsx>        分组工作簿，含“县区”“分组”两列（山区县等），给出组内排名
  --for <县名>                只输出该县的行（不含县区列），即该县粘贴到本县工作簿的“全市排名”表
  --by pacegap|completion     排名依据：进度差（默认）或完成率，大者在前
  --ties competition|dense    并列名次：1,1,3（默认）或 1,1,2
  --out <文件.xlsx>           输出工作簿，默认在第一个输入旁生成“全市排名-07月.xlsx”
                              （--for 时为“全市排名-<县>-07月.xlsx”）
  --force                     --out 指定的文件已存在时覆盖
year-end 选项（权重、计分方法、等次分数线在工作簿的“设置”表中）：
  --out <文件.xlsx>           输出工作簿，默认在输入文件旁生成“<原名>.年度考核.xlsx”；从不改写输入文件
  --force                     --out 指定的文件已存在时覆盖
  --json                      另在标准输出打印年度考核结果（JSON）
  --year <2018>               考核年度，默认取“设置”表或标题中的年份
  --county <县名>             标题中的县名，默认取“设置”表或标题
forms 选项：
  --month <1-12>              数据月份（必填）：8 表示各单位报送截至8月底的累计数
  --out <文件夹>              报送表存放的文件夹（没有则新建），默认为台账所在文件夹；文件名为
                              “报送表-<单位>-8月.xlsx”
  --force                     覆盖已存在的报送表（默认只要有一份已存在，就一份也不生成）
  --year <2016>               年份（标题、报送期限），默认从台账标题读取
  --due-day <15>              报送期限为次月几日，默认15日
collect 选项（从不改写台账本身，输出台账的副本）：
  --month <1-12>              数据月份（必填），与报送表的月份不符的不汇总
  --dry-run                   试运行：只列出将有的改动，不写任何文件
  --force                     台账中已有、且与报送数不同的数改为报送数（默认不覆盖，列为冲突）；
                              与 forms 不同，不会覆盖已存在的输出文件
  --out <文件.xlsx>           输出工作簿，默认在台账旁生成“<原名>.08月汇总.xlsx”；已存在时不写入
  --year <2016>               年份，默认从台账标题读取
template 选项：
  --force                     输出文件已存在时覆盖
通用选项：
  --lang zh-CN|en-US          提示信息的语言（也可设环境变量 ASSESS_LANG），默认中文

退出码：0 成功（可有提示）；1 输入或输出有误、未生成（含 --strict 时有错误）；2 用法错误

Usage:
  assess summary <in.xlsx> --month <month> [options]   monthly summary sheets
  assess summary <workbook or folder>... --month <month> [options]
                                                       many counties' workbooks in one process, then
                                                       a table of every county's statuses
  assess city <county workbook or folder>... --month <month> [options]
                                                       the city's ranking of the counties per indicator
  assess year-end <in.xlsx> [options]                  the year-end assessment sheet (scores, grades)
  assess forms <ledger.xlsx> --month <month> [options]
                                                       a return form for each lead unit (one workbook each)
  assess collect <ledger.xlsx> <return.xlsx>... --month <month> [options]
                                                       the returned forms into a copy of the ledger
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
  --docx                      also write Word documents beside the output: the notices (one a
                              page) and the monthly bulletin
  --method auto|linear|checkpoint
                              pace target: linear or by the table's checkpoints; default auto, per
                              indicator
  --band <5>                  warning band in percentage points, 5 by default; 5 or 5% = 5 points,
                              a number below 1 is a fraction (0.05 = 5 points)
  --sheet <name>              the table's sheet; default: found automatically
  --county <name>             county in the titles; default: from the table's title
  --year <2016>               year for titles and due dates; default: from the table's title
  --ties competition|dense    ranking ties: 1,1,3 (default) or 1,1,2
  --periods <12>              periods per year, 12 by default
  monthly rules (read as the 设置 sheet's rows of the same name; given options win over the sheet):
  --ranking-measure pacegap|completion|composite  what units are ranked by; default the pace gap
  --bottom-count <3>          last ranks that count as low    --group <山区县>  the county's group
  --pace-bonus <0.5>          points ahead of pace            --pace-deduction <0.5>  behind and low
  --late-points <0.5>         points per late report          --due-day <15>  due day, next month
  --bonus-cap <3|none>        cap of county bonus             --city-multiplier <2>  city points ×
  --interview-runs <2>        periods running low → 约谈
  with several workbooks or a folder: a folder's .xlsx files are taken (not this tool's own
                              outputs); --out names a folder; no --json or --county; exit 1 if any
                              failed, the others are still written
city options:
  --month <1-12>              data month (required)
  --groups <groups.xlsx>      a workbook with the columns 县区 and 分组 (山区县 …): ranks in groups
  --for <county>              only that county's rows (no 县区 column): the 全市排名 sheet it pastes
  --by pacegap|completion     rank by pace gap (default) or completion, larger first
  --ties competition|dense    ranking ties: 1,1,3 (default) or 1,1,2
  --out <file.xlsx>           output workbook; default "全市排名-07月.xlsx" beside the first input
                              ("全市排名-<county>-07月.xlsx" with --for)
  --force                     overwrite an existing --out file
year-end options (weights, scoring methods and grade thresholds live on the workbook's 设置 sheet):
  --out <file.xlsx>           output workbook; default "<input>.年度考核.xlsx" beside the input
  --force                     overwrite an existing --out file
  --json                      also print the year-end results as JSON on stdout
  --year <2018>               the year assessed; default: from 设置 or the titles
  --county <name>             county in the title; default: from 设置 or the titles
forms options:
  --month <1-12>              data month (required): 8 = the units report cumulative figures to the
                              end of August
  --out <folder>              the folder for the forms (made if missing); default: the ledger's
                              folder; files are named "报送表-<unit>-8月.xlsx"
  --force                     overwrite existing forms (by default, if any exists none is written)
  --year <2016>               year for titles and the due date; default: from the ledger's title
  --due-day <15>              the day of the next month the figures are due, 15 by default
collect options (the ledger itself is never written; the output is a copy of it):
  --month <1-12>              data month (required); returns for another month are not collected
  --dry-run                   list what would change; write nothing
  --force                     replace ledger figures that differ from the returned ones (by
                              default they are left and reported as conflicts); unlike forms, it
                              never overwrites an existing output file
  --out <file.xlsx>           output workbook; default "<ledger>.08月汇总.xlsx" beside the ledger;
                              nothing is written if it exists
  --year <2016>               year; default: from the ledger's title
template options:
  --force                     overwrite an existing output file
common options:
  --lang zh-CN|en-US          language of the messages (or ASSESS_LANG); Chinese by default

Exit codes: 0 done (warnings allowed); 1 the input or output stopped it, nothing written (also
errors with --strict); 2 bad usage
`;
