import { dec } from "../kernel/decimal";
import { chineseDate } from "../notices/chineseDate";
import { statusLabel } from "../status/statusLabel";
import { isPercentUnit } from "../table/isPercentUnit";
import { MonthlySummary } from "../summary/summaryTypes";
import { SheetSpec } from "../workbook/sheetSpec";
import {
  BulletinDocument,
  DocumentTable,
  IndicatorSentenceFacts,
  MonthChange,
} from "./bulletinModels";
import { indicatorSentence } from "./indicatorSentence";
import { sheetTable } from "./sheetTable";

/** What the bulletin states beyond the summary, each optional (the data may not have it). */
export interface BulletinDocumentOptions {
  /** 发文单位; default 县考核办. */
  readonly issuer?: string;
  /** 发文日期, ISO; default: the notices' date. */
  readonly issuedOn?: string;
  /**
   * Per indicator (the summary's order), its 较上月 change; absent = the 进度通报's 较上月 and 增减%
   * cells, null = not stated.
   */
  readonly changes?: readonly (MonthChange | null)[];
  /**
   * Per indicator, the absolute shortfall of a growth rate (绝对量欠账约) and its unit; absent =
   * the 进度通报's 绝对量欠账 cell in the indicator's `growthShortfallUnit`.
   */
  readonly growthShortfalls?: readonly ({
    readonly amount: number;
    readonly unit: string;
  } | null)[];
}

/** A number in a cell, or null (text such as 超进度 is no figure to state). */
function figure(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** 较上月 from the sheet's cells: against month − 1, stated when the change is a figure. */
function changeOf(
  month: number,
  amount: number | null,
  fraction: number | null
): MonthChange | null {
  return amount === null || month <= 1 ? null : { previousMonth: month - 1, amount, fraction };
}

/** 绝对量欠账约 from the sheet's cell: stated when it is a figure above 0. */
function shortfallOf(
  amount: number | null,
  unit: string
): { readonly amount: number; readonly unit: string } | null {
  return amount === null || amount <= 0 ? null : { amount, unit };
}

/** 约谈名单 as the document's table: one row per unit (and indicator), with its reason. */
function interviewTable(interviews: MonthlySummary["interviews"]): DocumentTable | null {
  if (interviews.length === 0) {
    return null;
  }
  return {
    headers: ["序号", "责任单位", "指标", "包抓领导", "责任人", "约谈事由"],
    rows: interviews.map((item, index) => [
      String(index + 1),
      item.unit,
      item.indicator,
      item.leader,
      item.person,
      item.reason,
    ]),
    numeric: [true, false, false, false, false, false],
  };
}

/** The cells of a bulletin row by column key. */
function cellsOf(sheet: SheetSpec, row: number): (key: string) => unknown {
  return (key) => {
    const column = sheet.columns.findIndex((candidate) => candidate.key === key);
    return column < 0 ? undefined : sheet.rows[row]?.[column];
  };
}

/** The sentence facts of one indicator, its figures read from the bulletin sheet's row. */
function factsOf(
  summary: MonthlySummary,
  bulletin: SheetSpec,
  position: number,
  options: BulletinDocumentOptions
): IndicatorSentenceFacts {
  const indicator = summary.indicators[position];
  const cell = cellsOf(bulletin, position);
  const kind =
    indicator.direction === "lower"
      ? "ceiling"
      : /增幅|增速|增长/.test(indicator.measure)
        ? "growth"
        : isPercentUnit(indicator.measureUnit)
          ? "rate"
          : "absolute";
  const gap = figure(cell("paceGap"));
  const shortfall =
    options.growthShortfalls === undefined
      ? shortfallOf(figure(cell("growthShortfall")), indicator.growthShortfallUnit)
      : (options.growthShortfalls[position] ?? null);
  const change =
    options.changes === undefined
      ? changeOf(summary.month, figure(cell("monthOverMonth")), figure(cell("monthOverMonthRatio")))
      : (options.changes[position] ?? null);
  return {
    name: String(cell("name") ?? indicator.name),
    unit: String(cell("measureUnit") ?? indicator.measureUnit),
    month: summary.month,
    kind,
    actual: figure(cell("actual")),
    change,
    newArrears: cell("newArrears") === undefined ? null : (figure(cell("newArrears")) ?? 0),
    arrears: figure(cell("arrears")),
    paceTarget: figure(cell("paceTarget")),
    // The bulletin's 进度差 of a growth rate is actual − target in points: behind is negative.
    growthGapPoints: kind === "growth" && gap !== null && gap < 0 ? -gap : null,
    ...(shortfall === null
      ? {}
      : { growthShortfall: shortfall.amount, shortfallUnit: shortfall.unit }),
  };
}

/**
 * 月度进度通报（文档）: the Word bulletin's content from the month's summary — the title, the issuing
 * office and date, a summary paragraph (indicators by status, notices by kind, time pace), one
 * sentence per lagging indicator in seed 004's register ({@link indicatorSentence}) whose figures
 * are the 进度通报 sheet's cells (较上月, 增减%, 绝对量欠账 among them), the ranking (its lead
 * sentence and table), the 约谈 list when the summary has one (`interviews`), and the 进度通报 table
 * with its notes. Null when the
 * summary has no bulletin sheet.
 */
export function bulletinDocument(
  summary: MonthlySummary,
  options: BulletinDocumentOptions = {}
): BulletinDocument | null {
  const bulletin = summary.sheets.find((sheet) => sheet.kind === "bulletin");
  if (bulletin === undefined) {
    return null;
  }
  const count = (status: string): number =>
    summary.indicators.filter((indicator) => indicator.status === status).length;
  const byStatus = (["on_pace", "lagging", "serious", "not_reported"] as const)
    .map((status) => `${statusLabel(status)}${count(status)}项`)
    .join("，");
  const unjudged = (["actual_unreadable", "target_missing"] as const)
    .filter((status) => count(status) > 0)
    .map((status) => `，${statusLabel(status)}${count(status)}项`)
    .join("");
  const notices = (kind: "notice" | "supervision"): number =>
    summary.notices.filter((notice) => notice.kind === kind).length;
  const pace = dec(summary.month).div(summary.periods).times(100).toDecimalPlaces(1).toFixed(1);
  const when = `${summary.year === null ? "" : `${summary.year}年`}${summary.month}月底`;
  const lead =
    summary.notices.length === 0
      ? "没有滞后且欠账的指标，本月不发预警提示单和督办单。"
      : `对有滞后指标的${summary.notices.length}个牵头单位，发督办单${notices("supervision")}份、预警提示单${notices("notice")}份。`;
  const summaryText =
    `截至${when}，时序进度${pace}%。${summary.indicators.length}项市考指标中，${byStatus}${unjudged}。` +
    lead;

  const sentences = summary.indicators.flatMap((indicator, position) =>
    indicator.status === "lagging" || indicator.status === "serious"
      ? [`${indicatorSentence(factsOf(summary, bulletin, position, options))}。`]
      : []
  );

  const ranked = summary.ranking.filter((item) => item.rank !== null);
  const names = (items: readonly { readonly unit: string }[]): string =>
    items.map((item) => item.unit).join("、");
  const bottom = ranked.filter((item) => item.bottom);
  const rankingSummary =
    ranked.length === 0
      ? "本月无可排名的单位。"
      : `按各单位牵头指标的平均进度差排名，前三位为${names(ranked.slice(0, 3))}` +
        (bottom.length === 0 ? "。" : `；后三位为${names(bottom)}。`);
  const rankingSheet = summary.sheets.find((sheet) => sheet.kind === "ranking");
  const issuer = options.issuer ?? summary.notices[0]?.issuer ?? "县考核办";
  const issuedOn = options.issuedOn ?? summary.notices[0]?.issuedOn ?? null;

  return {
    title: bulletin.title,
    issuedLine: issuedOn === null ? issuer : `${issuer}\u3000${chineseDate(issuedOn)}`,
    summary: summaryText,
    sentences,
    rankingSummary,
    ranking: rankingSheet === undefined ? { headers: [], rows: [] } : sheetTable(rankingSheet),
    interviews: interviewTable(summary.interviews),
    table: sheetTable(bulletin),
    notes: [
      "注：底色绿色为正常，黄色为滞后，红色为严重滞后，灰色为未报送；欠账为负时记为超进度。",
      bulletin.subtitle,
    ],
  };
}
