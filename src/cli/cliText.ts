import { fillTemplate } from "../engine";
/**
 * The command line's own words (命令行文字), zh-CN first and en-US too. Table and summary messages
 * come from the engine's catalogue; these are only the CLI's usage, option errors and reports.
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
    "zh-CN": "预警线“{value}”无效，应为0到1之间的小数（如0.05，即5个百分点）或百分数（如5%）",
    "en-US":
      'Warning band "{value}" is invalid: use a fraction between 0 and 1 (0.05 = 5 points) or a percentage (5%)',
  },
  badYear: {
    "zh-CN": "年份“{value}”无效，应为四位数年份，如2016",
    "en-US": 'Year "{value}" is invalid: use a four-digit year such as 2016',
  },
  badText: { "zh-CN": "选项 {option} 不能为空", "en-US": "Option {option} must not be blank" },
  written: { "zh-CN": "已生成通报工作簿：{file}", "en-US": "Summary workbook written: {file}" },
  sheetsWritten: { "zh-CN": "新增工作表：{sheets}", "en-US": "Sheets added: {sheets}" },
  docxWritten: { "zh-CN": "已生成Word文档：{file}", "en-US": "Word document written: {file}" },
  renamed: {
    "zh-CN": "工作簿中已有工作表“{wanted}”（不是本工具生成的，未改动），通报写入“{used}”",
    "en-US":
      'The workbook already has a sheet "{wanted}" (not made by this tool, left as it is); the summary went to "{used}"',
  },
  replaced: {
    "zh-CN": "已替换本工具此前为该月生成的工作表：{sheets}",
    "en-US": "Replaced the sheets this tool made earlier for the month: {sheets}",
  },
  notKept: {
    "zh-CN": "注意：原工作簿中的{parts}无法复制到新工作簿，请在原工作簿中查看（原文件未改动）",
    "en-US":
      "Note: the input's {parts} cannot be copied into the new workbook; see them in the original (left unchanged)",
  },
  counts: {
    "zh-CN":
      "{month}月：指标{total}项，正常{onPace}项、滞后{lagging}项、严重滞后{serious}项、未报送{notReported}项{unjudged}；预警提示单{notices}份、督办单{orders}份；迟报{late}个",
    "en-US":
      "Month {month}: {total} indicators, {onPace} on pace, {lagging} lagging, {serious} seriously lagging, {notReported} not reported{unjudgedEn}; {notices} notices, {orders} supervision orders; {late} late reports",
  },
  diagnosticsCount: {
    "zh-CN": "检查发现：错误{errors}个、警告{warnings}个（见上）",
    "en-US": "Checks found {errors} errors and {warnings} warnings (above)",
  },
  stopped: { "zh-CN": "未能生成通报：{reason}", "en-US": "No summary made: {reason}" },
  noTable: {
    "zh-CN": "工作簿中没有找到任务分解表（见上方诊断）",
    "en-US": "No decomposition table was found in the workbook (see the diagnostics above)",
  },
  internalError: {
    "zh-CN": "程序内部错误，请将以下信息发给维护人员：{reason}",
    "en-US": "Internal error; please send this to the maintainers: {reason}",
  },
  fileExists: {
    "zh-CN": "文件“{file}”已存在，未覆盖；如确要覆盖请加 --force",
    "en-US": 'The file "{file}" exists and was left as it is; add --force to overwrite it',
  },
  templateWritten: { "zh-CN": "已生成空白模板：{file}", "en-US": "Blank template written: {file}" },
  listSeparator: { "zh-CN": "、", "en-US": ", " },
} as const;

/** A key of the CLI's catalogue. */
export type CliMessageKey = keyof typeof cliCatalogue;

/** A CLI message in the given language. */
export function cliMessage(
  locale: "zh-CN" | "en-US",
  key: CliMessageKey,
  params: Readonly<Record<string, string | number>> = {}
): string {
  const template: string = cliCatalogue[key][locale];
  return fillTemplate(template, params);
}

/** 用法 (usage): the CLI's help, in Chinese then English. */
export const usageText = `用法：
  assess summary <输入.xlsx> --month <月份> [选项]   生成月度通报（进度通报、排名、加减分、预警、迟报）
  assess year-end <输入.xlsx> [选项]                 生成年度考核汇总（分项、权重、加减分、总分、名次、等次）
  assess template <输出.xlsx> [--force]              生成空白台账模板
  assess help                                        显示本说明

summary 选项：
  --month <1-12>              数据月份（必填）：7 表示截至7月底的累计数
  --out <文件.xlsx>           输出工作簿（原工作簿的副本加通报工作表），默认在输入文件旁
                              生成“<原名>.07月通报.xlsx”；从不改写输入文件
  --json                      另在标准输出打印汇总结果（JSON），提示信息改走标准错误
  --docx                      另在输出工作簿旁生成Word文档：预警通知（每单位一页）和月度进度通报
  --method linear|checkpoint  序时进度：linear 均衡进度，checkpoint 按倒排节点；默认逐项自动
  --band <0.05>               预警线（滞后与严重滞后的界线），默认 0.05 即5个百分点，也可写 5%
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

退出码：0 成功（可有警告）；1 输入有误、无法汇总；2 用法错误

Usage:
  assess summary <in.xlsx> --month <month> [options]   monthly summary sheets
  assess year-end <in.xlsx> [options]                  the year-end assessment sheet (scores, grades)
  assess template <out.xlsx> [--force]                 a blank ledger template
  assess help                                          this text

summary options:
  --month <1-12>              data month (required): 7 = cumulative figures to the end of July
  --out <file.xlsx>           output workbook (a copy of the input with the summary sheets);
                              default "<input>.07月通报.xlsx" beside the input; the input is never written
  --json                      also print the summary as JSON on stdout (messages go to stderr)
  --docx                      also write Word documents beside the output: the notices (one a
                              page) and the monthly bulletin
  --method linear|checkpoint  pace target: linear or by the table's checkpoints; default per indicator
  --band <0.05>               warning band, a fraction (0.05 = 5 percentage points) or a percentage (5%)
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

Exit codes: 0 success (warnings allowed); 1 the input stopped the summary; 2 bad usage
`;
