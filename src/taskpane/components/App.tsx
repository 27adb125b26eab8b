import { Button, Title3, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { Locale } from "../../engine";
import { WorkbookPort } from "../../excel/port";
import { RequirementStatus } from "../../excel/requirements";
import { MessagesProvider, useMessages } from "../i18n";
import {
  PaneSettings,
  changedSettings,
  defaultPaneSettings,
  settingsValid,
  summarySettingsOf,
} from "../paneSettings";
import { generateUnlessEmpty } from "../generateUnlessEmpty";
import { saveMonth, startMonth } from "../monthMemory";
import { FoundDetection, PaneState, detected, detectionOf, hasTable } from "../paneState";
import { restoreAutomatic } from "../restoreAutomatic";
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
import { EmptyMonthBar } from "./EmptyMonthBar";
import { FailureBar } from "./FailureBar";
import { LanguageSwitch } from "./LanguageSwitch";
import { MonthNote, MonthOrigin } from "./MonthNote";
import { NoTableNotice } from "./NoTableNotice";
import { ProgressView } from "./ProgressView";
import { ResultsView } from "./ResultsView";
import { ReturnsCard } from "./ReturnsCard";
import { SettingsCard } from "./SettingsCard";
import { TableCard } from "./TableCard";
import { SideFailure, useSavedSettings } from "./useSavedSettings";
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
  /** Today, for the data month when the table has no actual and none was chosen (last month). */
  readonly today?: Date;
}

/**
 * 任务窗格: the clerk's monthly job — find the table (and correct its columns), set the month, mark
 * the lagging indicators, generate the monthly summary — over a {@link WorkbookPort}. The data
 * month starts as the one the clerk chose for the workbook before, else the latest month with
 * actuals in the table, else last month; a month the clerk chooses is remembered in the workbook.
 */
export function App(props: AppProps): React.JSX.Element {
  return (
    <MessagesProvider initialLocale={props.initialLocale ?? "zh-CN"}>
      <Pane {...props} />
    </MessagesProvider>
  );
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
  const [monthOrigin, setMonthOrigin] = React.useState<MonthOrigin | null>(null);
  /** Set once the clerk picks a month: detections no longer move it. */
  const monthChosenRef = React.useRef(false);
  const stateRef = React.useRef(state);
  stateRef.current = state;
  const settingsRef = React.useRef(settings);
  settingsRef.current = settings;
  /** The latest job; a result of an older one is dropped. */
  const jobRef = React.useRef(0);

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

  /** Today as the host gave it when the pane opened (a new Date per render must not re-detect). */
  const todayRef = React.useRef(props.today);
  /** The state after a detection, with the data month it implies unless the clerk chose one. */
  const detectedWithMonth = React.useCallback((detection: Detection): PaneState => {
    if (!monthChosenRef.current && hasTable(detection)) {
      const { periods } = settingsRef.current;
      const latest = detection.latestActual;
      const today = todayRef.current ?? new Date();
      const start = startMonth(detection.savedMonth, latest, today, periods);
      const next = { ...settingsRef.current, month: start.month };
      settingsRef.current = next;
      setSettings(next);
      setMonthOrigin({
        source: start.source,
        month: start.month,
        ...(start.source === "actuals" && latest !== null ? { count: latest.indicators } : {}),
      });
    }
    return detected(detection);
  }, []);

  const detectRef = React.useRef<() => void>(() => undefined);
  const { restoreSaved, save, saveSheet, savedSheet, openFailure } = useSavedSettings({
    port,
    settingsRef,
    setSettings,
    setSideFailure,
    detectRef,
  });

  const detect = React.useCallback((): void => {
    void runJob(
      ["detect"],
      (onStep) => detectTable(port, undefined, { periods: settingsRef.current.periods, onStep }),
      (detection) => {
        restoreSaved(detection);
        return detectedWithMonth(detection);
      }
    );
  }, [port, runJob, detectedWithMonth, restoreSaved]);
  detectRef.current = detect;

  React.useEffect(() => {
    detect();
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
      detectedWithMonth
    );
  };

  const restore = (): void => {
    void runJob(
      ["reset", "detect"],
      (onStep) => restoreAutomatic(port, { periods: settingsRef.current.periods, onStep }),
      detectedWithMonth
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
      (onStep) => generateUnlessEmpty(port, summarySettings, { saved: detection.saved, onStep }),
      (result): PaneState =>
        result.kind === "empty"
          ? { kind: "confirmEmpty", detection, empty: result.empty, settings: summarySettings }
          : { kind: "done", detection, outcome: { kind: "summary", result: result.outcome } }
    );
  };

  /** 仍然生成: the clerk confirms an empty month; read again (the clerk may have typed since) and write. */
  const generateAnyway = (): void => {
    const current = stateRef.current;
    if (current.kind !== "confirmEmpty") {
      return;
    }
    const { detection, settings: summarySettings } = current;
    void runJob(
      ["read", "compute", "write"],
      (onStep) => generateSummary(port, summarySettings, { saved: detection.saved, onStep }),
      (result): PaneState => ({ kind: "done", detection, outcome: { kind: "summary", result } })
    );
  };

  /** 取消: nothing is written; back to the table. */
  const cancelEmpty = (): void => {
    const current = stateRef.current;
    if (current.kind === "confirmEmpty") {
      setState({ kind: "idle", detection: current.detection });
    }
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

  const changeSettings = (next: PaneSettings): void => {
    const previous = settingsRef.current;
    settingsRef.current = next;
    setSettings(next);
    if (!settingsValid(next)) {
      return;
    }
    const current = stateRef.current;
    if (current.kind === "confirmEmpty") {
      setState({ kind: "idle", detection: current.detection }); // the question was for other settings
    }
    if (next.month !== previous.month && next.periods === previous.periods) {
      monthChosenRef.current = true;
      setMonthOrigin({ source: "chosen", month: next.month });
      saveMonth(port, next.month, next.periods).catch((error: unknown) =>
        setSideFailure({ step: "saveMonth", error })
      );
    }
    if (changedSettings(previous, next).length > 0) {
      save(previous, next, false);
    }
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
          {monthOrigin !== null && <MonthNote origin={monthOrigin} />}
          <Actions
            disabled={busy || state.kind === "confirmEmpty" || !settingsValid(settings)}
            onGenerate={generate}
            onMark={mark}
            onClear={clear}
          />
        </>
      )}
      {state.kind === "confirmEmpty" && (
        <EmptyMonthBar empty={state.empty} onConfirm={generateAnyway} onCancel={cancelEmpty} />
      )}
      {state.kind === "working" && <ProgressView step={state.step} steps={state.steps} />}
      {state.kind === "failed" && <FailureBar step={state.step} error={state.error} />}
      {state.kind === "failed" && table === null && (
        <div>
          <Button onClick={detect}>{t("redetect")}</Button>
        </div>
      )}
      {sideFailure !== null && <FailureBar step={sideFailure.step} error={sideFailure.error} />}
      {openFailure !== null && <FailureBar step="defaults" error={openFailure} />}
      {state.kind === "done" && <ResultsView outcome={state.outcome} onSelect={select} />}
      {state.kind !== "working" || state.detection !== null ? (
        <YearEndCard port={port} disabled={busy} onSelect={select} />
      ) : null}
      {table !== null && (
        <ReturnsCard
          port={port}
          settings={summarySettingsOf(settings, table.table.sheet)}
          saved={table.saved}
          disabled={busy || !settingsValid(settings)}
          onSelect={select}
          onCollected={detect}
        />
      )}
      {table !== null && (
        <TableCard
          table={table.table}
          columns={table.columns}
          unapplied={table.unapplied}
          corrected={table.saved !== null && table.saved.columns.length > 0}
          effect={table.effect}
          disabled={busy}
          onCorrect={correct}
          onRedetect={detect}
          onRestore={restore}
        />
      )}
    </div>
  );
}
