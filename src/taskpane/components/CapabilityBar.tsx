import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import * as React from "react";
import { formatWorkbookMessage } from "../../excel/messages";
import { RequirementStatus } from "../../excel/requirements";
import { useMessages } from "../i18n";

/** Props of {@link CapabilityBar}. */
export interface CapabilityBarProps {
  /** The adapter's requirement sets and whether this Excel supports them. */
  readonly capabilities: readonly RequirementStatus[];
}

/**
 * 功能缺失提示: a warning MessageBar naming each feature this Excel lacks and the API set it needs;
 * nothing when everything is supported.
 */
export function CapabilityBar(props: CapabilityBarProps): React.JSX.Element | null {
  const { t, locale } = useMessages();
  const missing = props.capabilities.filter((item) => !item.supported);
  if (missing.length === 0) {
    return null;
  }
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("capabilitiesTitle")}</MessageBarTitle>
        {missing.map((item) => (
          <div key={`${item.api} ${item.feature}`}>
            {formatWorkbookMessage(locale, "requirementMissing", {
              feature: formatWorkbookMessage(locale, item.feature),
              api: item.api,
            })}
          </div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
