/** 后N个月月均任务: the header of the remaining-monthly-task column (后续月均任务 in the last month). */
export function remainingHeader(month: number, periods: number): string {
  return periods > month ? `后${periods - month}个月月均任务` : "后续月均任务";
}
