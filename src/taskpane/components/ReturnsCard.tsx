import {
  Body1,
  Button,
  Caption1,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { SummarySettings } from "../../engine";
import { FileDelivery, WorkbookPort } from "../../excel/port";
import { useMessages } from "../i18n";
import { PreparedForm, PreparedForms, deliverForm, prepareForms } from "../returnsCase";
import { SavedTable } from "../useCases";
import { CollectPanel } from "./CollectPanel";
import { Failure } from "./ReturnsFailure";
import { dueText, say } from "./returnsWords";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  list: {
    margin: 0,
    padding: 0,
    listStyle: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    wordBreak: "break-word",
  },
  done: { color: tokens.colorPaletteGreenForeground1 },
});

/** Props of {@link ReturnsCard}. */
export interface ReturnsCardProps {
  readonly port: WorkbookPort;
  /** The month and settings in force (the pane's), with the table's sheet when known. */
  readonly settings: SummarySettings;
  /** The clerk's column corrections of the detected table (null: none). */
  readonly saved: SavedTable | null;
  /** While the pane runs another job, or its settings are invalid. */
  readonly disabled: boolean;
  readonly onSelect: (sheet: string, address: string) => void;
  /** After returns were written into the ledger (the pane reads the table again). */
  readonly onCollected: () => void;
}

/** The forms part's one state. */
type FormsState =
  | { readonly kind: "idle" }
  | { readonly kind: "listing" }
  | {
      readonly kind: "listed";
      readonly prepared: PreparedForms;
      /** How each form handed out so far went, by unit. */
      readonly delivered: ReadonlyMap<string, FileDelivery>;
      readonly making: string | null;
      readonly error: unknown;
    }
  | { readonly kind: "failed"; readonly error: unknown };

/**
 * 报送表卡片: the month's collection chore. 列出报送表 lists one form per lead unit (`prepareForms`);
 * each unit's 生成 hands its form to the clerk (`deliverForm`: a download in the preview, a new
 * Excel workbook in Excel, where downloads are blocked). Below, the returned forms are collected
 * into the ledger ({@link CollectPanel}).
 */
export function ReturnsCard(props: ReturnsCardProps): React.JSX.Element {
  const styles = useStyles();
  const { locale } = useMessages();
  const [state, setState] = React.useState<FormsState>({ kind: "idle" });
  const { port, settings, saved } = props;
  const month = settings.month;

  // Another month, table or due day makes the list stale (a detection again with the same
  // corrections does not: they are compared by value).
  const basis = JSON.stringify([month, settings.sheet, settings.dueDay, saved]);
  React.useEffect(() => {
    setState({ kind: "idle" });
  }, [basis]);

  const list = (): void => {
    setState({ kind: "listing" });
    prepareForms(port, settings, saved)
      .then((prepared) =>
        setState({ kind: "listed", prepared, delivered: new Map(), making: null, error: null })
      )
      .catch((error: unknown) => setState({ kind: "failed", error }));
  };

  const make = (form: PreparedForm): void => {
    if (state.kind !== "listed") {
      return;
    }
    const listed = state;
    setState({ ...listed, making: form.unit, error: null });
    deliverForm(port, form)
      .then((delivery) =>
        setState((now) =>
          now.kind === "listed"
            ? {
                ...now,
                making: null,
                delivered: new Map([...now.delivered, [form.unit, delivery]]),
              }
            : now
        )
      )
      .catch((error: unknown) =>
        setState((now) => (now.kind === "listed" ? { ...now, making: null, error } : now))
      );
  };

  return (
    <section className={styles.root} aria-label={say(locale, "title")}>
      <Subtitle2>{say(locale, "title")}</Subtitle2>
      <div>
        <Button disabled={props.disabled || state.kind === "listing"} onClick={list}>
          {say(locale, "listForms", { month })}
        </Button>
      </div>
      {state.kind === "listing" && (
        <Spinner size="tiny" label={say(locale, "listing")} labelPosition="after" />
      )}
      {state.kind === "failed" && <Failure title="formsFailed" error={state.error} />}
      {state.kind === "listed" && (
        <>
          <Caption1>
            {say(locale, "formsHint", {
              month: state.prepared.month,
              due: dueText(locale, state.prepared.dueDate),
            })}
          </Caption1>
          <ul className={styles.list} aria-label={say(locale, "title")}>
            {state.prepared.forms.map((form) => {
              const delivered = state.delivered.get(form.unit);
              return (
                <li key={form.unit} className={styles.item}>
                  <span>
                    <Body1>{say(locale, "formItem", { unit: form.unit, count: form.count })}</Body1>
                    {delivered !== undefined && (
                      <Caption1 className={styles.done} block>
                        {delivered === "downloaded"
                          ? say(locale, "downloaded", { file: form.fileName })
                          : say(locale, "opened", { file: form.fileName, unit: form.unit })}
                      </Caption1>
                    )}
                  </span>
                  <Button
                    size="small"
                    disabled={props.disabled || state.making !== null}
                    aria-label={`${say(locale, "makeForm")} ${form.fileName}`}
                    onClick={() => make(form)}
                  >
                    {state.making === form.unit ? say(locale, "making") : say(locale, "makeForm")}
                  </Button>
                </li>
              );
            })}
          </ul>
          {state.error !== null && <Failure title="formsFailed" error={state.error} />}
        </>
      )}
      <CollectPanel
        port={port}
        settings={settings}
        saved={saved}
        disabled={props.disabled}
        onSelect={props.onSelect}
        onCollected={props.onCollected}
      />
    </section>
  );
}
