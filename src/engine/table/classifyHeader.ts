import { cellText } from "../kernel/cellText";
import { CellValue } from "../kernel/grid";
import { checkpointMonth } from "./checkpointMonth";
import { ColumnRole } from "./tableModel";
import { toSimplified } from "../kernel/toSimplified";

/**
 * What one header cell says:
 * - `role`: the column's role by name (主要指标 → indicator, 责任单位 → leadUnit …), or `ignore`
 *   for columns the reader knows and skips (序号, 备注, 完成率 …);
 * - `group`: a group word (目标/考核任务 → target, 完成/累计完成 → actual) that may stand over
 *   period sub-headers in a two-row header;
 * - `month` (+ `kind` when the words say so): a period header (上半年, 1-7月, 7月累计完成);
 * - `unit`: a unit in brackets ("目标（万元）" → 万元).
 */
export interface HeaderClass {
  readonly text: string;
  readonly role?: ColumnRole | "ignore";
  readonly group?: "target" | "actual";
  readonly month?: number;
  readonly kind?: "target" | "actual";
  readonly unit?: string;
}

const words = (role: ColumnRole | "ignore", list: string): [string, ColumnRole | "ignore"][] =>
  list.split(" ").map((word) => [word, role]);

/** Header names (simplified, lower case, without spaces) and the role they give. */
const ROLE_NAMES = new Map<string, ColumnRole | "ignore">([
  ...words(
    "indicator",
    "指标 主要指标 考核指标 指标名称 指标名 指标项目 指标项 市考指标 考核项目 主要经济指标 指标内容 考核指标名称 主要指标名称 indicator"
  ),
  ...words("measure", "口径 类别 指标口径 计算口径 统计口径 类型 指标类别 指标类型 measure"),
  ...words(
    "checkpoint",
    "倒排时间 时间节点 序时 序时节点 节点 完成时限 时限 考核时间 时间要求 倒排节点 节点时间 倒排时限 checkpoint"
  ),
  ...words("unit", "单位 计量单位 计算单位 指标单位 数据单位 unit"),
  ...words(
    "target",
    "目标 考核任务 任务数 年度目标 目标值 目标任务 年度任务 任务目标 考核目标 目标数 任务 年度考核任务 计划 年度计划 分解目标 分解任务 target"
  ),
  ...words(
    "leader",
    "包抓领导 责任领导 分管领导 县级责任领导 县级包抓领导 区级包抓领导 区级责任领导 县级领导 区级领导 包抓县级领导 包抓县领导 联系领导 牵头领导 领导 leader"
  ),
  ...words(
    "leadUnit",
    "责任单位 牵头单位 责任部门 牵头部门 主责单位 主责部门 县级责任单位 区级责任单位 牵头责任单位"
  ),
  ...words("units", "承办单位 实施单位 责任单位及配合单位 牵头及配合单位 承担单位"),
  ...words(
    "cooperatingUnits",
    "配合单位 协助单位 协办单位 配合部门 协助部门 协同单位 参与单位 责任配合单位"
  ),
  ...words("person", "责任人 具体责任人 联系人 负责人 责任人员 经办人 person"),
  ...words(
    "supervisor",
    "监管部门 市级监管部门 市级主管部门 主管部门 监管单位 市级监管单位 考核部门 市级考核部门 市级责任部门 市考核部门 市级部门 上级主管部门 supervisor"
  ),
  ...words("direction", "方向 指标方向 指标属性 正逆向 正向/逆向 指标性质 direction"),
  ...words("month", "月份 月 报送月份 统计月份 所属月份 期间 month"),
  ...words(
    "ignore",
    "序号 编号 备注 说明 序时进度 时序进度 完成进度 进度 完成率 完成比例 欠账 进度差 排名 名次 状态 得分 分值 权重 差距 同比 上年同期 去年同期 数据来源 no."
  ),
]);

const TARGET_GROUP = new Set(
  "目标 任务 考核任务 年度目标 任务数 目标任务 分解目标 序时目标 倒排目标 节点目标 分解任务 任务分解 目标值 计划 考核目标 目标分解 倒排任务 时序目标 进度目标 任务目标 目标任务数".split(
    " "
  )
);
const ACTUAL_GROUP = new Set(
  "完成 实际 累计 完成情况 累计完成 实际完成 完成数 累计完成情况 完成值 实际值 执行情况 实际完成情况 累计完成数 月度完成 月度完成情况 实绩 完成实绩 累计实际完成".split(
    " "
  )
);

/** Two-character names that may also be found inside a longer header ("指标名称及口径"). */
const SHORT_CONTAINED = new Set(["指标", "口径", "目标", "单位"]);
/** Names for the "contains" search, longest first. */
const CONTAINED_NAMES: readonly [string, ColumnRole | "ignore"][] = [
  ...ROLE_NAMES,
  ...[...ACTUAL_GROUP].map((word): [string, ColumnRole] => [word, "actual"]),
]
  .filter(([word]) => word.length >= 3 || SHORT_CONTAINED.has(word))
  .sort((a, b) => b[0].length - a[0].length);

const BRACKETED = /\(([^()]*)\)|\[([^\]]*)\]|【([^】]*)】|<([^>]*)>/g;
const SPACES = /\s+/g;
const PERIOD_CHARACTERS = /[月季年半]|^[qh]\d/;
const ACTUAL_WORDS = /完成|实际|累计|实绩/;
const TARGET_WORDS = /目标|任务|计划/;
const PERIOD_SUFFIX =
  /(?:累计完成情况|累计完成数|累计完成值|累计完成|实际完成情况|实际完成数|实际完成|完成情况|完成数|完成值|完成量|完成|累计数|累计值|累计|实际值|实际数|实际|实绩|目标任务|目标值|目标数|目标|任务数|考核任务|任务|计划数|计划|进度)+$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:t[\d:.]+z?)?$/;
const UNIT_LABEL = /^(?:单位|计量单位)[:：]?/;

/**
 * 表头识别: classifies one header cell, in simplified or traditional characters, with or without
 * spaces, line breaks and a bracketed unit. Exact names win over names found inside a longer text
 * (so 责任单位 is leadUnit, not unit); period headers (上半年, 1-7月, 7月累计完成, 上半年目标) are read
 * with `checkpointMonth`. Returns null for a blank or unrecognised cell. Never throws.
 */
export function classifyHeader(value: CellValue | undefined, periods = 12): HeaderClass | null {
  const text = cellText(value);
  if (text === "" || typeof value === "number" || typeof value === "boolean") {
    return null;
  }
  const simple = toSimplified(text).replace(SPACES, "");
  const bracketed: string[] = [];
  const core = simple
    .replace(BRACKETED, (_whole, ...groups: unknown[]) => {
      const inner = groups.slice(0, 4).find((group) => typeof group === "string");
      bracketed.push(typeof inner === "string" ? inner : "");
      return "";
    })
    .toLowerCase();
  if (core === "") {
    return null;
  }
  let unit: string | undefined;
  let bracketMonth: number | undefined;
  for (const inner of bracketed) {
    const month = periodMonth(inner.toLowerCase(), periods);
    if (month !== undefined) {
      bracketMonth = month;
    } else {
      const candidate = inner.replace(UNIT_LABEL, "");
      if (candidate !== "" && candidate.length <= 8 && unit === undefined) {
        unit = candidate;
      }
    }
  }
  const base = { text, ...(unit === undefined ? {} : { unit }) };

  const role = ROLE_NAMES.get(core);
  const group = TARGET_GROUP.has(core) ? "target" : ACTUAL_GROUP.has(core) ? "actual" : undefined;
  if (bracketMonth !== undefined && group !== undefined) {
    return { ...base, month: bracketMonth, kind: group };
  }
  if (role !== undefined || group !== undefined) {
    return {
      ...base,
      role: role ?? (group === "actual" ? "actual" : "target"),
      ...(group === undefined ? {} : { group }),
    };
  }
  const month =
    core.length <= 16 && PERIOD_CHARACTERS.test(core) ? periodMonth(core, periods) : undefined;
  if (month !== undefined) {
    const kind = ACTUAL_WORDS.test(core)
      ? "actual"
      : TARGET_WORDS.test(core)
        ? "target"
        : undefined;
    return { ...base, month, ...(kind === undefined ? {} : { kind }) };
  }
  const date = ISO_DATE.exec(core);
  if (date !== null && periods === 12) {
    const dateMonth = Number(date[2]);
    if (dateMonth >= 1 && dateMonth <= 12) {
      return { ...base, month: dateMonth };
    }
  }
  if (core.length <= 12) {
    for (const [name, containedRole] of CONTAINED_NAMES) {
      if (core.includes(name)) {
        return { ...base, role: containedRole };
      }
    }
  }
  return null;
}

/** The month a period header names ("7月累计完成" → 7), or undefined. */
function periodMonth(core: string, periods: number): number | undefined {
  if (!PERIOD_CHARACTERS.test(core)) {
    return undefined;
  }
  const stripped = core.replace(PERIOD_SUFFIX, "");
  if (stripped === "") {
    return undefined;
  }
  return checkpointMonth(stripped, periods);
}
