/** 数字格式: the Excel number formats of the summary sheets' columns. */
export const numberFormats = {
  /** Text, as written. */
  text: "@",
  /** Amounts: 1,320.00. */
  amount: "#,##0.00",
  /** Percentage points: −5.1. */
  points: "0.0",
  /** Fractions as percents: 51.5%. */
  percent: "0.0%",
  /** Whole numbers: ranks, counts. */
  whole: "0",
  /** Bonus and deduction points: 0.40. */
  score: "0.00",
  /** 进退位: ↑2, ↓1, - for no change. */
  change: '"↑"0;"↓"0;"-"',
} as const;
