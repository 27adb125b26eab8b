import { YearEndPart } from "./yearEndSummary";

/** 成绩项名称: each part as the clerk reads it (zh-CN) and in English, for headers and messages. */
export const partLabels: Readonly<
  Record<YearEndPart, { readonly zh: string; readonly en: string }>
> = {
  province: { zh: "省专项指标", en: "the provincial tasks" },
  city: { zh: "市专项指标", en: "the city tasks" },
  ownWork: { zh: "部门自身工作", en: "the own work" },
  process: { zh: "过程考核", en: "the process score" },
  common: { zh: "共性指标", en: "the common indicators" },
  leader: { zh: "县政府领导评价", en: "the county leaders' rating" },
  office: { zh: "专项行动领导小组办公室评价", en: "the campaign office's rating" },
  peer: { zh: "互评", en: "the peer rating" },
};
