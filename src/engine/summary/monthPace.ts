import { Dec } from "../kernel/decimal";
import { PaceSettings, Status } from "../kernel/types";
import { paceStatus } from "../status/paceStatus";
import { IndicatorRecord } from "../table/tableModel";
import { indicatorInputAt } from "./indicatorInputAt";
import { unjudgedStatus } from "./unjudgedStatus";

/**
 * 某月状态: a record's status and pace gap in `month` (a `LastMonthPace`) — 目标缺失或为零 or 实际值无法识别 without a gap
 * when it cannot be judged there (`unjudgedStatus`), else by `paceStatus`.
 *
 * @throws AssessError as `paceStatus` does; the caller decides what a failure counts as.
 */
export function monthPace(
  record: IndicatorRecord,
  month: number,
  pace: PaceSettings
): { readonly status: Status; readonly paceGap: Dec | null } {
  const unjudged = unjudgedStatus(record, month);
  if (unjudged !== null) {
    return { status: unjudged, paceGap: null };
  }
  const { status, paceGap } = paceStatus(indicatorInputAt(record, month), pace);
  return { status, paceGap };
}
