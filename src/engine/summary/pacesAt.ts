import { AssessError } from "../kernel/errors";
import { PaceSettings } from "../kernel/types";
import { IndicatorRecord } from "../table/tableModel";
import { LastMonthPace } from "./assessIndicators";
import { monthPace } from "./monthPace";

/**
 * 某月进度: every record's status and pace gap at `month`, quietly — the figures of an earlier month
 * that a rule looks back on (约谈: several periods running). A record that cannot be judged there
 * counts as 未报送 with no gap; its findings are the month's own summary's to report. Only an
 * `AssessError` is passed over; any other error is a bug and is thrown.
 */
export function pacesAt(
  records: readonly IndicatorRecord[],
  month: number,
  pace: PaceSettings
): LastMonthPace[] {
  return records.map((record): LastMonthPace => {
    try {
      return monthPace(record, month, pace);
    } catch (error) {
      if (!(error instanceof AssessError)) {
        throw error;
      }
      return { status: "not_reported", paceGap: null };
    }
  });
}
