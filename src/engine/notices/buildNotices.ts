import { Dec } from "../kernel/decimal";
import { finiteNumber } from "../kernel/finiteNumber";
import { WarningNotice } from "../summary/summaryTypes";
import { chineseDate } from "./chineseDate";
import { Notice, NoticeKind, NoticeLine, NoticeSettings } from "./noticeModels";
import { noticeDates } from "./noticeDates";

/** What {@link buildNotices} reads: the month's warnings with their exact gaps. */
export interface NoticesInput {
  readonly warnings: readonly WarningNotice[];
  /** Per warning, the exact pace gap (fraction). */
  readonly warningGaps: readonly (Dec | null)[];
  /** An exact gap in percentage points, as the summary remembers them; absent = gap × 100. */
  readonly pointsOf?: (gap: Dec) => number | null;
  readonly month: number;
  readonly periods: number;
  readonly year: number | null;
  /** Day of the next month by which the figures are due: the default issuing day. */
  readonly dueDay: number;
}

/** The addressee when the table names no lead unit. */
const noLeadUnit = "未明确牵头单位";
const titles: Record<NoticeKind, string> = { supervision: "督办单", notice: "预警提示单" };

/** Each value once, in the order first met, blanks left out. */
function distinct(values: readonly string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter((value) => value !== ""))];
}

/** The body of a notice: what was found, what is asked, by when and of whom. */
function bodyOf(
  kind: NoticeKind,
  lines: readonly NoticeLine[],
  input: NoticesInput,
  replyBy: string,
  issuer: string
): string {
  const period = `${input.year === null ? "" : `${input.year}年`}1—${input.month}月`;
  const found = `根据${period}市考指标完成情况，你单位牵头的${lines.length}项指标落后序时进度`;
  const reply = `并于${chineseDate(replyBy)}前将整改落实情况书面报送${issuer}`;
  if (kind === "supervision") {
    const ordered = lines.filter((line) => line.kind === "supervision").length;
    return (
      `${found}，其中${ordered}项严重滞后或连续两个月滞后，现列入督办。` +
      `请会同配合单位认真分析原因，制定整改措施，倒排工期，加快进度，确保完成全年目标任务，${reply}。`
    );
  }
  return (
    `${found}且有欠账，现予预警提示。` +
    `请会同配合单位分析原因，采取有效措施，尽快补齐欠账，${reply}。`
  );
}

/**
 * 预警通知 (seed 001: 预警提示单和督办单): one document per lead unit with warnings — a 督办单 when
 * any of its indicators calls for supervision (seriously lagging, or lagging two months running),
 * else a 预警提示单 — the 督办单 first, each kind numbered from `firstNumber` ("〔2016〕第1号"), in the
 * order the units first appear. Each names the addressee, the cooperating units, leaders and
 * persons, every indicator with target, pace target, actual, gap (percentage points, exact),
 * arrears and remaining monthly task, the reply date, the issuing office and date.
 */
export function buildNotices(input: NoticesInput, settings: NoticeSettings = {}): Notice[] {
  const { issuer, issuedOn, replyBy } = noticeDates(input, settings);
  const prefix = settings.numberPrefix ?? (input.year === null ? "" : `〔${input.year}〕`);
  const first =
    Number.isInteger(settings.firstNumber) && (settings.firstNumber ?? 0) > 0
      ? (settings.firstNumber as number)
      : 1;

  const pointsOf = input.pointsOf ?? ((gap: Dec) => finiteNumber(gap.times(100)));
  const byUnit = new Map<string, { warning: WarningNotice; gap: Dec | null }[]>();
  input.warnings.forEach((warning, position) => {
    const unit = warning.leadUnit.trim() || noLeadUnit;
    const list = byUnit.get(unit) ?? [];
    list.push({ warning, gap: input.warningGaps[position] ?? null });
    byUnit.set(unit, list);
  });
  const drafts = [...byUnit.entries()].map(([leadUnit, entries]) => ({
    leadUnit,
    entries,
    kind: (entries.some(({ warning }) => warning.kind === "supervision")
      ? "supervision"
      : "notice") as NoticeKind,
  }));
  const notices: Notice[] = [];
  for (const kind of ["supervision", "notice"] as const) {
    drafts
      .filter((draft) => draft.kind === kind)
      .forEach((draft, position) => {
        const lines = draft.entries.map(({ warning, gap }): NoticeLine => ({
          kind: warning.kind,
          indicator: warning.indicator,
          measureUnit: warning.measureUnit,
          target: warning.target,
          paceTarget: warning.paceTarget,
          actual: warning.actual,
          paceGapPoints: gap === null ? null : pointsOf(gap),
          arrears: warning.arrears,
          remainingMonthly: warning.remainingMonthly,
          reason: warning.reason,
        }));
        const number = first + position;
        const warnings = draft.entries.map(({ warning }) => warning);
        notices.push({
          kind,
          title: titles[kind],
          number,
          documentNumber: `${prefix}第${number}号`,
          leadUnit: draft.leadUnit,
          cooperatingUnits: distinct(
            warnings.flatMap((warning) => warning.cooperatingUnits)
          ).filter((unit) => unit !== draft.leadUnit),
          leaders: distinct(warnings.map((warning) => warning.leader)),
          persons: distinct(warnings.map((warning) => warning.person)),
          lines,
          month: input.month,
          year: input.year,
          body: bodyOf(kind, lines, input, replyBy, issuer),
          replyBy,
          issuer,
          issuedOn,
        });
      });
  }
  return notices;
}
