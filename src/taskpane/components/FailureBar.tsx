import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import * as React from "react";
import { describeError } from "../describeError";
import { useMessages } from "../i18n";
import { WorkStep } from "../useCases";

/** Props of {@link FailureBar}. */
export interface FailureBarProps {
  readonly step: WorkStep;
  readonly error: unknown;
}

/** 失败提示: what failed, why (in the clerk's language) and what to do, in an error MessageBar. */
export function FailureBar(props: FailureBarProps): React.JSX.Element {
  const { t, locale } = useMessages();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("failedTitle", { step: t(`step_${props.step}`) })}</MessageBarTitle>
        <div>{describeError(props.error, locale)}</div>
        <div>{t(`advice_${props.step}`)}</div>
      </MessageBarBody>
    </MessageBar>
  );
}
