import {
  Badge,
  Body1,
  Caption1,
  Link,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { dec, statusLabel, IndicatorSummary, MonthlySummary, Status } from "../../engine";
import { useMessages } from "../i18n";
import { Outcome } from "../paneState";
import { splitReference } from "../splitReference";
import { DiagnosticList } from "./DiagnosticList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: { wordBreak: "break-word" },
  detail: { marginLeft: tokens.spacingHorizontalXS },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** The statuses in the order the counts are shown, and their badge colours. */
const STATUS_ORDER: readonly Status[] = [
  "on_pace",
  "lagging",
  "serious",
  "not_reported",
  "actual_unreadable",
  "target_missing",
];
const STATUS_COLOR: Readonly<
  Record<Status, "success" | "warning" | "danger" | "informative" | "severe" | "brand">
> = {
  on_pace: "success",
  lagging: "warning",
  serious: "danger",
  not_reported: "informative",
  actual_unreadable: "severe",
  target_missing: "brand",
};
/** Statuses listed as needing attention. */
const LAGGING: readonly Status[] = [
  "serious",
  "lagging",
  "actual_unreadable",
  "target_missing",
  "not_reported",
];

/** Props of {@link ResultsView}. */
export interface ResultsViewProps {
  readonly outcome: Outcome;
  /** Goes to a cell (selects it in Excel). */
  readonly onSelect: (sheet: string, address: string) => void;
}

/**
 * 结果: the counts by status (正常 / 滞后 / 严重滞后 / 未报送 / 实际值无法识别 / 目标缺失或为零 as
 * coloured badges), the indicators that
 * need attention (click → go to the row), the findings with their cells, and the sheets written
 * with any renamed sheet explained.
 */
export function ResultsView(props: ResultsViewProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useMessages();
  const { outcome } = props;
  if (outcome.kind === "cleared") {
    return (
      <section className={styles.root} aria-label={t("cleared")}>
        <Body1>{t("cleared")}</Body1>
      </section>
    );
  }
  const summary = outcome.kind === "summary" ? outcome.result.summary : outcome.summary;
  return (
    <section className={styles.root} aria-label={t("resultsTitle", { month: summary.month })}>
      <Subtitle2>{t("resultsTitle", { month: summary.month })}</Subtitle2>
      <StatusCounts summary={summary} />
      <LaggingList indicators={summary.indicators} onSelect={props.onSelect} />
      {outcome.kind === "marked" && (
        <Body1>
          {t("marked", { sheet: outcome.mark.sheet, count: outcome.mark.marks.length })}
        </Body1>
      )}
      {outcome.kind === "summary" && (
        <SheetsWritten result={outcome.result} onSelect={props.onSelect} />
      )}
      <DiagnosticList diagnostics={summary.diagnostics} onSelect={props.onSelect} />
    </section>
  );
}

/** Counts by status as coloured badges. */
function StatusCounts(props: { readonly summary: MonthlySummary }): React.JSX.Element {
  const styles = useStyles();
  const { t, locale } = useMessages();
  return (
    <div className={styles.counts} role="list" aria-label={t("countsLabel")}>
      {STATUS_ORDER.map((status) => {
        const count = props.summary.indicators.filter(
          (indicator) => indicator.status === status
        ).length;
        if (count === 0 && (status === "actual_unreadable" || status === "target_missing")) {
          return null; // shown only when there are some: each asks the clerk to fix a figure
        }
        return (
          <Badge
            key={status}
            role="listitem"
            appearance="filled"
            color={STATUS_COLOR[status]}
            data-status={status}
          >
            {t("countBadge", { label: statusLabel(status, locale), count })}
          </Badge>
        );
      })}
    </div>
  );
}

/** A pace gap (fraction) in percentage points, two decimals at most: −0.0214… → "-2.14". */
function points(gap: number): string {
  return dec(gap).times(100).toDecimalPlaces(2).toString();
}

/** The indicators that lag or were not reported, gravest first; each a link to its row. */
function LaggingList(props: {
  readonly indicators: readonly IndicatorSummary[];
  readonly onSelect: (sheet: string, address: string) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const { t, locale } = useMessages();
  const lagging = LAGGING.flatMap((status) =>
    props.indicators.filter((indicator) => indicator.status === status)
  );
  return (
    <section className={styles.section} aria-label={t("laggingTitle")}>
      <Subtitle2>{t("laggingTitle")}</Subtitle2>
      {lagging.length === 0 ? (
        <Caption1>{t("laggingNone")}</Caption1>
      ) : (
        <ul className={styles.list}>
          {lagging.map((indicator) => {
            const place = splitReference(indicator.source);
            const name = t("laggingItem", { name: indicator.name, measure: indicator.measure });
            return (
              <li key={`${indicator.source}|${indicator.measure}`} className={styles.item}>
                <Badge size="small" appearance="tint" color={STATUS_COLOR[indicator.status]}>
                  {statusLabel(indicator.status, locale)}
                </Badge>{" "}
                {place === null ? (
                  <span>{name}</span>
                ) : (
                  <Link as="button" onClick={() => props.onSelect(place.sheet, place.address)}>
                    {name}
                  </Link>
                )}
                <Caption1 className={styles.detail}>
                  {[
                    indicator.paceGap === null
                      ? null
                      : t("laggingGap", { gap: points(indicator.paceGap) }),
                    indicator.leadUnit === ""
                      ? null
                      : t("laggingLead", { unit: indicator.leadUnit }),
                  ]
                    .filter((part): part is string => part !== null)
                    .join(locale === "zh-CN" ? "，" : ", ")}
                </Caption1>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** The sheets written (each a link), and why a sheet was renamed or replaced. */
function SheetsWritten(props: {
  readonly result: Extract<Outcome, { kind: "summary" }>["result"];
  readonly onSelect: (sheet: string, address: string) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const { t } = useMessages();
  const { report } = props.result;
  return (
    <section className={styles.section} aria-label={t("sheetsTitle")}>
      <Subtitle2>{t("sheetsTitle")}</Subtitle2>
      <ul className={styles.list}>
        {report.written.map((sheet) => (
          <li key={sheet} className={styles.item}>
            <Link as="button" onClick={() => props.onSelect(sheet, "A1")}>
              {sheet}
            </Link>
          </li>
        ))}
      </ul>
      {report.renamed.map((item) => (
        <Caption1 key={`renamed ${item.wanted}`}>
          {t("sheetRenamed", { wanted: item.wanted, used: item.used })}
        </Caption1>
      ))}
      {report.replaced.map((sheet) => (
        <Caption1 key={`replaced ${sheet}`}>{t("sheetReplaced", { sheet })}</Caption1>
      ))}
      <Caption1>{t("wordDocuments")}</Caption1>
    </section>
  );
}
