import { AssessError } from "../kernel/errors";
import { PaceSettings } from "../kernel/types";
import { paceStatus } from "../status/paceStatus";
import { IndicatorRecord } from "../table/tableModel";
import { LastMonthPace } from "./assessIndicators";
import { indicatorInputAt } from "./indicatorInputAt";
import { unjudgedStatus } from "./unjudgedStatus";

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
    const unjudged = unjudgedStatus(record, month);
    if (unjudged !== null) {
      return { status: unjudged, paceGap: null };
    }
    try {
      const { status, paceGap } = paceStatus(indicatorInputAt(record, month), pace);
      return { status, paceGap };
    } catch (error) {
      if (!(error instanceof AssessError)) {
        throw error;
      }
      return { status: "not_reported", paceGap: null };
    }
  });
}
