/**
 * The plain-data types of the Word bulletin (月度进度通报): the sentences of its lagging indicators,
 * and the document as any writer lays it out (title, date, summary, sentences, ranking, interview
 * list, table). Figures are plain numbers, exactly the 进度通报 sheet's cells.
 */

/** 较上月: the change of the month's figure against the month before (seed 004: 较6月减少16.23亿元). */
export interface MonthChange {
  /** The month compared with (6 in "较6月"). */
  readonly previousMonth: number;
  /** v(m) − v(m−1), in the indicator's unit. */
  readonly amount: number;
  /** Δ / v(m−1) as a fraction (−0.69 = 降幅达69%); null or absent = not stated. */
  readonly fraction?: number | null;
}

/** What one indicator's sentence states; every clause after the actual is optional. */
export interface IndicatorSentenceFacts {
  readonly name: string;
  readonly unit: string;
  readonly month: number;
  /**
   * Growth rate (增幅/增速, %), absolute amount, a rate to reach in % (削减比, 下降率: higher is
   * better, no amount to complete), or a ceiling (lower is better).
   */
  readonly kind: "absolute" | "growth" | "rate" | "ceiling";
  /** 累计完成 (the 进度通报's cell). */
  readonly actual: number | null;
  /** 较上月; absent when the data has no month-over-month figure. */
  readonly change?: MonthChange | null;
  /** 按月进度要求欠账: the month's new arrears (新欠账). */
  readonly newArrears?: number | null;
  /** 累计欠账 (欠账). */
  readonly arrears?: number | null;
  /** 序时目标 (for a ceiling: the ceiling in force). */
  readonly paceTarget?: number | null;
  /** 与目标增速相差N个百分点: target rate − actual rate, in points (positive = behind). */
  readonly growthGapPoints?: number | null;
  /** 绝对量欠账约: the absolute shortfall of a growth indicator, in `shortfallUnit`. */
  readonly growthShortfall?: number | null;
  readonly shortfallUnit?: string;
}

/** A table of the document: headers and the cells as text. */
export interface DocumentTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Per row, a shading (#RRGGBB) or null; absent = none. */
  readonly rowFills?: readonly (string | null)[];
  /** Per column, whether its cells are figures (right-aligned). */
  readonly numeric?: readonly boolean[];
}

/** 月度进度通报 as a document. */
export interface BulletinDocument {
  /** "镇巴县2016年8月市考指标进度通报". */
  readonly title: string;
  /** "县考核办 2016年9月15日". */
  readonly issuedLine: string;
  /** The counts: indicators by status, notices by kind. */
  readonly summary: string;
  /** One sentence per lagging indicator, in the bulletin's order. */
  readonly sentences: readonly string[];
  /** The ranking's lead sentence and table. */
  readonly rankingSummary: string;
  readonly ranking: DocumentTable;
  /** 约谈名单, when there is one. */
  readonly interviews: DocumentTable | null;
  /** The 进度通报 table (the printed columns). */
  readonly table: DocumentTable;
  /** Notes under the table: the colours' meaning, the pace method. */
  readonly notes: readonly string[];
}
