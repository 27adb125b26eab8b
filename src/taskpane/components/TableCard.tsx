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
import { Messages, useMessages } from "../i18n";
import { ColumnChoice, ColumnCorrection, TableColumn } from "../tableColumns";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  facts: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM },
  letter: { width: "3em" },
  dropdown: { minWidth: "10em", maxWidth: "100%" },
  header: { wordBreak: "break-all" },
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

/** The name of a role for a column (period roles with their month). */
function roleName(messages: Messages, role: ColumnChoice, month: number | undefined): string {
  const name = messages.t(`role_${role}`);
  return (role === "checkpointTarget" || role === "actual" || role === "lastYear") &&
    month !== undefined
    ? messages.t("roleMonth", { role: name, month })
    : name;
}

/** Props of {@link TableCard}. */
export interface TableCardProps {
  readonly table: TableModel;
  readonly columns: readonly TableColumn[];
  /** Corrections the reader did not follow. */
  readonly unapplied: readonly ColumnCorrection[];
  readonly disabled: boolean;
  readonly onCorrect: (correction: ColumnCorrection) => void;
  readonly onRedetect: () => void;
}

/**
 * 分解表卡片: the table found — its sheet, header rows and each column's header and role — with a
 * dropdown per column to correct the role, and 重新识别.
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
          <Button size="small" onClick={props.onRedetect} disabled={props.disabled}>
            {t("redetect")}
          </Button>
        }
      />
      <div className={styles.facts}>
        <Caption1>{t("tableSheet", { sheet: table.sheet })}</Caption1>
        <Caption1>
          {first === last ? t("tableHeaderRow", { first }) : t("tableHeaderRows", { first, last })}
        </Caption1>
        <Caption1>{t("tableIndicators", { count: table.indicators.length })}</Caption1>
      </div>
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
