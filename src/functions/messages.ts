import { fillTemplate, Locale } from "../engine";

/**
 * The custom functions' own message catalogue (zh-CN first, en-US too), for what is not a
 * calculation error of the engine: a cell shows these with #VALUE!. Parameters are written `{name}`.
 */
const catalogue = {
  blankProbeFailed: {
    "zh-CN": "无法读取参数所在的单元格，不能区分空白与0：{detail}",
    "en-US": "The argument's cells could not be read to tell a blank from 0: {detail}",
  },
} as const;

/** A key of the custom functions' message catalogue. */
export type FunctionMessageKey = keyof typeof catalogue;

/** 函数消息: the message for a key in a language, with `{name}` parameters filled in. */
export function formatFunctionMessage(
  locale: Locale,
  key: FunctionMessageKey,
  params: Readonly<Record<string, string | number>> = {}
): string {
  const template: string = catalogue[key][locale];
  return fillTemplate(template, params);
}
