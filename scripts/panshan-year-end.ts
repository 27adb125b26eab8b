/**
 * The year-end sample (assets/samples/panshan-2018-year-end.xlsx) as plain rows: seed 003's method
 * (盘山县2018年专项行动绩效考评实施方案) — its weights, 完成比例法 with the 70% floor, 直接扣分法 for the
 * process score, its 加减分 rules and the 3-point bonus cap, all as the defaults of the 设置 sheet —
 * applied to twelve units of its 考评部门名单. The seed publishes no unit's scores: the figures are
 * made up, each unit showing one rule (a task it does not carry, a completion under 70%, a veto
 * over a 3-point city bonus, a 1.5-point city deduction …). The sample maker writes these rows and
 * the tests read them, so both work from one set of figures.
 */
import { CellValue, yearEndSettingRows } from "../src/engine";
import { settingColumns, SideColumn, yearEndScoreColumns } from "../src/xlsx/yearEndColumns";

/** One sheet of the sample: title, note, header and rows, laid out as the template's side sheets. */
export interface SampleSheet {
  readonly name: string;
  readonly title: string;
  readonly subtitle: string;
  readonly columns: readonly SideColumn[];
  readonly rows: readonly (readonly CellValue[])[];
}

/** 年度评分: one row per unit. Completion rates as fractions (shown as %), blank = 不承担. */
const scoreRows: readonly (readonly CellValue[])[] = [
  ["县发改局", 0.95, 0.9, 92, 4, 88, 90, 85, 86, "否", null, null],
  ["县财政局", 0.92, 0.9, 90, 3, 87, 88, 86, 85, "否", null, null],
  ["县统计局", 0.85, 0.8, 82, 5, 80, 82, 80, 78, "否", null, null],
  ["县农业局", 0.88, null, 84, 2, 86, 84, 80, 82, "否", null, null],
  ["县商务局", 0.65, 0.95, 90, 0, 85, 80, 80, 80, "否", null, null],
  ["县环保局", 0.98, 0.96, 95, 0, 92, 95, 92, 93, "是", "发生较大环境污染事件", null],
  ["县住建局", 0.96, 0.94, 93, 1, 90, 92, 90, 91, "否", null, null],
  ["县教育局", null, 0.93, 90, 2, 86, 86, 85, 88, "否", null, null],
  ["县水利局", 1.2, 0.9, 88, 2, 85, 85, 84, 85, "否", null, null],
  ["县交通局", 0.9, 0.85, 86, 6, 84, 83, 82, 84, "否", null, null],
  ["县卫计局", 0.9, 0.88, 87, 3, 86, 85, 85, 86, "否", null, null],
  ["沙岭镇", null, null, 88, 2, 85, 86, 84, 85, "否", null, null],
];

/** 加减分登记: the year's events (市考 是 = the city's points, counted double). */
const eventRows: readonly (readonly CellValue[])[] = [
  ["县发改局", "B04", 3, null, null, "项目建设工作三次受市政府单项通报表扬", "2018-05-10", "否"],
  ["县财政局", "B04", 1, null, null, "预算执行工作受市政府单项通报表扬", "2018-06-12", "否"],
  ["县财政局", "B08", 1, null, null, "财源建设受县政府单项表彰", "2018-09-03", "否"],
  ["县统计局", "B01", 1, null, null, "统计工作受省政府综合表彰（市考加分）", "2018-04-20", "是"],
  [
    "县统计局",
    "B02",
    2,
    null,
    null,
    "统计数据质量受市委、市政府通报表扬（市考加分）",
    "2018-07-08",
    "是",
  ],
  [
    "县统计局",
    "B06",
    2,
    null,
    null,
    "经济普查工作受市领导批示表扬（市考加分）",
    "2018-10-15",
    "是",
  ],
  [
    "县环保局",
    "B02",
    4,
    null,
    null,
    "大气、水污染防治受市委、市政府通报表扬（市考加分）",
    "2018-08-30",
    "是",
  ],
  [
    "县住建局",
    "P03",
    1,
    null,
    null,
    "保障性安居工程进度滞后受市政府通报批评（市考减分）",
    "2018-09-21",
    "是",
  ],
  ["县教育局", "P07", 2, null, null, "暗访发现工作推进拖沓", "2018-06-05", "否"],
  ["县水利局", "B07", 1, null, null, "防汛工作受县政府综合表彰", "2018-08-16", "否"],
];

/** 报送登记: the monthly reports the office registered; 县交通局 was late twice. */
const reportRows: readonly (readonly CellValue[])[] = [
  ["县交通局", 3, "2018-04-18"],
  ["县交通局", 8, "2018-09-20"],
  ["县交通局", 9, "2018-10-12"],
  ["县发改局", 3, "2018-04-13"],
  ["县发改局", 8, "2018-09-14"],
];

/** 分解表: the indicators and their responsible units (targets are made up). */
const tableRows: readonly (readonly CellValue[])[] = [
  ["全社会固定资产投资", "亿元", 120, "县发改局", "县住建局、县交通局", "王立新"],
  ["一般公共预算收入", "亿元", 15.6, "县财政局", null, "李春华"],
  ["统计调查任务完成率", "%", 100, "县统计局", null, "张明"],
  ["农村居民人均可支配收入", "元", 17800, "县农业局", "沙岭镇", "刘志刚"],
  ["社会消费品零售总额", "亿元", 98, "县商务局", null, "赵丽"],
  ["空气质量优良天数比例", "%", 80, "县环保局", "县住建局", "孙伟"],
  ["保障性安居工程新开工", "套", 600, "县住建局", null, "周建国"],
  ["义务教育巩固率", "%", 99, "县教育局", null, "吴敏"],
  ["新增节水灌溉面积", "万亩", 2.5, "县水利局", "沙岭镇", "郑海"],
  ["农村公路建设", "公里", 150, "县交通局", "沙岭镇", "冯军"],
  ["基本公共卫生服务项目", "%", 95, "县卫计局", null, "陈红"],
];

/** The settings the sample changes from the defaults: a late report costs 0.2 points. */
const settingOverrides: Readonly<Record<string, CellValue>> = { 迟报扣分: 0.2 };

/** The sample's sheets, in order. */
export function panshanYearEndSheets(): SampleSheet[] {
  return [
    {
      name: "分解表",
      title: "盘山县2018年专项行动任务分解表（示例）",
      subtitle: "责任单位为牵头单位，配合单位用顿号分隔；目标为示例数据。",
      columns: [
        { header: "指标名称", width: 24 },
        { header: "单位", width: 8 },
        { header: "全年目标", width: 10, numberFormat: "0.00" },
        { header: "责任单位", width: 12 },
        { header: "配合单位", width: 20 },
        { header: "责任人", width: 9 },
      ],
      rows: tableRows,
    },
    {
      name: "年度评分",
      title: "盘山县2018年度专项行动绩效考评评分表",
      subtitle:
        "依据盘山县2018年专项行动绩效考评实施方案（示例数据）。省、市专项填完成率，不承担的留空；过程考核填扣分；其余填得分（百分制）；一票否决填是/否并写明事由。",
      columns: yearEndScoreColumns,
      rows: scoreRows,
    },
    {
      name: "加减分登记",
      title: "2018年加减分登记",
      subtitle: "市考加减分（是）在县考中加倍计算；县考加分累计不超过3分。",
      columns: [
        { header: "单位", width: 12 },
        { header: "规则编号", width: 9 },
        { header: "次数", width: 6, numberFormat: "0" },
        { header: "分值", width: 7, numberFormat: "0.00" },
        { header: "数量", width: 9, numberFormat: "0.00" },
        { header: "事由", width: 44 },
        { header: "日期", width: 11, numberFormat: "yyyy-mm-dd" },
        { header: "市考", width: 6 },
      ],
      rows: eventRows,
    },
    {
      name: "报送登记",
      title: "2018年月度数据报送登记",
      subtitle: "每月数据于次月15日前报送，逾期为迟报。",
      columns: [
        { header: "单位", width: 12 },
        { header: "月份", width: 6, numberFormat: "0" },
        { header: "报送日期", width: 12, numberFormat: "yyyy-mm-dd" },
      ],
      rows: reportRows,
    },
    {
      name: "设置",
      title: "考核设置",
      subtitle: "年度考核的权重、计分方法、等次分数线等；空白取默认值（盘山2018方案）。",
      columns: settingColumns,
      rows: yearEndSettingRows().map((row) => [
        row.label,
        Object.prototype.hasOwnProperty.call(settingOverrides, row.label)
          ? settingOverrides[row.label]
          : row.value,
        row.note,
      ]),
    },
  ];
}
