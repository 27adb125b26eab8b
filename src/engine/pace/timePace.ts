import { checkMonth } from "../kernel/checkMonth";
import { Dec, dec } from "../kernel/decimal";

/**
 * 时序进度 (time pace): the share of the year elapsed at cumulative month `month`, m / periods
 * ("时间过半、任务过半": month 6 of 12 is 0.5).
 *
 * @throws AssessError from {@link checkMonth}.
 */
export function timePace(month: number, periods = 12): Dec {
  checkMonth(month, periods);
  return dec(month).div(periods);
}
