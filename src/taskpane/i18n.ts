import * as React from "react";
import { Locale, fillTemplate } from "../engine";

/**
 * The task pane's message catalogue (界面文字), zh-CN first. Every string the pane shows goes through
 * {@link t} or {@link useMessages}; parameters are written `{name}`.
 */
const catalogue = {
  appTitle: { "zh-CN": "市考指标进度考核", "en-US": "Target progress assessment" },
  language: { "zh-CN": "界面语言", "en-US": "Language" },
  languageZh: { "zh-CN": "中文", "en-US": "中文" },
  languageEn: { "zh-CN": "English", "en-US": "English" },

  // Table card
  tableTitle: { "zh-CN": "任务分解表", "en-US": "Decomposition table" },
  tableSheet: { "zh-CN": "工作表：{sheet}", "en-US": "Sheet: {sheet}" },
  tableHeaderRows: { "zh-CN": "表头：第{first}–{last}行", "en-US": "Header: rows {first}–{last}" },
  tableHeaderRow: { "zh-CN": "表头：第{first}行", "en-US": "Header: row {first}" },
  tableIndicators: { "zh-CN": "共识别{count}项指标", "en-US": "{count} indicators read" },
  tableColumn: { "zh-CN": "列", "en-US": "Column" },
  tableHeader: { "zh-CN": "表头文字", "en-US": "Header" },
  tableRole: { "zh-CN": "含义", "en-US": "Role" },
  tableRoleFor: {
    "zh-CN": "第{column}列（{header}）的含义",
    "en-US": "Role of column {column} ({header})",
  },
  tableCorrected: { "zh-CN": "已按您的更正识别", "en-US": "Read with your corrections" },
  correctionsUnapplied: {
    "zh-CN": "以下列的更正未能生效（表头结构特殊）：{columns}。请直接修改表头文字后重新识别。",
    "en-US":
      "The corrections of these columns could not be applied (unusual header): {columns}. Edit the header text and detect again.",
  },
  redetect: { "zh-CN": "重新识别", "en-US": "Detect again" },
  restoreAutomatic: { "zh-CN": "恢复自动识别", "en-US": "Back to automatic reading" },
  restoreAutomaticHint: {
    "zh-CN": "放弃对各列含义的更正，按表头重新识别",
    "en-US": "Drop your column corrections and read the header again",
  },
  roleDoubtTitle: { "zh-CN": "请核对列的含义", "en-US": "Check the column roles" },
  roleDoubt_numbersAsNames: {
    "zh-CN": "{column}列（{header}）设为“{role}”，但该列多为数字，不像单位或人员名称。",
    "en-US":
      'Column {column} ({header}) is set as "{role}", but it holds mostly numbers, not names.',
  },
  roleDoubt_textAsFigures: {
    "zh-CN": "{column}列（{header}）设为“{role}”，但该列多为文字，不像目标或完成数。",
    "en-US":
      'Column {column} ({header}) is set as "{role}", but it holds mostly text, not figures.',
  },
  columnsChangedTitle: {
    "zh-CN": "因您将{column}列设为“{role}”，以下列的含义随之改变：",
    "en-US": 'Setting column {column} as "{role}" changed these columns too:',
  },
  columnChanged: {
    "zh-CN": "{column}列（{header}）：{before} → {after}",
    "en-US": "Column {column} ({header}): {before} → {after}",
  },
  columnsUnchanged: {
    "zh-CN": "已将{column}列设为“{role}”，其他列的含义未变。",
    "en-US": 'Column {column} is now "{role}"; no other column changed.',
  },
  noTableTitle: { "zh-CN": "未找到任务分解表", "en-US": "No decomposition table found" },
  noTableAdvice: {
    "zh-CN": "请打开含“指标”列以及“考核任务”“倒排时间”或“完成”等表头的工作表，然后点击“重新识别”。",
    "en-US":
      "Open a sheet whose header has an indicator column and a target, checkpoint or actual column, then choose Detect again.",
  },
  noTableSheets: { "zh-CN": "已查看的工作表：{sheets}", "en-US": "Sheets looked at: {sheets}" },

  // Column roles
  role_indicator: { "zh-CN": "指标名称", "en-US": "Indicator" },
  role_measure: { "zh-CN": "口径（绝对量/增幅）", "en-US": "Measure (absolute/growth)" },
  role_checkpoint: { "zh-CN": "倒排时间", "en-US": "Checkpoint" },
  role_unit: { "zh-CN": "单位", "en-US": "Unit" },
  role_target: { "zh-CN": "考核任务（目标）", "en-US": "Target" },
  role_leader: { "zh-CN": "包抓领导", "en-US": "Responsible leader" },
  role_leadUnit: { "zh-CN": "牵头单位", "en-US": "Lead unit" },
  role_units: { "zh-CN": "责任单位（牵头在前）", "en-US": "Responsible units (lead first)" },
  role_cooperatingUnits: { "zh-CN": "配合单位", "en-US": "Cooperating units" },
  role_person: { "zh-CN": "责任人", "en-US": "Responsible person" },
  role_supervisor: { "zh-CN": "监管部门", "en-US": "Supervising departments" },
  role_direction: { "zh-CN": "方向（正向/逆向）", "en-US": "Direction" },
  role_checkpointTarget: { "zh-CN": "节点目标", "en-US": "Checkpoint target" },
  role_actual: { "zh-CN": "累计完成", "en-US": "Cumulative actual" },
  role_lastYear: { "zh-CN": "上年同期", "en-US": "Same period last year" },
  role_month: { "zh-CN": "月份", "en-US": "Month" },
  role_ignore: { "zh-CN": "（不使用）", "en-US": "(not used)" },
  roleMonth: { "zh-CN": "{role}·{month}月", "en-US": "{role} · month {month}" },

  // Settings card
  settingsTitle: { "zh-CN": "本月设置", "en-US": "Settings for the month" },
  month: { "zh-CN": "数据月份", "en-US": "Data month" },
  monthOption: { "zh-CN": "{month}月", "en-US": "Month {month}" },
  paceMethod: { "zh-CN": "序时进度方法", "en-US": "Pace method" },
  paceAuto: {
    "zh-CN": "自动（有节点则按节点倒排）",
    "en-US": "Automatic (checkpoints when the table has them)",
  },
  paceCheckpoint: { "zh-CN": "按节点倒排", "en-US": "By checkpoints" },
  paceLinear: { "zh-CN": "均衡进度", "en-US": "Linear (balanced)" },
  band: { "zh-CN": "预警幅度（百分点）", "en-US": "Warning band (percentage points)" },
  bandHint: {
    "zh-CN": "落后不足此幅度为滞后，达到或超过为严重滞后",
    "en-US": "Behind by less is lagging; by this or more, seriously lagging",
  },
  periods: { "zh-CN": "每年期数", "en-US": "Periods per year" },
  monthFromActuals: {
    "zh-CN": "默认取表中最近有完成数的月份：{month}月（{count}项指标有完成数）",
    "en-US":
      "Defaults to the latest month with actuals in the table: month {month} ({count} indicators have one)",
  },
  monthFromSaved: {
    "zh-CN": "沿用您上次为本工作簿选择的月份：{month}月",
    "en-US": "The month you chose for this workbook last time: month {month}",
  },
  monthFromCalendar: {
    "zh-CN": "表中还没有完成数，默认取上月：{month}月",
    "en-US": "The table holds no actuals yet: defaults to last month, month {month}",
  },
  monthRemembered: {
    "zh-CN": "已记住所选月份（{month}月），下次打开本工作簿时沿用",
    "en-US": "Month {month} is remembered for the next time this workbook opens",
  },
  settingsInvalid: {
    "zh-CN": "“{name}”的值无效：预警幅度应在0至100之间，期数应为1至366的整数。",
    "en-US":
      '"{name}" is invalid: the band must be between 0 and 100, the periods a whole number from 1 to 366.',
  },

  moreSettings: { "zh-CN": "更多设置", "en-US": "More settings" },
  setting_ties: { "zh-CN": "并列名次", "en-US": "Ties" },
  ties_competition: { "zh-CN": "1,1,3（并列占位）", "en-US": "1,1,3 (competition)" },
  ties_dense: { "zh-CN": "1,1,2（中国式排名）", "en-US": "1,1,2 (dense)" },
  setting_bottomCount: { "zh-CN": "后N位", "en-US": "Low ranks (bottom N)" },
  setting_rankingMeasure: { "zh-CN": "排名依据", "en-US": "Ranked by" },
  measure_paceGap: { "zh-CN": "平均进度差", "en-US": "Average pace gap" },
  measure_completion: { "zh-CN": "完成率", "en-US": "Completion rate" },
  measure_composite: { "zh-CN": "综合得分", "en-US": "Composite score" },
  setting_bonusCap: { "zh-CN": "加分上限（分）", "en-US": "Bonus cap (points)" },
  noBonusCap: { "zh-CN": "不设上限", "en-US": "No cap" },
  setting_cityMultiplier: { "zh-CN": "市考加减分倍数", "en-US": "City points multiplier" },
  setting_dueDay: { "zh-CN": "报送截止日（次月）", "en-US": "Reports due (day of next month)" },
  setting_paceBonusPoints: { "zh-CN": "超序时进度加分", "en-US": "Bonus ahead of pace" },
  setting_paceDeductionPoints: {
    "zh-CN": "未达序时进度扣分",
    "en-US": "Deduction behind pace and low ranked",
  },
  setting_latePoints: { "zh-CN": "迟报扣分", "en-US": "Deduction per late report" },
  setting_interviewRuns: { "zh-CN": "约谈连续次数", "en-US": "Periods running for an interview" },
  setting_groupName: { "zh-CN": "所在分组", "en-US": "County group" },
  groupNameHint: { "zh-CN": "如山区县；空白为不分组", "en-US": "Such as 山区县; blank: none" },
  moreSettingInvalid: { "zh-CN": "取值无效", "en-US": "Invalid value" },
  saveToSheet: { "zh-CN": "保存到设置表", "en-US": "Save to the 设置 sheet" },
  saveToSheetHint: {
    "zh-CN": "设置随工作簿保存；“设置”表中的取值优先于此处，改动会写回该表。",
    "en-US":
      "Settings are saved with the workbook; values on the 设置 sheet come first, and changes here are written back to it.",
  },
  savedToSheet: { "zh-CN": "已写入“{sheet}”表", "en-US": "Written to the {sheet} sheet" },

  // Actions
  actionsTitle: { "zh-CN": "操作", "en-US": "Actions" },
  markLagging: { "zh-CN": "标记滞后指标", "en-US": "Mark lagging indicators" },
  clearMarks: { "zh-CN": "清除标记", "en-US": "Clear marks" },
  generate: { "zh-CN": "生成月度通报", "en-US": "Generate monthly summary" },
  generateHint: {
    "zh-CN": "一键生成：进度通报、排名、加减分汇总、预警、迟报",
    "en-US":
      "One click: progress bulletin, ranking, bonus/deduction summary, warnings, late reports",
  },

  emptyMonthTitle: {
    "zh-CN": "{month}月还没有任何完成数",
    "en-US": "No actuals for month {month} yet",
  },
  emptyMonthBody: {
    "zh-CN":
      "表中{total}项指标在{month}月均未填报累计完成数（有完成数的指标：0项），生成的通报将全部为“未报送”。",
    "en-US":
      "None of the table's {total} indicators has a cumulative actual for month {month} (indicators with actuals: 0): every line of the summary would read “not reported”.",
  },
  emptyMonthLatest: {
    "zh-CN": "最近有完成数的月份是{month}月（{count}项指标有完成数）。",
    "en-US": "The latest month with actuals is month {month} ({count} indicators have one).",
  },
  emptyMonthNone: {
    "zh-CN": "表中还没有任何月份的完成数。",
    "en-US": "The table holds no actuals for any month yet.",
  },
  emptyMonthConfirm: { "zh-CN": "仍然生成", "en-US": "Generate anyway" },
  emptyMonthCancel: { "zh-CN": "取消", "en-US": "Cancel" },

  // Progress
  working: { "zh-CN": "正在处理：{step}", "en-US": "Working: {step}" },
  stepOf: { "zh-CN": "第{number}步，共{count}步", "en-US": "Step {number} of {count}" },
  step_start: { "zh-CN": "启动任务窗格", "en-US": "Starting the task pane" },
  step_detect: { "zh-CN": "识别任务分解表", "en-US": "Detecting the decomposition table" },
  step_read: { "zh-CN": "读取工作簿", "en-US": "Reading the workbook" },
  step_compute: { "zh-CN": "计算序时进度与状态", "en-US": "Computing pace and status" },
  step_write: { "zh-CN": "写入通报工作表", "en-US": "Writing the summary sheets" },
  step_mark: { "zh-CN": "标记滞后指标", "en-US": "Marking lagging indicators" },
  step_clear: { "zh-CN": "清除标记", "en-US": "Clearing the marks" },
  step_defaults: {
    "zh-CN": "更新函数默认值并重算",
    "en-US": "Updating function defaults and recalculating",
  },
  step_save: { "zh-CN": "保存列的更正", "en-US": "Saving the column corrections" },
  step_saveMonth: { "zh-CN": "记住所选月份", "en-US": "Remembering the month chosen" },
  step_reset: { "zh-CN": "清除列的更正", "en-US": "Dropping the column corrections" },

  // Results
  resultsTitle: { "zh-CN": "{month}月结果", "en-US": "Results for month {month}" },
  countsLabel: { "zh-CN": "各状态指标数", "en-US": "Indicators by status" },
  countBadge: { "zh-CN": "{label} {count}", "en-US": "{label} {count}" },
  laggingTitle: {
    "zh-CN": "滞后指标（点击定位）",
    "en-US": "Lagging indicators (click to go there)",
  },
  laggingNone: {
    "zh-CN": "没有滞后或未报送的指标",
    "en-US": "No indicator is lagging or unreported",
  },
  laggingItem: { "zh-CN": "{name}（{measure}）", "en-US": "{name} ({measure})" },
  laggingGap: { "zh-CN": "进度差{gap}个百分点", "en-US": "pace gap {gap} points" },
  laggingLead: { "zh-CN": "牵头：{unit}", "en-US": "lead: {unit}" },
  diagnosticsTitle: {
    "zh-CN": "识别提示（点击定位）",
    "en-US": "Reader notes (click to go there)",
  },
  severity_error: { "zh-CN": "错误", "en-US": "Error" },
  severity_warning: { "zh-CN": "提示", "en-US": "Warning" },
  sheetsTitle: { "zh-CN": "已写入的工作表", "en-US": "Sheets written" },
  // Excel desktop blocks downloads from a task pane (office-js #1511), so the pane says where.
  wordDocuments: {
    "zh-CN":
      "预警通知和月度进度通报的Word文档（.docx）：在浏览器预览中点“下载预警通知（Word）”“下载进度通报（Word）”，或运行 assess summary <工作簿> --month <月> --docx。",
    "en-US":
      "The notices and the monthly bulletin as Word documents (.docx): use the preview's Word download buttons, or run assess summary <workbook> --month <m> --docx.",
  },
  sheetRenamed: {
    "zh-CN": "“{wanted}”是您自己的工作表，未改动；通报写在“{used}”中。",
    "en-US":
      '"{wanted}" is one of your own sheets and was left alone; the summary went to "{used}".',
  },
  sheetReplaced: {
    "zh-CN": "已替换本工具此前为同一月份生成的“{sheet}”。",
    "en-US": 'Replaced "{sheet}", made earlier by this tool for the same month.',
  },
  marked: {
    "zh-CN": "已在“{sheet}”中标记{count}行（可随时清除）。",
    "en-US": 'Marked {count} rows on "{sheet}" (you can clear them at any time).',
  },
  cleared: {
    "zh-CN": "已清除标记，表格恢复原样。",
    "en-US": "Marks cleared: the table is as it was.",
  },

  // Failures
  failedTitle: { "zh-CN": "未能完成：{step}", "en-US": "Could not finish: {step}" },
  advice_start: {
    "zh-CN": "请关闭并重新打开任务窗格；如仍失败，请联系管理员。",
    "en-US":
      "Close the task pane and open it again; if it still fails, contact your administrator.",
  },
  advice_detect: {
    "zh-CN": "请确认工作簿可以读取（未在编辑单元格），然后点击“重新识别”。",
    "en-US":
      "Make sure the workbook can be read (no cell is being edited), then choose Detect again.",
  },
  advice_read: {
    "zh-CN": "请退出单元格编辑状态后重试。",
    "en-US": "Leave cell editing and try again.",
  },
  advice_compute: {
    "zh-CN": "请按提示核对分解表中的数值和设置后重试。",
    "en-US": "Check the table's figures and the settings as the message says, then try again.",
  },
  advice_write: {
    "zh-CN": "请确认工作簿未受保护、未处于单元格编辑状态，然后重试；您的原始表格未被改动。",
    "en-US":
      "Make sure the workbook is not protected and no cell is being edited, then try again; your own table was not changed.",
  },
  advice_mark: {
    "zh-CN": "请确认分解表所在工作表未受保护，然后重试。",
    "en-US": "Make sure the table's sheet is not protected, then try again.",
  },
  advice_clear: {
    "zh-CN": "请确认工作表未受保护后重试；标记记录仍保留，可再次清除。",
    "en-US": "Make sure the sheet is not protected and try again; the record of the marks is kept.",
  },
  advice_defaults: {
    "zh-CN": "设置已生效于本窗格；如公式未更新，请按 Ctrl+Alt+F9 手动重算。",
    "en-US":
      "The settings apply in this pane; if formulas did not update, press Ctrl+Alt+F9 to recalculate.",
  },
  advice_save: {
    "zh-CN": "更正已用于本次识别，但未能保存到工作簿；请确认工作簿未受保护。",
    "en-US":
      "The correction was used this time but could not be saved in the workbook; make sure it is not protected.",
  },
  advice_saveMonth: {
    "zh-CN": "所选月份已用于本窗格，但未能保存到工作簿，下次打开时不会沿用；请确认工作簿未受保护。",
    "en-US":
      "The month applies in this pane but could not be saved in the workbook, so it will not be used next time; make sure the workbook is not protected.",
  },
  advice_reset: {
    "zh-CN": "未能清除保存的更正，各列仍按您的更正识别；请确认工作簿未受保护后重试。",
    "en-US":
      "The saved corrections could not be dropped and still apply; make sure the workbook is not protected and try again.",
  },
  advice_select: {
    "zh-CN": "该工作表可能已被改名或删除，请重新识别。",
    "en-US": "The sheet may have been renamed or deleted; choose Detect again.",
  },
  step_select: { "zh-CN": "定位单元格", "en-US": "Going to the cell" },
  step_settings: { "zh-CN": "保存设置", "en-US": "Saving the settings" },
  advice_settings: {
    "zh-CN": "设置已用于本窗格，但未能保存到工作簿；请确认工作簿和“设置”表未受保护。",
    "en-US":
      "The settings apply in this pane but could not be saved in the workbook; make sure it and its 设置 sheet are not protected.",
  },
  noTableToCorrect: {
    "zh-CN": "尚未识别到任务分解表，无法更正列的含义",
    "en-US": "No decomposition table has been found, so no column can be corrected",
  },
  summaryEmpty: {
    "zh-CN": "未能生成月度汇总",
    "en-US": "No monthly summary could be made",
  },
  formsNoTable: {
    "zh-CN": "尚未识别到任务分解表，无法生成报送表",
    "en-US": "No decomposition table has been found, so no return form can be made",
  },
  formsNone: {
    "zh-CN": "分解表中没有填写牵头单位的指标，无法生成报送表",
    "en-US": "No indicator of the table has a lead unit, so no return form can be made",
  },
  noWorkbook: {
    "zh-CN": "没有可用的工作簿：请在 Excel 中打开本加载项，或在预览页面中先载入一个 .xlsx 工作簿",
    "en-US":
      "No workbook is available: open the add-in in Excel, or load an .xlsx workbook in the preview first",
  },
  unknownError: {
    "zh-CN": "发生未知错误：{text}",
    "en-US": "An unexpected error occurred: {text}",
  },
  capabilitiesTitle: {
    "zh-CN": "此版本的 Excel 不支持部分功能",
    "en-US": "This version of Excel lacks some features",
  },
} as const;

/** A key of the task pane's message catalogue. */
export type PaneMessageKey = keyof typeof catalogue;

/** Parameters of a message. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** 界面文字: the message `key` in `locale`, its `{name}` parameters filled in. */
export function t(locale: Locale, key: PaneMessageKey, params: MessageParams = {}): string {
  const template: string = catalogue[key][locale];
  return fillTemplate(template, params);
}

/** What {@link useMessages} gives a component: the locale, a bound `t`, and the language switch. */
export interface Messages {
  readonly locale: Locale;
  readonly t: (key: PaneMessageKey, params?: MessageParams) => string;
  readonly setLocale: (locale: Locale) => void;
}

const MessagesContext = React.createContext<Messages>({
  locale: "zh-CN",
  t: (key, params) => t("zh-CN", key, params),
  setLocale: () => undefined,
});

/**
 * 语言提供者: holds the pane's language — the detected one (`initialLocale`) until the clerk picks
 * 中文 or English in the pane, which then overrides it.
 */
export function MessagesProvider(props: {
  readonly initialLocale: Locale;
  readonly children?: React.ReactNode;
}): React.JSX.Element {
  const [locale, setLocale] = React.useState<Locale>(props.initialLocale);
  const value = React.useMemo<Messages>(
    () => ({ locale, t: (key, params) => t(locale, key, params), setLocale }),
    [locale]
  );
  return React.createElement(MessagesContext.Provider, { value }, props.children);
}

/** The pane's messages in the current language. */
export function useMessages(): Messages {
  return React.useContext(MessagesContext);
}
