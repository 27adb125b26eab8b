import { ColumnChoice, TableColumn } from "./tableColumns";

/**
 * 角色存疑: why a column's role does not fit what its cells hold — `numbersAsNames` for a column
 * of numbers read as names (牵头单位, 责任单位, 配合单位, 包抓领导, 责任人, 监管部门, 指标名称),
 * `textAsFigures` for a column of words read as figures (考核任务, 节点目标, 累计完成, 上年同期).
 */
export type RoleDoubt = "numbersAsNames" | "textAsFigures";

/** Roles whose cells hold names. */
const NAME_ROLES: ReadonlySet<ColumnChoice> = new Set<ColumnChoice>([
  "indicator",
  "leader",
  "leadUnit",
  "units",
  "cooperatingUnits",
  "person",
  "supervisor",
]);

/** Roles whose cells hold figures. */
const FIGURE_ROLES: ReadonlySet<ColumnChoice> = new Set<ColumnChoice>([
  "target",
  "checkpointTarget",
  "actual",
  "lastYear",
]);

/**
 * 角色是否可信: the doubt about a column's role given what its cells below the header mostly hold
 * (`TableColumn.content`), or null when the role fits (or the column is empty or not used).
 */
export function implausibleRole(column: TableColumn): RoleDoubt | null {
  if (NAME_ROLES.has(column.role) && column.content === "numbers") {
    return "numbersAsNames";
  }
  if (FIGURE_ROLES.has(column.role) && column.content === "text") {
    return "textAsFigures";
  }
  return null;
}
