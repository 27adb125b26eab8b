import { Locale } from "../kernel/messages";
import { Grade } from "../kernel/types";

const labels: Readonly<Record<Grade, Readonly<Record<Locale, string>>>> = {
  excellent: { "zh-CN": "优秀", "en-US": "Excellent" },
  good: { "zh-CN": "良好", "en-US": "Good" },
  fair: { "zh-CN": "一般", "en-US": "Fair" },
  poor: { "zh-CN": "较差", "en-US": "Poor" },
};

/** 等次名称: the grade as the clerk reads it (优秀/良好/一般/较差; Excellent/Good/Fair/Poor). */
export function gradeLabel(grade: Grade, locale: Locale = "zh-CN"): string {
  return labels[grade][locale];
}
