import { Caption1 } from "@fluentui/react-components";
import * as React from "react";
import { useMessages } from "../i18n";
import { MonthSource } from "../monthMemory";

/** 月份来源: where the data month came from — or `chosen`, the clerk just picked it. */
export interface MonthOrigin {
  readonly source: MonthSource | "chosen";
  readonly month: number;
  /** For `actuals`: the indicators with an actual in that month. */
  readonly count?: number;
}

/**
 * 月份说明: one line under the settings card saying why the data month is what it is — the latest
 * month with actuals, the month chosen for this workbook before, or last month when the table has
 * no actual — or that the month just chosen is remembered.
 */
export function MonthNote(props: { readonly origin: MonthOrigin }): React.JSX.Element {
  const { t } = useMessages();
  const { source, month, count } = props.origin;
  const text =
    source === "actuals"
      ? t("monthFromActuals", { month, count: count ?? 0 })
      : source === "saved"
        ? t("monthFromSaved", { month })
        : source === "calendar"
          ? t("monthFromCalendar", { month })
          : t("monthRemembered", { month });
  return <Caption1 aria-live="polite">{text}</Caption1>;
}
