import { Badge, Link, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { Diagnostic, formatDiagnostic } from "../../engine";
import { useMessages } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  item: { wordBreak: "break-word" },
  badge: { marginRight: tokens.spacingHorizontalXS },
});

/** Props of {@link DiagnosticList}. */
export interface DiagnosticListProps {
  readonly diagnostics: readonly Diagnostic[];
  readonly onSelect: (sheet: string, address: string) => void;
  /** The text shown for a finding (default: the finding in the clerk's language). */
  readonly describe?: (diagnostic: Diagnostic, text: string) => string;
  /** Whether a finding's cell is in this workbook (default: every finding with a cell). */
  readonly linkable?: (diagnostic: Diagnostic) => boolean;
  /** The list's heading (default: the reader's notes). */
  readonly title?: string;
}

/**
 * 诊断清单: the reader's and the summary's findings in the clerk's language, each naming its cell;
 * a finding with a cell is a link that goes there. Nothing when there are none.
 */
export function DiagnosticList(props: DiagnosticListProps): React.JSX.Element | null {
  const styles = useStyles();
  const { t, locale } = useMessages();
  if (props.diagnostics.length === 0) {
    return null;
  }
  return (
    <section className={styles.root} aria-label={props.title ?? t("diagnosticsTitle")}>
      <Subtitle2>{props.title ?? t("diagnosticsTitle")}</Subtitle2>
      <ul className={styles.list}>
        {props.diagnostics.map((diagnostic, index) => {
          const own = formatDiagnostic(diagnostic, locale);
          const text = props.describe === undefined ? own : props.describe(diagnostic, own);
          const linkable =
            diagnostic.cell !== "" &&
            diagnostic.sheet !== "" &&
            (props.linkable === undefined || props.linkable(diagnostic));
          return (
            <li key={index} className={styles.item}>
              <Badge
                className={styles.badge}
                size="small"
                appearance="tint"
                color={diagnostic.severity === "error" ? "danger" : "warning"}
              >
                {t(`severity_${diagnostic.severity}`)}
              </Badge>
              {linkable ? (
                <Link as="button" onClick={() => props.onSelect(diagnostic.sheet, diagnostic.cell)}>
                  {text}
                </Link>
              ) : (
                <span>{text}</span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
