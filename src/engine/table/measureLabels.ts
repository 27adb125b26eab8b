import { Measure } from "../kernel/types";

/** 口径名称: the label of each measure (绝对量 / 增幅) and its English name, for records and messages. */
export const MEASURE_LABELS: Readonly<
  Record<Measure, { readonly zh: string; readonly en: string }>
> = {
  absolute: { zh: "绝对量", en: "absolute value" },
  growth: { zh: "增幅", en: "growth rate" },
};
