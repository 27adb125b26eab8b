import * as React from "react";
import { WorkbookPort } from "../../excel/port";
import { restoreFailure } from "../../functions/runtimeDefaults";
import { PaneSettings, paneSettingsOf, settingsValid } from "../paneSettings";
import { restoreFunctionDefaults, saveSettings } from "../settingsCase";
import { Detection, WorkStep } from "../useCases";

/** A failure of a side action (going to a cell, updating the functions' defaults). */
export interface SideFailure {
  readonly step: WorkStep;
  readonly error: unknown;
}

/** What {@link useSavedSettings} needs of the pane. */
export interface SavedSettingsHost {
  readonly port: WorkbookPort;
  readonly settingsRef: React.MutableRefObject<PaneSettings>;
  readonly setSettings: (settings: PaneSettings) => void;
  readonly setSideFailure: (failure: SideFailure | null) => void;
  /** Detects the table again (after the saved periods replaced the pane's). */
  readonly detectRef: React.MutableRefObject<() => void>;
}

/** The pane's hold on the settings the workbook keeps: restore, save, save to the 设置 sheet. */
export interface SavedSettings {
  /** On the first detection: shows the settings the workbook keeps and gives them to the functions. */
  readonly restoreSaved: (detection: Detection) => void;
  /** Keeps a change in the workbook, after any save still under way (`settingsCase.saveSettings`). */
  readonly save: (before: PaneSettings, after: PaneSettings, createSheet: boolean) => void;
  /** 保存到设置表: writes the settings on the 设置 sheet, made when there is none. */
  readonly saveSheet: () => void;
  /** The 设置 sheet last written, to say so; null: none yet. */
  readonly savedSheet: string | null;
  /** Why the runtime could not restore the saved defaults when the workbook opened, or null. */
  readonly openFailure: unknown;
}

/**
 * 设置的保存与恢复 (hook): the settings' side of the pane. On the first detection the pane shows the
 * settings the workbook keeps (`Detection.savedSettings`) and makes their periods and band the
 * functions' defaults (detecting again when the periods changed); every change is kept in the
 * workbook, one save after the other; a failure of the runtime's restore at open is given to show.
 */
export function useSavedSettings(host: SavedSettingsHost): SavedSettings {
  const { port, settingsRef, setSettings, setSideFailure, detectRef } = host;
  /** The settings as the workbook kept them when the pane opened (null: not read yet). */
  const restoredRef = React.useRef<PaneSettings | null>(null);
  /** Saves of the settings, one after the other. */
  const savingRef = React.useRef<Promise<unknown>>(Promise.resolve());
  const [savedSheet, setSavedSheet] = React.useState<string | null>(null);

  // Why the shared runtime could not restore the saved defaults at open (null: it did, or did not
  // run), read once; the pane restores them itself once it has read the workbook.
  const [openFailure] = React.useState<unknown>(() => restoreFailure());

  const restoreSaved = React.useCallback(
    (detection: Detection): void => {
      if (restoredRef.current !== null) {
        return;
      }
      const restored = paneSettingsOf(detection.savedSettings, settingsRef.current);
      restoredRef.current = restored;
      const periodsChanged = restored.periods !== settingsRef.current.periods;
      settingsRef.current = restored;
      setSettings(restored);
      restoreFunctionDefaults(port, restored).catch((error: unknown) =>
        setSideFailure({ step: "defaults", error })
      );
      if (periodsChanged) {
        queueMicrotask(() => detectRef.current()); // the table is found with the saved periods
      }
    },
    [port, settingsRef, setSettings, setSideFailure, detectRef]
  );

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

  return { restoreSaved, save, saveSheet, savedSheet, openFailure };
}
