import { MonthlySummary, SummarySettings } from "../engine";
import { EmptyMonth } from "./emptyMonth";
import { Detection, MarkReport, SummaryOutcome, WorkStep } from "./useCases";

/** 结果: what the last finished action produced. */
export type Outcome =
  | { readonly kind: "summary"; readonly result: SummaryOutcome }
  | { readonly kind: "marked"; readonly summary: MonthlySummary; readonly mark: MarkReport }
  | { readonly kind: "cleared" };

/** A detection that found a table. */
export type FoundDetection = Detection & { readonly table: NonNullable<Detection["table"]> };

/**
 * 窗格状态: the pane's one state, an explicit union —
 * - `working`: a job is running (`step` now, `steps` in all); the detection so far, if any;
 * - `noTable`: the workbook holds no decomposition table;
 * - `idle`: a table was found, nothing run yet;
 * - `confirmEmpty`: 生成月度通报 found no actual for the month and wrote nothing; it asks the clerk
 *   to generate anyway (with `settings`) or cancel;
 * - `done`: an action finished with its outcome;
 * - `failed`: a step failed; the detection so far, if any, stays usable.
 */
export type PaneState =
  | {
      readonly kind: "working";
      readonly step: WorkStep;
      readonly steps: readonly WorkStep[];
      readonly detection: Detection | null;
    }
  | { readonly kind: "noTable"; readonly detection: Detection }
  | { readonly kind: "idle"; readonly detection: FoundDetection }
  | {
      readonly kind: "confirmEmpty";
      readonly detection: FoundDetection;
      readonly empty: EmptyMonth;
      readonly settings: SummarySettings;
    }
  | { readonly kind: "done"; readonly detection: FoundDetection; readonly outcome: Outcome }
  | {
      readonly kind: "failed";
      readonly step: WorkStep;
      readonly error: unknown;
      readonly detection: Detection | null;
    };

/** Whether a detection found a table. */
export function hasTable(detection: Detection | null): detection is FoundDetection {
  return detection !== null && detection.table !== null;
}

/** The detection a state carries, or null. */
export function detectionOf(state: PaneState): Detection | null {
  return state.detection;
}

/** The state after a detection: idle with a table, else noTable. */
export function detected(detection: Detection): PaneState {
  return hasTable(detection) ? { kind: "idle", detection } : { kind: "noTable", detection };
}
