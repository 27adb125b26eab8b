/** 颜色: the colours of the summary sheets (#RRGGBB), beside the status fills of `STATUS_FILLS`. */
export const sheetColors = {
  /** Behind pace, 后三位: red bars and red text. */
  red: "#FF0000",
  /** On pace: green bars. */
  green: "#00B050",
  /** No pace gap: grey bars. */
  grey: "#A6A6A6",
  /** 预警提示单 and late reports: yellow rows. */
  notice: "#FFEB9C",
  /** 督办单 and missing reports: red rows. */
  supervision: "#FFC7CE",
  /** 约谈: orange rows. */
  interview: "#F8CBAD",
} as const;
