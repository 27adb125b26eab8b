/** 标题前缀: "镇巴县2016年7月" — the county and year when known, then the month. */
export function titlePrefix(input: {
  readonly county: string | null;
  readonly year: number | null;
  readonly month: number;
}): string {
  return `${input.county ?? ""}${input.year === null ? "" : `${input.year}年`}${input.month}月`;
}
