import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { CorrectionEffect } from "../columnChanges";
import { useMessages } from "../i18n";
import { implausibleRole } from "../implausibleRole";
import { roleName } from "../roleName";
import { TableColumn } from "../tableColumns";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Props of {@link MappingNotes}. */
export interface MappingNotesProps {
  readonly columns: readonly TableColumn[];
  /** The clerk's last correction and the other columns it changed (null: none just made). */
  readonly effect: CorrectionEffect | null;
}

/**
 * 列含义提示: under the table card's heading — a warning listing every column whose role does not
 * fit what its cells hold (numbers as units or people, text as targets or actuals), and after a
 * correction the other columns whose role changed with it (or that none did).
 */
export function MappingNotes(props: MappingNotesProps): React.JSX.Element {
  const styles = useStyles();
  const messages = useMessages();
  const { t } = messages;
  const doubts = props.columns.flatMap((column) => {
    const doubt = implausibleRole(column);
    return doubt === null ? [] : [{ column, doubt }];
  });
  const effect = props.effect;
  const corrected =
    effect === null
      ? undefined
      : props.columns.find((column) => column.column === effect.correction.column);
  const correctedParams =
    effect === null
      ? null
      : {
          column: corrected?.letter ?? String(effect.correction.column + 1),
          role: roleName(messages, effect.correction.role, effect.correction.month),
        };
  return (
    <>
      {doubts.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("roleDoubtTitle")}</MessageBarTitle>
            <ul className={styles.list}>
              {doubts.map(({ column, doubt }) => (
                <li key={column.column}>
                  {t(`roleDoubt_${doubt}`, {
                    column: column.letter,
                    header: column.header,
                    role: roleName(messages, column.role, column.month),
                  })}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {effect !== null && correctedParams !== null && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {effect.changes.length === 0 ? (
              t("columnsUnchanged", correctedParams)
            ) : (
              <>
                <MessageBarTitle>{t("columnsChangedTitle", correctedParams)}</MessageBarTitle>
                <ul className={styles.list}>
                  {effect.changes.map((change) => (
                    <li key={change.column}>
                      {t("columnChanged", {
                        column: change.letter,
                        header: change.header,
                        before: roleName(messages, change.before.role, change.before.month),
                        after: roleName(messages, change.after.role, change.after.month),
                      })}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
