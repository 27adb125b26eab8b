import { SettingsSheetPlan } from "../engine";
import { SettingsSaveReport } from "./port";

/** 设置保存报告: what carrying out a `planSettingsSheet` plan did (null plan: no 设置 sheet). */
export function settingsSaveReport(plan: SettingsSheetPlan | null): SettingsSaveReport {
  return {
    sheet: plan?.sheet ?? null,
    created: plan?.create ?? false,
    added: plan?.added ?? [],
    updated: plan?.updated ?? [],
  };
}
