import { gradeLabel } from "../../../src/engine/grades/gradeLabel";
import { Locale } from "../../../src/engine/kernel/messages";
import { Grade } from "../../../src/engine/kernel/types";

describe("gradeLabel", () => {
  it.each<[Grade, Locale | undefined, string]>([
    ["excellent", undefined, "优秀"],
    ["good", undefined, "良好"],
    ["fair", "zh-CN", "一般"],
    ["poor", "zh-CN", "较差"],
    ["excellent", "en-US", "Excellent"],
    ["good", "en-US", "Good"],
    ["fair", "en-US", "Fair"],
    ["poor", "en-US", "Poor"],
  ])("%s in %s → %s", (grade, locale, expected) => {
    expect(gradeLabel(grade, locale)).toBe(expected);
  });
});
