import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { formatDiagnostic } from "../../engine";
import { useMessages } from "../i18n";
import { Detection } from "../useCases";

const useStyles = makeStyles({
  line: { marginTop: tokens.spacingVerticalXXS },
});

/** Props of {@link NoTableNotice}. */
export interface NoTableNoticeProps {
  readonly detection: Detection;
  readonly disabled: boolean;
  readonly onRedetect: () => void;
}

/**
 * 未找到分解表: says that no sheet holds a decomposition table, why (the reader's findings), which
 * sheets were looked at, and what to do — with 重新识别.
 */
export function NoTableNotice(props: NoTableNoticeProps): React.JSX.Element {
  const styles = useStyles();
  const { t, locale } = useMessages();
  const sheets = props.detection.sheets
    .filter((sheet) => sheet.ownedRun === null)
    .map((sheet) => sheet.name);
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("noTableTitle")}</MessageBarTitle>
        {props.detection.diagnostics.map((diagnostic, index) => (
          <div key={index} className={styles.line}>
            {formatDiagnostic(diagnostic, locale)}
          </div>
        ))}
        <div className={styles.line}>{t("noTableAdvice")}</div>
        {sheets.length > 0 && (
          <div className={styles.line}>
            {t("noTableSheets", { sheets: sheets.join(locale === "zh-CN" ? "、" : ", ") })}
          </div>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={props.onRedetect} disabled={props.disabled}>
          {t("redetect")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
