import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import * as React from "react";
import { EmptyMonth } from "../emptyMonth";
import { useMessages } from "../i18n";

/** Props of {@link EmptyMonthBar}. */
export interface EmptyMonthBarProps {
  readonly empty: EmptyMonth;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/**
 * 空月份确认: 生成月度通报 found no actual for the month and wrote nothing. Says how many indicators
 * have actuals (none this month; how many in the latest month that has them) and asks: 仍然生成
 * (write the summary all the same) or 取消 (write nothing).
 */
export function EmptyMonthBar(props: EmptyMonthBarProps): React.JSX.Element {
  const { t } = useMessages();
  const { empty } = props;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("emptyMonthTitle", { month: empty.month })}</MessageBarTitle>
        <div>{t("emptyMonthBody", { month: empty.month, total: empty.indicators })}</div>
        <div>
          {empty.latest === null
            ? t("emptyMonthNone")
            : t("emptyMonthLatest", {
                month: empty.latest.month,
                count: empty.latest.indicators,
              })}
        </div>
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={props.onConfirm}>
          {t("emptyMonthConfirm")}
        </Button>
        <Button onClick={props.onCancel}>{t("emptyMonthCancel")}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
