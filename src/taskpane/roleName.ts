import { Messages } from "./i18n";
import { ColumnChoice } from "./tableColumns";

/** 角色名称: the name of a column role as the pane shows it (period roles with their month). */
export function roleName(
  messages: Messages,
  role: ColumnChoice,
  month: number | undefined
): string {
  const name = messages.t(`role_${role}`);
  return (role === "checkpointTarget" || role === "actual" || role === "lastYear") &&
    month !== undefined
    ? messages.t("roleMonth", { role: name, month })
    : name;
}
