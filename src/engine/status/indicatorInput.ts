import { CheckpointTarget, Direction, Measure } from "../kernel/types";

/** One indicator in one month, as the monthly summary and the STATUS function see it. */
export interface IndicatorInput {
  /** 方向: higher-is-better, or lower-is-better (a ceiling). */
  readonly direction: Direction;
  /** 口径: absolute value or growth rate in %. */
  readonly measure: Measure;
  /** The table's checkpoint targets (rates for growth, ceilings for lower-is-better), any order. */
  readonly checkpoints: readonly CheckpointTarget[];
  /** 年度目标; null = the checkpoint at month = periods, else the latest checkpoint. */
  readonly annualTarget: number | null;
  /** 累计完成 at `month` (the rate for growth, the measured value for a ceiling); null = 未报送. */
  readonly actual: number | null;
  /** 累计完成 at `month − 1`; null when unknown (ignored in month 1, where it is 0). */
  readonly previousActual: number | null;
  /** Cumulative month 1…periods. */
  readonly month: number;
}
