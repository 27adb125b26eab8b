import { Locale } from "../engine";
import { formatWorkbookMessage, WorkbookMessageKey } from "./messages";

/** Asks the host whether it supports an API requirement set ("ExcelApi", "1.9"). */
export type IsSetSupported = (name: string, version: string) => boolean;

/** One requirement set the adapter uses, and what the clerk loses without it. */
export interface Requirement {
  readonly set: "ExcelApi";
  readonly version: string;
  /** True for the minimum the manifest declares; false for sets checked at run time. */
  readonly required: boolean;
  readonly feature: WorkbookMessageKey;
}

/**
 * 接口要求: the Excel API sets the adapter uses. ExcelApi 1.7 is the manifest's minimum (named
 * items' formulas, freeze panes, chart series ranges, getRangeByIndexes; 1.4 settings, names,
 * null objects, a range's used part and intersection; 1.6 calculation suspension and the
 * conditional formats that mark the table). 1.8 (`Excel.createWorkbook`, return forms opened as
 * new workbooks), 1.9 and 1.13 are checked at run time, with a fallback (for 1.8: the browser
 * preview's download or `assess forms`).
 */
export const adapterRequirements: readonly Requirement[] = [
  { set: "ExcelApi", version: "1.7", required: true, feature: "featureCore" },
  { set: "ExcelApi", version: "1.8", required: false, feature: "featureNewWorkbook" },
  { set: "ExcelApi", version: "1.9", required: false, feature: "featurePrintSetup" },
  { set: "ExcelApi", version: "1.9", required: false, feature: "featureHiddenRows" },
  { set: "ExcelApi", version: "1.13", required: false, feature: "featureMergedAreas" },
];

/** The host's own check, through `Office.context.requirements`; false outside Office. */
export function officeIsSetSupported(name: string, version: string): boolean {
  if (
    typeof Office === "undefined" ||
    Office.context === undefined ||
    Office.context.requirements === undefined
  ) {
    return false;
  }
  return Office.context.requirements.isSetSupported(name, version);
}

/** Whether the host supports one requirement and what it enables, for the task pane to explain. */
export interface RequirementStatus {
  /** "ExcelApi 1.9". */
  readonly api: string;
  readonly supported: boolean;
  readonly required: boolean;
  readonly feature: WorkbookMessageKey;
  /** The feature in the clerk's words: "设置打印格式（A4 横向、一页宽、重复标题行）". */
  readonly description: string;
}

/**
 * 功能检查: which of the adapter's requirement sets this Excel supports, one entry per feature, so
 * the task pane can say what is missing ("当前 Excel 不支持读取合并单元格（需要 ExcelApi 1.13）").
 */
export function requirements(
  isSetSupported: IsSetSupported = officeIsSetSupported,
  locale: Locale = "zh-CN"
): RequirementStatus[] {
  return adapterRequirements.map((requirement) => ({
    api: `${requirement.set} ${requirement.version}`,
    supported: isSetSupported(requirement.set, requirement.version),
    required: requirement.required,
    feature: requirement.feature,
    description: formatWorkbookMessage(locale, requirement.feature),
  }));
}
