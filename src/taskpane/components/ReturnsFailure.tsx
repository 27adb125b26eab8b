import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import * as React from "react";
import { describeError } from "../describeError";
import { useMessages } from "../i18n";
import { say } from "./returnsWords";

/** 报送表卡片的失败: a failure of the returns card, in the clerk's words. */
export function Failure(props: {
  readonly title: "formsFailed" | "collectFailed";
  readonly error: unknown;
}): React.JSX.Element {
  const { locale } = useMessages();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{say(locale, props.title)}</MessageBarTitle>
        <div>{describeError(props.error, locale)}</div>
      </MessageBarBody>
    </MessageBar>
  );
}
