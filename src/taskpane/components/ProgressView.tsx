import { ProgressBar, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { useMessages } from "../i18n";
import { WorkStep } from "../useCases";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** Props of {@link ProgressView}. */
export interface ProgressViewProps {
  readonly step: WorkStep;
  /** The steps of the running job, in order, for the bar's value. */
  readonly steps: readonly WorkStep[];
}

/** 进度: a spinner naming the current step and a bar of the steps done. */
export function ProgressView(props: ProgressViewProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useMessages();
  const label = t("working", { step: t(`step_${props.step}`) });
  const position = props.steps.indexOf(props.step);
  const value = props.steps.length > 1 && position >= 0 ? position / props.steps.length : undefined;
  return (
    <div className={styles.root} role="status" aria-live="polite">
      <Spinner size="tiny" label={label} labelPosition="after" />
      <ProgressBar
        value={value}
        thickness="medium"
        aria-label={t("stepOf", { number: Math.max(position, 0) + 1, count: props.steps.length })}
      />
    </div>
  );
}
