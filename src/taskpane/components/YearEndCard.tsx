import {
  Badge,
  Body1,
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { Grade, Locale, fillTemplate, gradeLabel } from "../../engine";
import { WorkbookPort } from "../../excel/port";
import { describeError } from "../describeError";
import { useMessages } from "../i18n";
import { YearEndOutcome, YearEndStep, generateYearEnd } from "../yearEndCase";
import { DiagnosticList } from "./DiagnosticList";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  item: { wordBreak: "break-word" },
});

/** The card's own words, zh-CN first (the rest of the pane's are in i18n.ts). */
const words = {
  title: { "zh-CN": "年度考核", "en-US": "Year-end assessment" },
  generate: { "zh-CN": "生成年度考核汇总", "en-US": "Make the year-end summary" },
  hint: {
    "zh-CN":
      "读取“年度评分”“设置”“加减分登记”“报送登记”表，按“设置”中的权重和计分方法（默认盘山2018方案）计算专项考评成绩、名次和等次，写入“年度考核汇总”表。",
    "en-US":
      "Reads the 年度评分, 设置, 加减分登记 and 报送登记 sheets, computes each unit's score, rank and grade with the weights and methods on 设置 (seed 003's by default), and writes the 年度考核汇总 sheet.",
  },
  step_read: { "zh-CN": "正在读取工作簿…", "en-US": "Reading the workbook…" },
  step_compute: { "zh-CN": "正在计算年度考核…", "en-US": "Computing the assessment…" },
  step_write: { "zh-CN": "正在写入年度考核汇总…", "en-US": "Writing the year-end sheet…" },
  done: {
    "zh-CN": "{year}年度考核：{total}个单位",
    "en-US": "Year-end {year}: {total} units",
  },
  count: { "zh-CN": "{grade} {count}", "en-US": "{grade} {count}" },
  vetoed: { "zh-CN": "一票否决 {count}", "en-US": "Vetoed {count}" },
  incomplete: {
    "zh-CN": "{count}个单位输入有误，未计算总分（见下方诊断）",
    "en-US": "{count} units have input errors and no total (see the findings below)",
  },
  overridesTitle: { "zh-CN": "等次调整", "en-US": "Grade overrides" },
  written: { "zh-CN": "已写入：", "en-US": "Written: " },
  renamed: {
    "zh-CN": "已有同名工作表“{wanted}”（不是本加载项生成的，未改动），已写入“{used}”",
    "en-US":
      'A sheet "{wanted}" exists (not made by the add-in, left as it is); written to "{used}"',
  },
  replaced: {
    "zh-CN": "已替换此前生成的“{sheet}”",
    "en-US": 'Replaced the earlier "{sheet}"',
  },
  failed: { "zh-CN": "未能生成年度考核汇总", "en-US": "No year-end summary was made" },
} as const;

function say(
  locale: Locale,
  key: keyof typeof words,
  params: Readonly<Record<string, string | number>> = {}
): string {
  return fillTemplate(words[key][locale], params);
}

/** 卡片状态: the card's one state, an explicit union. */
type CardState =
  | { readonly kind: "idle" }
  | { readonly kind: "working"; readonly step: YearEndStep }
  | { readonly kind: "done"; readonly outcome: YearEndOutcome }
  | { readonly kind: "failed"; readonly error: unknown };

const GRADES: readonly Grade[] = ["excellent", "good", "fair", "poor"];
const GRADE_COLOR: Readonly<Record<Grade, "success" | "brand" | "warning" | "danger">> = {
  excellent: "success",
  good: "brand",
  fair: "warning",
  poor: "danger",
};

/** Props of {@link YearEndCard}. */
export interface YearEndCardProps {
  readonly port: WorkbookPort;
  /** While the pane runs another job. */
  readonly disabled: boolean;
  /** Goes to a cell (selects it in Excel). */
  readonly onSelect: (sheet: string, address: string) => void;
}

/**
 * 年度考核卡片: one button that makes the 年度考核汇总 sheet (`generateYearEnd`), then the counts by
 * grade, the units whose grade an override decided (with the reason), the findings with their
 * cells, and the sheet written.
 */
export function YearEndCard(props: YearEndCardProps): React.JSX.Element {
  const styles = useStyles();
  const { locale } = useMessages();
  const [state, setState] = React.useState<CardState>({ kind: "idle" });
  const { port } = props;

  const generate = (): void => {
    setState({ kind: "working", step: "read" });
    generateYearEnd(port, (step) => setState({ kind: "working", step }))
      .then((outcome) => setState({ kind: "done", outcome }))
      .catch((error: unknown) => setState({ kind: "failed", error }));
  };

  return (
    <section className={styles.root} aria-label={say(locale, "title")}>
      <Subtitle2>{say(locale, "title")}</Subtitle2>
      <div>
        <Button disabled={props.disabled || state.kind === "working"} onClick={generate}>
          {say(locale, "generate")}
        </Button>
      </div>
      <Caption1>{say(locale, "hint")}</Caption1>
      {state.kind === "working" && (
        <Spinner size="tiny" label={say(locale, `step_${state.step}`)} labelPosition="after" />
      )}
      {state.kind === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{say(locale, "failed")}</MessageBarTitle>
            <div>{describeError(state.error, locale)}</div>
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "done" && <YearEndResult outcome={state.outcome} onSelect={props.onSelect} />}
    </section>
  );
}

function YearEndResult(props: {
  readonly outcome: YearEndOutcome;
  readonly onSelect: (sheet: string, address: string) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const { locale } = useMessages();
  const { summary, report } = props.outcome;
  const overridden = summary.units.filter((unit) => unit.overrides.length > 0);
  const incomplete = summary.units.filter((unit) => !unit.complete).length;
  const vetoed = summary.units.filter((unit) => unit.veto).length;
  return (
    <>
      <Body1>
        {say(locale, "done", { year: summary.year ?? "", total: summary.units.length })}
      </Body1>
      <div className={styles.counts} role="list">
        {GRADES.map((grade) => (
          <Badge key={grade} role="listitem" appearance="filled" color={GRADE_COLOR[grade]}>
            {say(locale, "count", {
              grade: gradeLabel(grade, locale),
              count: summary.units.filter((unit) => unit.grade === grade).length,
            })}
          </Badge>
        ))}
        {vetoed > 0 && (
          <Badge role="listitem" appearance="outline" color="danger">
            {say(locale, "vetoed", { count: vetoed })}
          </Badge>
        )}
      </div>
      {incomplete > 0 && <Caption1>{say(locale, "incomplete", { count: incomplete })}</Caption1>}
      {overridden.length > 0 && (
        <section aria-label={say(locale, "overridesTitle")}>
          <Caption1>{say(locale, "overridesTitle")}</Caption1>
          <ul className={styles.list}>
            {overridden.map((unit) => (
              <li key={unit.unit} className={styles.item}>
                {unit.unit}
                {locale === "zh-CN" ? "：" : ": "}
                {unit.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div>
        {say(locale, "written")}
        {report.written.map((sheet) => (
          <Link key={sheet} as="button" onClick={() => props.onSelect(sheet, "A1")}>
            {sheet}
          </Link>
        ))}
      </div>
      {report.renamed.map((item) => (
        <Caption1 key={`renamed ${item.wanted}`}>
          {say(locale, "renamed", { wanted: item.wanted, used: item.used })}
        </Caption1>
      ))}
      {report.replaced.map((sheet) => (
        <Caption1 key={`replaced ${sheet}`}>{say(locale, "replaced", { sheet })}</Caption1>
      ))}
      <DiagnosticList diagnostics={summary.diagnostics} onSelect={props.onSelect} />
    </>
  );
}
