import { CellValue } from "../kernel/grid";
import { readDate } from "../kernel/readDate";
import { NoticeSettings } from "../notices/noticeModels";
import { readFigure } from "../table/readFigure";
import { SettingDefinition } from "./settingValue";

/** One notice setting of the 设置 sheet: its key in `SummarySettings.notices` and its 说明. */
export interface NoticeDefinition<T> extends SettingDefinition<T | null> {
  readonly name: keyof NoticeSettings;
  /** 说明 beside it on the 设置 sheet. */
  readonly note: string;
}

/** Text as written, or null (the default) when blank. */
function text(value: CellValue): string | null {
  const written = String(value ?? "").trim();
  return written === "" ? null : written;
}

/** A whole number from `low` to `high`. */
function whole(low: number, high: number) {
  return (value: CellValue): number | { readonly rule: string; readonly ruleEn: string } => {
    const reading = readFigure(value);
    return reading.kind === "number" &&
      !reading.percent &&
      reading.bound === undefined &&
      Number.isInteger(reading.value) &&
      reading.value >= low &&
      reading.value <= high
      ? reading.value
      : {
          rule: `应为${low}至${high}的整数`,
          ruleEn: `a whole number from ${low} to ${high} is needed`,
        };
  };
}

/** A date with its year ("2016年8月15日", a date cell), as ISO. */
function date(value: CellValue): string | { readonly rule: string; readonly ruleEn: string } {
  const read = readDate(value);
  return read !== null && !read.startsWith("--")
    ? read
    : {
        rule: "应为带年份的日期，如2016年8月15日",
        ruleEn: "a date with its year, such as 2016-08-15",
      };
}

/**
 * 预警通知设置项: the settings of the notices (`SummarySettings.notices`) the 设置 sheet may hold, in
 * the order the template lists them, after the monthly ones — labels (zh-CN first), how a cell is
 * read, the default (null: the notices' own, see `NoticeSettings`) and the 说明.
 */
export const noticeDefinitions: readonly NoticeDefinition<string | number>[] = [
  {
    name: "numberPrefix",
    labels: ["文号前缀", "编号前缀"],
    parse: text,
    fallback: null,
    fallbackText: "〔年份〕",
    note: "预警提示单、督办单编号前的文字，如“镇考办〔2016〕”；空白为“〔年份〕”",
  },
  {
    name: "firstNumber",
    labels: ["起始编号", "本月起始编号"],
    parse: whole(1, 9999),
    fallback: null,
    fallbackText: "1",
    note: "本月第一份预警提示单、督办单的编号（各自连续编号）；空白为1",
  },
  {
    name: "issuer",
    labels: ["发文单位", "发文机关"],
    parse: text,
    fallback: null,
    fallbackText: "县考核办",
    note: "预警通知和月度进度通报的落款；空白为“县考核办”",
  },
  {
    name: "issuedOn",
    labels: ["发文日期", "印发日期"],
    parse: date,
    fallback: null,
    fallbackText: "次月报送截止日",
    note: "通知的发文日期，如2016年8月15日；空白为数据月次月的报送截止日",
  },
  {
    name: "replyDays",
    labels: ["回复期限（天）", "回复期限", "反馈期限（天）"],
    parse: whole(1, 365),
    fallback: null,
    fallbackText: "7天",
    note: "发文后几天内书面反馈整改情况；空白为7天",
  },
  {
    name: "replyBy",
    labels: ["回复日期", "反馈日期"],
    parse: date,
    fallback: null,
    fallbackText: "发文日期后回复期限天数",
    note: "反馈的截止日期，填了则不按回复期限推算",
  },
];
