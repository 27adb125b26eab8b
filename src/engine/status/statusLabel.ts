import { Locale } from "../kernel/messages";
import { Status } from "../kernel/types";

const labels: Readonly<Record<Status, Readonly<Record<Locale, string>>>> = {
  on_pace: { "zh-CN": "正常", "en-US": "On pace" },
  lagging: { "zh-CN": "滞后", "en-US": "Lagging" },
  serious: { "zh-CN": "严重滞后", "en-US": "Seriously lagging" },
  not_reported: { "zh-CN": "未报送", "en-US": "Not reported" },
  actual_unreadable: { "zh-CN": "实际值无法识别", "en-US": "Actual unreadable" },
  target_missing: { "zh-CN": "目标缺失或为零", "en-US": "Target missing or zero" },
};

/**
 * 状态名称: the word the clerk sees for a status (正常 / 滞后 / 严重滞后 / 未报送 / 实际值无法识别 /
 * 目标缺失或为零).
 */
export function statusLabel(status: Status, locale: Locale = "zh-CN"): string {
  return labels[status][locale];
}
