import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { useMessages } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Props of {@link Actions}. */
export interface ActionsProps {
  readonly disabled: boolean;
  readonly onMark: () => void;
  readonly onClear: () => void;
  readonly onGenerate: () => void;
}

/** 操作: 标记滞后指标, 清除标记, 生成月度通报 (one click for all five summary sheets). */
export function Actions(props: ActionsProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useMessages();
  return (
    <section className={styles.root} aria-label={t("actionsTitle")}>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={props.disabled} onClick={props.onGenerate}>
          {t("generate")}
        </Button>
        <Button disabled={props.disabled} onClick={props.onMark}>
          {t("markLagging")}
        </Button>
        <Button disabled={props.disabled} onClick={props.onClear}>
          {t("clearMarks")}
        </Button>
      </div>
      <Caption1>{t("generateHint")}</Caption1>
    </section>
  );
}
