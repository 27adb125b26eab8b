import { Button, Title3, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { Locale } from "../../engine";
import { WorkbookPort } from "../../excel/port";
import { RequirementStatus } from "../../excel/requirements";
import { MessagesProvider, useMessages } from "../i18n";
import {
  PaneSettings,
  defaultPaneSettings,
  paneSettingsOf,
  settingsValid,
  summarySettingsOf,
} from "../paneSettings";
import { restoreFailure } from "../../functions/runtimeDefaults";
import { restoreFunctionDefaults, saveSettings } from "../settingsCase";
import { FoundDetection, PaneState, hasTable } from "../paneState";
import { ColumnCorrection } from "../tableColumns";
import {
  Detection,
  WorkStep,
  clearMarks,
  correctColumnRole,
  detectTable,
  generateSummary,
  markLagging,
  readSummary,
} from "../useCases";
import { Actions } from "./Actions";
import { CapabilityBar } from "./CapabilityBar";
import { FailureBar } from "./FailureBar";
import { LanguageSwitch } from "./LanguageSwitch";
import { NoTableNotice } from "./NoTableNotice";
import { ProgressView } from "./ProgressView";
import { ResultsView } from "./ResultsView";
import { SettingsCard } from "./SettingsCard";
import { TableCard } from "./TableCard";
import { YearEndCard } from "./YearEndCard";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    boxSizing: "border-box",
    minWidth: 0,
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
});

/** Props of {@link App}. */
export interface AppProps {
  /** The workbook: Excel through Office.js, or the browser preview's. */
  readonly port: WorkbookPort;
  /** The language detected from Office; the pane's 中文 / English switch overrides it. */
  readonly initialLocale?: Locale;
  /** The adapter's requirement sets and whether this Excel supports them (warning when one is missing). */
  readonly capabilities?: readonly RequirementStatus[];
  /** Today, for the default data month (last month). */
  readonly today?: Date;
}

/**
 * 任务窗格: the clerk's monthly job — find the table (and correct its columns), set the month, mark
 * the lagging indicators, generate the monthly summary — over a {@link WorkbookPort}.
 */
export function App(props: AppProps): React.JSX.Element {
  return (
    <MessagesProvider initialLocale={props.initialLocale ?? "zh-CN"}>
      <Pane {...props} />
    </MessagesProvider>
  );
}

/** A failure of a side action (going to a cell, updating the functions' defaults). */
interface SideFailure {
  readonly step: WorkStep;
  readonly error: unknown;
}

/** The detection a state carries, or null. */
function detectionOf(state: PaneState): Detection | null {
  return state.detection;
}

/** The state after a detection: idle with a table, else noTable. */
function detected(detection: Detection): PaneState {
  return hasTable(detection) ? { kind: "idle", detection } : { kind: "noTable", detection };
}

function Pane(props: AppProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useMessages();
  const { port } = props;
  const [state, setState] = React.useState<PaneState>({
    kind: "working",
    step: "detect",
    steps: ["detect"],
    detection: null,
  });
  const [settings, setSettings] = React.useState<PaneSettings>(() =>
    defaultPaneSettings(props.today ?? new Date())
  );
  const [sideFailure, setSideFailure] = React.useState<SideFailure | null>(null);
  const stateRef = React.useRef(state);
  stateRef.current = state;
  const settingsRef = React.useRef(settings);
  settingsRef.current = settings;
  /** The latest job; a result of an older one is dropped. */
  const jobRef = React.useRef(0);
  /** The settings as the workbook kept them when the pane opened (null: not read yet). */
  const restoredRef = React.useRef<PaneSettings | null>(null);
  /** Saves of the settings, one after the other. */
  const savingRef = React.useRef<Promise<unknown>>(Promise.resolve());
  const [savedSheet, setSavedSheet] = React.useState<string | null>(null);

  const runJob = React.useCallback(
    async <T,>(
      steps: readonly WorkStep[],
      job: (onStep: (step: WorkStep) => void) => Promise<T>,
      finish: (value: T) => PaneState
    ): Promise<void> => {
      const id = ++jobRef.current;
      const detection = detectionOf(stateRef.current);
      let step = steps[0];
      setSideFailure(null);
      setState({ kind: "working", step, steps, detection });
      const onStep = (next: WorkStep): void => {
        step = next;
        if (id === jobRef.current) {
          setState({ kind: "working", step: next, steps, detection });
        }
      };
      try {
        const value = await job(onStep);
        if (id === jobRef.current) {
          setState(finish(value));
        }
      } catch (error) {
        if (id === jobRef.current) {
          setState({ kind: "failed", step, error, detection });
        }
      }
    },
    []
  );

  const detect = React.useCallback((): void => {
    void runJob(
      ["detect"],
      (onStep) => detectTable(port, undefined, { periods: settingsRef.current.periods, onStep }),
      (detection) => {
        if (restoredRef.current === null) {
          // First read: show the settings the workbook keeps, and give them to the functions.
          const restored = paneSettingsOf(detection.savedSettings, settingsRef.current);
          restoredRef.current = restored;
          const periodsChanged = restored.periods !== settingsRef.current.periods;
          settingsRef.current = restored;
          setSettings(restored);
          restoreFunctionDefaults(port, restored).catch((error: unknown) =>
            setSideFailure({ step: "defaults", error })
          );
          if (periodsChanged) {
            queueMicrotask(() => detectRef.current());
          }
        }
        return detected(detection);
      }
    );
  }, [port, runJob]);
  const detectRef = React.useRef(detect);
  detectRef.current = detect;

  React.useEffect(() => {
    detect();
    // The shared runtime could not restore the saved defaults at open: say so (the pane restores
    // them itself once it has read the workbook).
    const failure = restoreFailure();
    if (failure !== null) {
      setSideFailure({ step: "defaults", error: failure });
    }
  }, [detect]);

  /** The detection with a table in the current state, or null. */
  const found = (): FoundDetection | null => {
    const detection = detectionOf(stateRef.current);
    return hasTable(detection) ? detection : null;
  };

  const correct = (correction: ColumnCorrection): void => {
    const detection = found();
    if (detection === null) {
      return;
    }
    void runJob(
      ["save", "detect"],
      (onStep) =>
        correctColumnRole(port, detection, correction, {
          periods: settingsRef.current.periods,
          onStep,
        }),
      detected
    );
  };

  const generate = (): void => {
    const detection = found();
    if (detection === null) {
      return;
    }
    const summarySettings = summarySettingsOf(settingsRef.current, detection.table.sheet);
    void runJob(
      ["read", "compute", "write"],
      (onStep) => generateSummary(port, summarySettings, { saved: detection.saved, onStep }),
      (result): PaneState => ({ kind: "done", detection, outcome: { kind: "summary", result } })
    );
  };

  const mark = (): void => {
    const detection = found();
    if (detection === null) {
      return;
    }
    const summarySettings = summarySettingsOf(settingsRef.current, detection.table.sheet);
    void runJob(
      ["read", "compute", "mark"],
      async (onStep) => {
        const { summary, read } = await readSummary(port, summarySettings, {
          saved: detection.saved,
          marks: true,
          onStep,
        });
        onStep("mark");
        return { summary, mark: await markLagging(port, summary, detection.table, read) };
      },
      (value): PaneState => ({ kind: "done", detection, outcome: { kind: "marked", ...value } })
    );
  };

  const clear = (): void => {
    const detection = found();
    if (detection === null) {
      return;
    }
    void runJob(
      ["clear"],
      () => clearMarks(port),
      (): PaneState => ({ kind: "done", detection, outcome: { kind: "cleared" } })
    );
  };

  const select = (sheet: string, address: string): void => {
    setSideFailure(null);
    port
      .selectCell(sheet, address)
      .catch((error: unknown) => setSideFailure({ step: "select", error }));
  };

  /** Keeps the settings in the workbook, after any save still under way. */
  const save = (before: PaneSettings, after: PaneSettings, createSheet: boolean): void => {
    savingRef.current = savingRef.current
      .then(() => saveSettings(port, before, after, createSheet))
      .then((report) => {
        if (report.sheet !== null && (report.created || report.added.length > 0 || createSheet)) {
          setSavedSheet(report.sheet);
        }
      })
      .catch((error: unknown) => setSideFailure({ step: "settings", error }));
  };

  const saveSheet = (): void => {
    const current = settingsRef.current;
    if (settingsValid(current)) {
      save(restoredRef.current ?? current, current, true);
    }
  };

  const changeSettings = (next: PaneSettings): void => {
    const previous = settingsRef.current;
    settingsRef.current = next;
    setSettings(next);
    if (!settingsValid(next)) {
      return;
    }
    save(previous, next, false);
    if (next.periods !== previous.periods) {
      detect();
    }
  };

  const busy = state.kind === "working";
  const detection = detectionOf(state);
  const table = hasTable(detection) ? detection : null;
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">{t("appTitle")}</Title3>
        <LanguageSwitch />
      </header>
      {props.capabilities !== undefined && <CapabilityBar capabilities={props.capabilities} />}
      {state.kind === "noTable" && (
        <NoTableNotice detection={state.detection} disabled={busy} onRedetect={detect} />
      )}
      {table !== null && (
        <>
          <SettingsCard
            settings={settings}
            disabled={busy}
            onChange={changeSettings}
            onSaveSheet={saveSheet}
            savedSheet={savedSheet}
          />
          <Actions
            disabled={busy || !settingsValid(settings)}
            onGenerate={generate}
            onMark={mark}
            onClear={clear}
          />
        </>
      )}
      {state.kind === "working" && <ProgressView step={state.step} steps={state.steps} />}
      {state.kind === "failed" && <FailureBar step={state.step} error={state.error} />}
      {state.kind === "failed" && table === null && (
        <div>
          <Button onClick={detect}>{t("redetect")}</Button>
        </div>
      )}
      {sideFailure !== null && <FailureBar step={sideFailure.step} error={sideFailure.error} />}
      {state.kind === "done" && <ResultsView outcome={state.outcome} onSelect={select} />}
      {state.kind !== "working" || state.detection !== null ? (
        <YearEndCard port={port} disabled={busy} onSelect={select} />
      ) : null}
      {table !== null && (
        <TableCard
          table={table.table}
          columns={table.columns}
          unapplied={table.unapplied}
          disabled={busy}
          onCorrect={correct}
          onRedetect={detect}
        />
      )}
    </div>
  );
}
