import { ColumnRole } from "./tableModel";

/**
 * 表头词表: the words of decomposition tables (任务分解表) and monthly bulletins (进度通报) that the
 * table reader recognises, in one place — simplified characters, lower case, without spaces or
 * brackets (the reader simplifies a header before it looks a word up). Collected from the five
 * seeds (镇巴2016 分解表: 主要指标, 倒排时间, 监管部门, 考核任务, 包抓领导, 责任单位, 责任人; 宁陕2019,
 * 平利2017, 盘山2018, 临潼2018: 協助單位, 考核任務, 後5個月任務) and from published county and city
 * bulletins: project tables (项目名称, 年度投资计划, 年度计划投资, 1-10月累计完成投资, 占年度投资计划,
 * 投资完成率, 超时序进度), economic-indicator tables (一级指标, 二级指标, 计量单位, 1-3月, 上年同期,
 * 同比增长, 增速) and task tables (牵头单位, 责任单位, 配合单位, 责任领导, 分管领导, 完成时限).
 */

/** The roles a header names by a whole word (period columns excepted). */
export type NamedRole = Exclude<ColumnRole, "checkpointTarget" | "actual" | "lastYear">;

const list = (words: string): readonly string[] => words.split(" ");

/**
 * 列名: whole-cell names of the columns with a role of their own. The annual target (`target`) is
 * the year's target: 年度目标, 年度计划, 年度投资计划 (a period target such as 上半年目标 or 前三季度
 * 投资计划 is a checkpoint target, never the annual one).
 */
export const ROLE_WORDS: Readonly<Record<NamedRole, readonly string[]>> = {
  indicator: list(
    "指标 主要指标 考核指标 指标名称 指标名 指标项目 指标项 市考指标 考核项目 主要经济指标 指标内容 考核指标名称 主要指标名称 二级指标 具体指标 项目名称 重点项目 重点项目名称 indicator"
  ),
  measure: list("口径 类别 指标口径 计算口径 统计口径 类型 指标类别 指标类型 measure"),
  checkpoint: list(
    "倒排时间 时间节点 序时 序时节点 节点 完成时限 时限 考核时间 时间要求 倒排节点 节点时间 倒排时限 checkpoint"
  ),
  unit: list("单位 计量单位 计算单位 指标单位 数据单位 unit"),
  target: list(
    "目标 考核任务 任务数 年度目标 目标值 目标任务 年度任务 任务目标 考核目标 目标数 任务 年度考核任务 计划 年度计划 分解目标 分解任务 年度目标任务 年度任务数 年度计划数 年度投资计划 年度计划投资 计划投资 投资计划 年度投资目标 年度投资任务 全年投资计划 全年计划 年度目标值 target"
  ),
  leader: list(
    "包抓领导 责任领导 分管领导 县级责任领导 县级包抓领导 区级包抓领导 区级责任领导 县级领导 区级领导 包抓县级领导 包抓县领导 联系领导 牵头领导 领导 县级分管领导 分管县领导 责任县领导 牵头县领导 包联领导 联系县领导 leader"
  ),
  leadUnit: list(
    "责任单位 牵头单位 责任部门 牵头部门 主责单位 主责部门 县级责任单位 区级责任单位 牵头责任单位 牵头责任部门 主办单位"
  ),
  units: list("承办单位 实施单位 责任单位及配合单位 牵头及配合单位 承担单位"),
  cooperatingUnits: list(
    "配合单位 协助单位 协办单位 配合部门 协助部门 协同单位 参与单位 责任配合单位 协作单位 协同部门 配合责任单位"
  ),
  person: list("责任人 具体责任人 联系人 负责人 责任人员 经办人 联络员 具体负责人 person"),
  supervisor: list(
    "监管部门 市级监管部门 市级主管部门 主管部门 监管单位 市级监管单位 考核部门 市级考核部门 市级责任部门 市考核部门 市级部门 上级主管部门 supervisor"
  ),
  direction: list("方向 指标方向 指标属性 正逆向 正向/逆向 指标性质 direction"),
  month: list("月份 月 报送月份 统计月份 所属月份 期间 month"),
};

/** 不读列: columns the reader knows and passes over (序号, 备注, a category over the indicators). */
export const IGNORED_WORDS: readonly string[] = list(
  "序号 编号 备注 说明 数据来源 一级指标 指标类别名称 分类 排名 名次 位次 状态 得分 分值 权重 no."
);

/**
 * 派生列: columns worked out from others, found anywhere in a header ("1-7月完成率", "占年度投资计划%",
 * "同比增长(%)"). They are never inputs. `ratios` make a header derived whatever else it says
 * (完成率, 占比, 序时进度, 欠账 …); `comparisons` (增速, 同比, 增长 …) only when the header does not
 * name a target (目标增长率 and 增幅目标 are targets). A header ending in "%" that says 完成 is a
 * ratio too (1-7月完成%).
 */
export const DERIVED_WORDS: {
  readonly ratios: readonly string[];
  readonly comparisons: readonly string[];
} = {
  ratios: list(
    "完成率 完成比例 完成比率 完成进度 序时进度 时序进度 时间进度 均衡进度 进度差 占比 比重 占年度 占全年 占计划 占目标 占年计划 完成年度 完成全年 完成计划的 差距 欠账 超欠 排名 名次 位次 得分"
  ),
  comparisons: list("同比 增减 比上年 比去年 较上年 较去年 增长率 增速 增幅 增长 进度"),
};

/**
 * 目标词: the words of a target (目标, 任务, 计划 …). A whole cell of them is a group over period
 * sub-headers in a two-row header; after a period they make it that period's target (上半年目标,
 * 前三季度投资计划).
 */
export const TARGET_WORDS: readonly string[] = list(
  "目标 任务 考核任务 年度目标 任务数 目标任务 分解目标 序时目标 倒排目标 节点目标 分解任务 任务分解 目标值 计划 考核目标 目标分解 倒排任务 时序目标 进度目标 任务目标 目标任务数 目标数 计划数 投资计划 计划投资 投资目标 投资任务 计划完成 计划完成投资 年度计划"
);

/**
 * 完成词: the words of a cumulative actual (累计完成 …). A whole cell of them is a group over period
 * sub-headers, or an actual column naming no month; after a period they make it that month's
 * actual (7月累计完成, 1-7月完成投资).
 */
export const ACTUAL_WORDS: readonly string[] = list(
  "完成 实际 累计 完成情况 累计完成 实际完成 完成数 累计完成情况 完成值 实际值 执行情况 实际完成情况 累计完成数 月度完成 月度完成情况 实绩 完成实绩 累计实际完成 完成投资 累计完成投资 实际完成投资 完成额 累计完成额 完成量 累计完成值 累计数 累计值 实际数 实际完成数"
);

/**
 * 上年同期词: last year's figure of the same period (上年同期, 去年同期, 上年1-7月). Read as the
 * record's `lastYear` figures, for growth shortfalls; never a target or an actual.
 */
export const LAST_YEAR_WORDS: readonly string[] = list(
  "上年同期 去年同期 上年同期完成 上年同期累计 上年同期累计完成 上年同期数 去年同期完成 去年同期累计 同期 上年 去年 上年完成 上年累计"
);

/**
 * 说明文字: the start of a note that stands in a title row or above a header ("单位：万元",
 * "填报单位：县统计局", "制表：", "2016年7月制"): a note, never a title or a header.
 */
export const NOTE_WORDS: readonly string[] = list(
  "单位 计量单位 金额单位 填报单位 制表 制表人 填表 填表人 审核 审核人 填报日期 日期 报送日期 附件 注 说明 备注"
);

/**
 * 计量单位: units a figure or a name may carry ("25亿元", "地方财政收入（万元）"), with 元/万元/亿元
 * as the one family that converts (1亿元 = 10000万元 = 100000000元).
 */
export const UNIT_WORDS: readonly string[] = list(
  "元 万元 亿元 千元 美元 万美元 亿美元 % ‰ 百分点 个百分点 人 万人 人次 万人次 户 家 个 件 项 套 座 所 台 辆 张 次 天 亩 万亩 公顷 公里 千米 米 平方米 万平方米 立方米 万立方米 吨 万吨 千瓦时 万千瓦时 亿千瓦时 千瓦 万千瓦 μg/m3 ug/m3 mg/m3 微克/立方米 万元/人 元/人"
);

/** Decimal factors of the units that convert into one another. */
export const CURRENCY_FACTORS: Readonly<Record<string, string>> = {
  元: "1",
  千元: "1000",
  万元: "10000",
  亿元: "100000000",
};
