/**
 * The columns of the year-end side sheets (年度评分, 设置), as plain data without exceljs, so the
 * sample's figures (scripts/panshan-year-end.ts) and the tests share them with the template.
 */
/** A column of a side sheet: header, width, number format. */
export interface SideColumn {
  readonly header: string;
  readonly width: number;
  readonly numberFormat?: string;
}

/** The name of the scores sheet the template makes. */
export const scoresSheetName = "年度评分";

/**
 * The columns of the 年度评分 sheet, each part with the input its default method wants (see the
 * 设置 sheet): completion rates for the provincial and city tasks, deductions for the process score,
 * scores for the rest; 一票否决 是/否 with its reason.
 */
export const yearEndScoreColumns: readonly SideColumn[] = [
  { header: "单位", width: 14 },
  { header: "省专项指标（完成率）", width: 11, numberFormat: "0%" },
  { header: "市专项指标（完成率）", width: 11, numberFormat: "0%" },
  { header: "部门自身工作（得分）", width: 11, numberFormat: "0.00" },
  { header: "过程考核（扣分）", width: 10, numberFormat: "0.00" },
  { header: "共性指标", width: 9, numberFormat: "0.00" },
  { header: "县政府领导评价", width: 9, numberFormat: "0.00" },
  { header: "专项行动领导小组办公室评价", width: 12, numberFormat: "0.00" },
  { header: "互评", width: 8, numberFormat: "0.00" },
  { header: "一票否决", width: 8 },
  { header: "否决事由", width: 22 },
  { header: "备注", width: 20 },
];

/** The columns of the 设置 sheet, as `readSettingsSheet` reads them. */
export const settingColumns: readonly SideColumn[] = [
  { header: "设置项", width: 30 },
  { header: "取值", width: 12 },
  { header: "说明", width: 72 },
];
