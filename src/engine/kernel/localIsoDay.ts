/**
 * 本地日期: the calendar day of a moment on this computer's clock, as ISO ("2016-09-14") — the day a
 * returned file was last saved, as the clerk would read it in the file list (the arrival date rule
 * of collecting returns, the CLI's and the pane's alike).
 */
export function localIsoDay(time: Date | number): string {
  const moment = new Date(time);
  const pad = (value: number): string => String(value).padStart(2, "0");
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
