/**
 * The plain-data types of the notices (预警通知): one document per lead unit (牵头单位) with lagging
 * indicators — a 预警提示单, or a 督办单 when one of them calls for it — and their settings.
 */

/** 预警提示单 (notice) or 督办单 (supervision order). */
export type NoticeKind = "notice" | "supervision";

/** Settings of the notices; every one has a default. */
export interface NoticeSettings {
  /** Before the number: "〔2016〕" gives "〔2016〕第3号". Default "〔<year>〕", or "" without a year. */
  readonly numberPrefix?: string;
  /** The first number of each kind this month (numbers run per year and kind). Default 1. */
  readonly firstNumber?: number;
  /** 发文单位. Default "县考核办". */
  readonly issuer?: string;
  /** 发文日期, ISO "2016-08-15". Default: the due day of the month after the data month. */
  readonly issuedOn?: string;
  /** 反馈期限, ISO "2016-08-22". Default: `replyDays` after the issuing date. */
  readonly replyBy?: string;
  /** Days from issuing to the reply date when `replyBy` is not given. Default 7. */
  readonly replyDays?: number;
}

/** One lagging indicator of a notice, with the figures the notice shows. */
export interface NoticeLine {
  readonly kind: NoticeKind;
  readonly indicator: string;
  readonly measureUnit: string;
  readonly target: number | null;
  readonly paceTarget: number | null;
  readonly actual: number | null;
  /** 进度差 in percentage points (exact: the fraction × 100). */
  readonly paceGapPoints: number | null;
  readonly arrears: number | null;
  readonly remainingMonthly: number | null;
  /** The warning's sentence: "截至7月累计完成…，落后序时进度8.8个百分点，欠账1200万元". */
  readonly reason: string;
}

/** 预警通知: the document one lead unit receives. */
export interface Notice {
  readonly kind: NoticeKind;
  /** "预警提示单" or "督办单". */
  readonly title: string;
  /** Sequence number of its kind, 1, 2, 3 … */
  readonly number: number;
  /** "〔2016〕第3号". */
  readonly documentNumber: string;
  /** 牵头单位: the addressee. */
  readonly leadUnit: string;
  /** 配合单位 of its indicators, each once. */
  readonly cooperatingUnits: readonly string[];
  /** 包抓领导 of its indicators, each once. */
  readonly leaders: readonly string[];
  /** 责任人 of its indicators, each once. */
  readonly persons: readonly string[];
  readonly lines: readonly NoticeLine[];
  /** The data month and year (null when unknown). */
  readonly month: number;
  readonly year: number | null;
  /** The body: what was found, what is asked, by when. */
  readonly body: string;
  /** ISO date, "--08-22" when the year is unknown. */
  readonly replyBy: string;
  readonly issuer: string;
  /** ISO date, "--08-15" when the year is unknown. */
  readonly issuedOn: string;
}
