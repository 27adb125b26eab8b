import { dueDateText, fillTemplate, Locale } from "../../engine";

/** The returns card's own words, zh-CN first (the rest of the pane's are in i18n.ts). */
const words = {
  title: { "zh-CN": "报送表", "en-US": "Return forms" },
  formsHint: {
    "zh-CN":
      "为{month}月的每个牵头单位生成一个报送表（.xlsx）：列出其指标、上月累计，填报格只收数字，截止{due}。发给各单位填好后收回，在下方汇总进台账。一次生成全部：assess forms <台账> --month {month}。",
    "en-US":
      "Makes one return form (.xlsx) per lead unit for month {month}: its indicators, last month's figures, cells that take numbers only, due {due}. Send them out, collect them below. All at once: assess forms <ledger> --month {month}.",
  },
  listForms: { "zh-CN": "列出{month}月报送表", "en-US": "List the month {month} forms" },
  listing: { "zh-CN": "正在读取分解表…", "en-US": "Reading the table…" },
  formItem: { "zh-CN": "{unit}（{count}项指标）", "en-US": "{unit} ({count} indicators)" },
  makeForm: { "zh-CN": "生成", "en-US": "Make" },
  making: { "zh-CN": "正在生成…", "en-US": "Making…" },
  downloaded: { "zh-CN": "已下载 {file}", "en-US": "Downloaded {file}" },
  opened: {
    "zh-CN": "已在新的Excel工作簿中打开，请另存为“{file}”后发给{unit}",
    "en-US": 'Opened as a new Excel workbook: save it as "{file}" and send it to {unit}',
  },
  formsFailed: { "zh-CN": "未能生成报送表", "en-US": "No return form was made" },
  collectTitle: { "zh-CN": "汇总收回的报送表", "en-US": "Collect the returned forms" },
  collectHint: {
    "zh-CN":
      "选择各单位发回的报送表（可多选）：先列出将写入台账的数据和报送日期（到达日期取表中填报日期，未填取文件修改日期），确认后才写入；已有且不同的数据不改，除非勾选覆盖。",
    "en-US":
      "Choose the returned forms (several at once): the figures and arrival dates that would go into the ledger are listed first (arrival: the form's date, else the file's modified date) and written only when you confirm; a different figure already there stays unless you tick replace.",
  },
  chooseFiles: { "zh-CN": "选择报送表文件…", "en-US": "Choose return files…" },
  fileInput: { "zh-CN": "报送表文件", "en-US": "Return files" },
  reading: { "zh-CN": "正在读取{count}个报送表…", "en-US": "Reading {count} returns…" },
  unreadable_tooLarge: {
    "zh-CN": "{file}：文件过大（{megabytes} MB，报送表只有几十KB），不是报送表，未汇总",
    "en-US":
      "{file}: too large ({megabytes} MB; a return form is a few dozen KB), not a return; not collected",
  },
  unreadable_notXlsx: {
    "zh-CN": "{file}：不是 .xlsx 工作簿（.xls 请先另存为 .xlsx），未汇总",
    "en-US": "{file}: not an .xlsx workbook (save an .xls as .xlsx first); not collected",
  },
  unreadable_other: {
    "zh-CN": "{file}：无法读取（{detail}），未汇总",
    "en-US": "{file}: cannot be read ({detail}); not collected",
  },
  fromFile: { "zh-CN": "{file}：{text}", "en-US": "{file}: {text}" },
  findingsTitle: {
    "zh-CN": "报送表检查（点击定位台账单元格）",
    "en-US": "What the returns show (click to go to the ledger's cell)",
  },
  changesTitle: { "zh-CN": "将写入台账", "en-US": "Would be written" },
  force: {
    "zh-CN": "以报送表为准，覆盖{count}个不同的已有数据",
    "en-US": "Replace the {count} differing figures with the returned ones",
  },
  write: {
    "zh-CN": "写入台账（{figures}个数据、{entries}条报送登记）",
    "en-US": "Write into the ledger ({figures} figures, {entries} arrivals)",
  },
  confirmTitle: { "zh-CN": "确认写入台账？", "en-US": "Write into the ledger?" },
  confirmBody: {
    "zh-CN":
      "将写入{figures}个数据、登记{entries}个单位的报送日期{created}。写入前会再次核对这些单元格，有人改过则不写入。Excel 可能无法撤销加载项的写入，重要台账请先保存。",
    "en-US":
      "{figures} figures and {entries} arrivals will be written{created}. Each cell is checked again first; if one changed, nothing is written. Excel may not undo an add-in's writes: save the ledger first if it matters.",
  },
  confirmCreated: {
    "zh-CN": "，并新建“{sheet}”工作表",
    "en-US": ', making the sheet "{sheet}"',
  },
  confirmOverwrite: {
    "zh-CN": "其中{count}个将改写台账中已有的不同数据。",
    "en-US": "{count} of them replace different figures already in the ledger.",
  },
  confirm: { "zh-CN": "确认写入", "en-US": "Write" },
  cancel: { "zh-CN": "取消", "en-US": "Cancel" },
  writing: { "zh-CN": "正在写入台账…", "en-US": "Writing into the ledger…" },
  written: {
    "zh-CN":
      "已写入{figures}个数据，登记{entries}个单位的报送日期。重新生成月度通报即可看到迟报和进度。",
    "en-US":
      "Wrote {figures} figures and registered {entries} arrivals. Generate the monthly summary again to see late reports and progress.",
  },
  nothing: {
    "zh-CN": "没有需要写入台账的内容。",
    "en-US": "Nothing to write into the ledger.",
  },
  collectFailed: { "zh-CN": "未能汇总报送表", "en-US": "The returns were not collected" },
} as const;

/** A key of the returns card's words. */
export type ReturnsWord = keyof typeof words;

/** The returns card's word `key` in `locale`, with its {placeholders} filled. */
export function say(
  locale: Locale,
  key: ReturnsWord,
  params: Readonly<Record<string, string | number>> = {}
): string {
  return fillTemplate(words[key][locale], params);
}

/** The due date in the clerk's words: "2016年9月15日" (zh-CN), the ISO date in en-US. */
export function dueText(locale: Locale, iso: string): string {
  return locale === "zh-CN" ? dueDateText(iso) : iso;
}
