/**
 * 月度规则的提示 (the monthly rules' messages: the 全市排名 sheet, pace points, late points, 约谈),
 * zh-CN first; part of the engine's one catalogue (see `formatMessage`). `{ref}` is the sheet and
 * cell, filled in by `formatDiagnostic`.
 */
export const ruleMessages = {
  cityRanksAbsent: {
    "zh-CN":
      "工作簿中没有全市排名表：“未达序时进度且排名全市后{bottom}位或组内最后一名”的扣分未计；约谈名单按本县责任单位排名后{bottom}位连续{runs}期列出。需要时请添加名称含“全市排名”的工作表（指标、月份、排名、参评县数、组别、组内排名、组内县数）",
    "en-US":
      "No 全市排名 (city ranking) sheet: the deduction for \"behind pace and in the city's last {bottom} or last of its group\" is not counted; the interview list uses the county's own unit ranking (last {bottom}, {runs} periods running). Add a sheet named like 全市排名 (indicator, month, rank, counties ranked, group, rank in group, group size) when needed",
  },
  cityRankUnmatched: {
    "zh-CN": "{ref}：全市排名表中的指标“{name}”在分解表中找不到，已跳过",
    "en-US": '{ref}: the ranked indicator "{name}" is not in the table; skipped',
  },
  cityIndicatorMissing: {
    "zh-CN": "指标“{name}”（{measure}）在以下县区的工作簿中没有，未参加该指标排名：{counties}",
    "en-US":
      'The indicator "{name}" ({measure}) is missing from these counties\' workbooks; they are not ranked on it: {counties}',
  },
  cityIndicatorUnreported: {
    "zh-CN": "指标“{name}”（{measure}）以下县区本月未报送，未参加排名：{counties}",
    "en-US":
      'The indicator "{name}" ({measure}) has no figure for the month in these counties; not ranked: {counties}',
  },
  zeroLastMonth: {
    "zh-CN": "上月当月完成为0，无法计算增减%",
    "en-US": "Last month's figure is 0, so no change in % can be computed",
  },
} as const;
