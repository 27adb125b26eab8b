import { addDays } from "./addDays";
import { NoticeSettings } from "./noticeModels";

/** The issuing office and dates of a month's notices and sheets, defaults filled in. */
export interface NoticeDates {
  readonly issuer: string;
  /** ISO date, "--08-15" when the year is unknown. */
  readonly issuedOn: string;
  readonly replyBy: string;
}

/**
 * 发文单位和日期: the settings' issuing office (default 县考核办), issuing date (default: the due
 * day of the month after the data month — the office writes when the figures are in; January of
 * the next year after month 12) and reply date (default: `replyDays`, 7, after issuing).
 */
export function noticeDates(
  input: {
    readonly month: number;
    readonly periods: number;
    readonly year: number | null;
    readonly dueDay: number;
  },
  settings: NoticeSettings = {}
): NoticeDates {
  const next = input.month >= input.periods || input.month >= 12 ? 1 : input.month + 1;
  const year = input.year === null ? null : next === 1 ? input.year + 1 : input.year;
  const day = Math.min(Math.max(Math.trunc(input.dueDay), 1), 28);
  const monthDay = `${String(next).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const issuedOn = settings.issuedOn ?? (year === null ? `--${monthDay}` : `${year}-${monthDay}`);
  const replyDays = Number.isInteger(settings.replyDays) ? (settings.replyDays as number) : 7;
  return {
    issuer: settings.issuer?.trim() || "县考核办",
    issuedOn,
    replyBy: settings.replyBy ?? addDays(issuedOn, replyDays),
  };
}
