import {
  Badge,
  Button,
  Caption1,
  Card,
  CardHeader,
  Dropdown,
  MessageBar,
  MessageBarBody,
  Option,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { TableModel } from "../../engine";
import { CorrectionEffect } from "../columnChanges";
import { useMessages } from "../i18n";
import { roleName } from "../roleName";
import { ColumnChoice, ColumnCorrection, TableColumn } from "../tableColumns";
import { MappingNotes } from "./MappingNotes";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  facts: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM },
  letter: { width: "3em" },
  dropdown: { minWidth: "10em", maxWidth: "100%" },
  header: { wordBreak: "break-all" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** The roles offered for every column, in the order the clerk reads a table. */
const PLAIN_ROLES: readonly ColumnChoice[] = [
  "indicator",
  "measure",
  "checkpoint",
  "unit",
  "target",
  "direction",
  "leader",
  "leadUnit",
  "units",
  "cooperatingUnits",
  "person",
  "supervisor",
  "month",
  "ignore",
];

/** Props of {@link TableCard}. */
export interface TableCardProps {
  readonly table: TableModel;
  readonly columns: readonly TableColumn[];
  /** Corrections the reader did not follow. */
  readonly unapplied: readonly ColumnCorrection[];
  /** True when the workbook holds column corrections for the table (恢复自动识别 is offered). */
  readonly corrected: boolean;
  /** The clerk's last correction and the other columns it changed (null: none just made). */
  readonly effect: CorrectionEffect | null;
  readonly disabled: boolean;
  readonly onCorrect: (correction: ColumnCorrection) => void;
  readonly onRedetect: () => void;
  /** 恢复自动识别: drop the saved corrections and read the header again. */
  readonly onRestore: () => void;
}

/**
 * 分解表卡片: the table found — its sheet, header rows and each column's header and role — with a
 * dropdown per column to correct the role, warnings on roles that do not fit a column's cells,
 * the columns a correction changed, 重新识别, and 恢复自动识别 once the clerk has corrected any.
 */
export function TableCard(props: TableCardProps): React.JSX.Element {
  const styles = useStyles();
  const messages = useMessages();
  const { t } = messages;
  const { table } = props;
  const [first, last] = table.headerRows;
  return (
    <Card className={styles.card} aria-label={t("tableTitle")}>
      <CardHeader
        header={<Subtitle2>{t("tableTitle")}</Subtitle2>}
        action={
          <div className={styles.actions}>
            {props.corrected && (
              <Button
                size="small"
                onClick={props.onRestore}
                disabled={props.disabled}
                title={t("restoreAutomaticHint")}
              >
                {t("restoreAutomatic")}
              </Button>
            )}
            <Button size="small" onClick={props.onRedetect} disabled={props.disabled}>
              {t("redetect")}
            </Button>
          </div>
        }
      />
      <div className={styles.facts}>
        <Caption1>{t("tableSheet", { sheet: table.sheet })}</Caption1>
        <Caption1>
          {first === last ? t("tableHeaderRow", { first }) : t("tableHeaderRows", { first, last })}
        </Caption1>
        <Caption1>{t("tableIndicators", { count: table.indicators.length })}</Caption1>
      </div>
      <MappingNotes columns={props.columns} effect={props.effect} />
      {props.unapplied.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t("correctionsUnapplied", {
              columns: props.unapplied
                .map(
                  (item) =>
                    props.columns.find((column) => column.column === item.column)?.letter ??
                    String(item.column + 1)
                )
                .join(", "),
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      <Table size="extra-small" aria-label={t("tableTitle")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.letter}>{t("tableColumn")}</TableHeaderCell>
            <TableHeaderCell>{t("tableHeader")}</TableHeaderCell>
            <TableHeaderCell>{t("tableRole")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.columns.map((column) => (
            <ColumnRow
              key={column.column}
              column={column}
              disabled={props.disabled}
              onCorrect={props.onCorrect}
            />
          ))}
        </TableBody>
      </Table>
    </Card>
  );
}

/** One column of the table card: letter, header, role dropdown. */
function ColumnRow(props: {
  readonly column: TableColumn;
  readonly disabled: boolean;
  readonly onCorrect: (correction: ColumnCorrection) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const messages = useMessages();
  const { column } = props;
  const month = column.month ?? column.headerMonth;
  const roles: readonly ColumnChoice[] =
    month === undefined ? PLAIN_ROLES : ["checkpointTarget", "actual", ...PLAIN_ROLES];
  const current = roleName(messages, column.role, column.month);
  const label = messages.t("tableRoleFor", { column: column.letter, header: column.header });
  return (
    <TableRow>
      <TableCell className={styles.letter}>{column.letter}</TableCell>
      <TableCell className={styles.header}>
        {column.header}
        {column.corrected && (
          <>
            {" "}
            <Badge size="small" appearance="tint" color="brand">
              {messages.t("tableCorrected")}
            </Badge>
          </>
        )}
      </TableCell>
      <TableCell>
        <Dropdown
          className={styles.dropdown}
          size="small"
          aria-label={label}
          value={current}
          selectedOptions={[column.role]}
          disabled={props.disabled}
          onOptionSelect={(_event, data) => {
            const role = data.optionValue as ColumnChoice | undefined;
            if (role === undefined || role === column.role) {
              return;
            }
            props.onCorrect({
              column: column.column,
              role,
              ...((role === "checkpointTarget" || role === "actual") && month !== undefined
                ? { month }
                : {}),
            });
          }}
        >
          {roles.map((role) => (
            <Option key={role} value={role}>
              {roleName(messages, role, month)}
            </Option>
          ))}
        </Dropdown>
      </TableCell>
    </TableRow>
  );
}
