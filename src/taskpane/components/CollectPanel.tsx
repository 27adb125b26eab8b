import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { CollectDiagnostic, collectChanges, Diagnostic, SummarySettings } from "../../engine";
import { CellWriteReport, WorkbookPort } from "../../excel/port";
import { fileBytes } from "../fileBytes";
import { useMessages } from "../i18n";
import {
  CollectPreview,
  PickedReturn,
  applyCollect,
  collectWrites,
  previewCollect,
} from "../returnsCase";
import { SavedTable } from "../useCases";
import { DiagnosticList } from "./DiagnosticList";
import { Failure } from "./ReturnsFailure";
import { say } from "./returnsWords";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  item: { wordBreak: "break-word" },
  hidden: { display: "none" },
});

/** Props of {@link CollectPanel}: as the returns card's. */
export interface CollectPanelProps {
  readonly port: WorkbookPort;
  readonly settings: SummarySettings;
  readonly saved: SavedTable | null;
  readonly disabled: boolean;
  readonly onSelect: (sheet: string, address: string) => void;
  readonly onCollected: () => void;
}

/** The panel's one state. */
type CollectState =
  | { readonly kind: "idle" }
  | { readonly kind: "reading"; readonly count: number }
  | {
      readonly kind: "planned";
      readonly picked: readonly PickedReturn[];
      readonly preview: CollectPreview;
      readonly confirming: boolean;
    }
  | { readonly kind: "writing"; readonly preview: CollectPreview }
  | { readonly kind: "written"; readonly preview: CollectPreview; readonly report: CellWriteReport }
  | { readonly kind: "failed"; readonly error: unknown };

/** Conflicts a plan left as they are (errors), or replaced (warnings, with `force`). */
function conflicts(preview: CollectPreview): number {
  return preview.result.diagnostics.filter((found) => found.code === "return_conflict").length;
}

/** The picked files' bytes and dates. */
async function pickedOf(files: readonly File[]): Promise<PickedReturn[]> {
  return Promise.all(
    files.map(async (file) => ({
      name: file.name,
      bytes: await fileBytes(file),
      lastModified: Number.isFinite(file.lastModified) ? file.lastModified : null,
    }))
  );
}

/**
 * 汇总报送表: the clerk chooses the returned forms (a file input, read in the browser); the panel
 * lists what collecting them would write (`previewCollect`: each change, every finding with its
 * file, unreadable files) and writes nothing until the clerk confirms (`applyCollect`). Differing
 * figures already in the ledger stay unless the clerk ticks replace, which plans again with them
 * replaced and says how many in the confirmation.
 */
export function CollectPanel(props: CollectPanelProps): React.JSX.Element {
  const styles = useStyles();
  const { locale } = useMessages();
  const [state, setState] = React.useState<CollectState>({ kind: "idle" });
  const input = React.useRef<HTMLInputElement>(null);
  const { port, settings, saved } = props;
  // A plan made for another month or table is stale: planned or failed, it goes. What was written
  // stays said (the pane reads the table again right after writing).
  const basis = JSON.stringify([settings.month, settings.sheet, saved]);
  React.useEffect(() => {
    setState((now) => (now.kind === "planned" || now.kind === "failed" ? { kind: "idle" } : now));
  }, [basis]);

  const plan = (picked: readonly PickedReturn[], force: boolean): void => {
    setState({ kind: "reading", count: picked.length });
    previewCollect(port, picked, settings, { force, saved })
      .then((preview) => setState({ kind: "planned", picked, preview, confirming: false }))
      .catch((error: unknown) => setState({ kind: "failed", error }));
  };

  const choose = (event: React.ChangeEvent<HTMLInputElement>): void => {
    const files = Array.from(event.target.files ?? []);
    event.target.value = ""; // the same files may be chosen again
    if (files.length === 0) {
      return;
    }
    setState({ kind: "reading", count: files.length });
    pickedOf(files)
      .then((picked) => plan(picked, false))
      .catch((error: unknown) => setState({ kind: "failed", error }));
  };

  const write = (preview: CollectPreview): void => {
    setState({ kind: "writing", preview });
    applyCollect(port, preview)
      .then((report) => {
        setState({ kind: "written", preview, report });
        props.onCollected();
      })
      .catch((error: unknown) => setState({ kind: "failed", error }));
  };

  const busy = state.kind === "reading" || state.kind === "writing";
  return (
    <section className={styles.root} aria-label={say(locale, "collectTitle")}>
      <Subtitle2>{say(locale, "collectTitle")}</Subtitle2>
      <Caption1>{say(locale, "collectHint")}</Caption1>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={say(locale, "fileInput")}
        data-testid="return-files"
        onChange={choose}
      />
      <div>
        <Button disabled={props.disabled || busy} onClick={() => input.current?.click()}>
          {say(locale, "chooseFiles")}
        </Button>
      </div>
      {state.kind === "reading" && (
        <Spinner
          size="tiny"
          label={say(locale, "reading", { count: state.count })}
          labelPosition="after"
        />
      )}
      {state.kind === "writing" && (
        <Spinner size="tiny" label={say(locale, "writing")} labelPosition="after" />
      )}
      {state.kind === "failed" && <Failure title="collectFailed" error={state.error} />}
      {state.kind === "written" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {say(locale, "written", {
              figures: state.preview.result.figures.length,
              entries: state.preview.result.register.entries.length,
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "planned" && (
        <Planned
          state={state}
          disabled={props.disabled}
          onForce={(force) => plan(state.picked, force)}
          onConfirm={(confirming) => setState({ ...state, confirming })}
          onWrite={() => write(state.preview)}
          onSelect={props.onSelect}
        />
      )}
    </section>
  );
}

/** A plan on screen: unreadable files, findings, replace, write (and its confirmation), then every change. */
function Planned(props: {
  readonly state: Extract<CollectState, { kind: "planned" }>;
  readonly disabled: boolean;
  readonly onForce: (force: boolean) => void;
  readonly onConfirm: (confirming: boolean) => void;
  readonly onWrite: () => void;
  readonly onSelect: (sheet: string, address: string) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const { locale } = useMessages();
  const { preview, confirming } = props.state;
  const { result } = preview;
  const writes = collectWrites(preview);
  const conflicting = conflicts(preview);
  const overwrites = result.figures.filter((figure) => figure.forced).length;
  const sheets = new Set(preview.sheets);
  const describe = (found: Diagnostic, text: string): string => {
    const source = (found as CollectDiagnostic).source;
    return source === undefined || source === ""
      ? text
      : say(locale, "fromFile", { file: source, text });
  };
  const creates = result.register.create && result.register.entries.length > 0;
  return (
    <>
      {preview.unreadable.length > 0 && (
        <ul className={styles.list}>
          {preview.unreadable.map((file) => (
            <li key={file.name} className={styles.item}>
              {say(locale, `unreadable_${file.reason}`, {
                file: file.name,
                megabytes: file.megabytes ?? "",
                detail: file.detail ?? "",
              })}
            </li>
          ))}
        </ul>
      )}
      <DiagnosticList
        diagnostics={result.diagnostics}
        onSelect={props.onSelect}
        describe={describe}
        linkable={(found) => sheets.has(found.sheet)}
        title={say(locale, "findingsTitle")}
      />
      {conflicting > 0 && (
        <Checkbox
          checked={preview.force}
          disabled={props.disabled}
          label={say(locale, "force", { count: conflicting })}
          onChange={(_, data) => props.onForce(data.checked === true)}
        />
      )}
      {writes === 0 ? (
        <Caption1>{say(locale, "nothing")}</Caption1>
      ) : confirming ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{say(locale, "confirmTitle")}</MessageBarTitle>
            <div>
              {say(locale, "confirmBody", {
                figures: result.figures.length,
                entries: result.register.entries.length,
                created: creates
                  ? say(locale, "confirmCreated", { sheet: result.register.sheet })
                  : "",
              })}
              {overwrites > 0 && ` ${say(locale, "confirmOverwrite", { count: overwrites })}`}
            </div>
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" disabled={props.disabled} onClick={props.onWrite}>
              {say(locale, "confirm")}
            </Button>
            <Button onClick={() => props.onConfirm(false)}>{say(locale, "cancel")}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : (
        <div>
          <Button
            appearance="primary"
            disabled={props.disabled}
            onClick={() => props.onConfirm(true)}
          >
            {say(locale, "write", {
              figures: result.figures.length,
              entries: result.register.entries.length,
            })}
          </Button>
        </div>
      )}
      <section aria-label={say(locale, "changesTitle")}>
        <Body1>{say(locale, "changesTitle")}</Body1>
        <ul className={styles.list}>
          {collectChanges(result, locale).map((line, index) => (
            <li key={index} className={styles.item}>
              {line}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
