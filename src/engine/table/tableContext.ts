import { CellValue, GridSheet } from "../kernel/grid";
import { toSimplified } from "../kernel/toSimplified";
import { Measure } from "../kernel/types";
import { boundedMemo } from "./boundedMemo";
import { checkpointMonth } from "./checkpointMonth";
import { checkpointPriority } from "./checkpointPriority";
import { columnLetters } from "./columnLetters";
import { MergeIndex, mergeIndex } from "./mergeIndex";
import { parseMeasure } from "./parseMeasure";
import { readUnitNote } from "./readUnitNote";
import { peopleMemo } from "./peopleMemo";
import { PeopleCells, ResponsiblePeople } from "./responsiblePeople";
import { ResponsibleEntry, splitResponsible } from "./splitResponsible";
import { ColumnMapping, ColumnRole, HeaderMatch } from "./tableModel";

/** Target words that end a period header ("上半年目标" → label 上半年), when no label was read. */
const TARGET_SUFFIX = /(?:目标任务|目标值|目标数|目标|任务数|考核任务|任务|计划)$/;
const NO_ENTRIES: readonly ResponsibleEntry[] = [];

/** A checkpoint-target column (分期目标列) with its label and priority worked out once. */
export interface TargetColumn {
  readonly column: number;
  readonly month: number;
  /** The header without its target word ("上半年目标" → "上半年"). */
  readonly label: string;
  readonly priority: number;
  readonly letters: string;
}

/** An actual column (累计完成列) with its month. */
export interface ActualColumn {
  readonly column: number;
  readonly month: number;
  readonly letters: string;
}

/**
 * 读表上下文: what every row reader of one table needs, worked out once from the sheet and its
 * header — the merge index, the column of each role, the period columns, the header texts — and
 * the memos of one read (values a table repeats on every row are parsed once). Made for one read of
 * one sheet and dropped after it; the readers change nothing in it.
 */
export interface TableContext {
  readonly sheetName: string;
  readonly index: MergeIndex;
  readonly header: HeaderMatch;
  /** Months (periods) in the year. */
  readonly periods: number;
  /** The first column of each role, period columns (checkpointTarget, actual) excepted. */
  readonly column: Readonly<Partial<Record<ColumnRole, number>>>;
  /** The indicator column (the first column when the header names none). */
  readonly indicatorColumn: number;
  readonly targetColumns: readonly TargetColumn[];
  readonly actualColumns: readonly ActualColumn[];
  /** The 上年同期 columns with their months (read into `lastYear`, never assessed). */
  readonly lastYearColumns: readonly ActualColumn[];
  /** Every mapped column: a row with a value in none of them is blank. */
  readonly contentColumns: readonly number[];
  /** The target, checkpoint-target and actual columns. */
  readonly figureColumns: readonly number[];
  /** The header text of each mapped column, to recognise the header repeated under itself. */
  readonly headerTexts: readonly (readonly [number, string])[];
  /** The indicator column's header text. */
  readonly indicatorHeader: string;
  /**
   * A unit the target headers give in brackets ("目标（万元）"), else a note above the header gives
   * ("单位：万元", see `readUnitNote`), for rows without a unit.
   */
  readonly unitHint: string;
  /** Column letters of the mapped columns, by column (see `tableAddress`); holes elsewhere. */
  readonly letters: readonly string[];
  /** `parseMeasure`, remembered. */
  readonly measureOf: (value: CellValue) => Measure | "unknown" | null;
  /** `checkpointMonth` of a checkpoint cell's text (traditional characters allowed), remembered. */
  readonly checkpointMonthOf: (text: string) => number | undefined;
  /** A unit's key: simplified, lower case (万元 and 萬元 are one unit). Remembered. */
  readonly unitKey: (unit: string) => string;
  /** `splitResponsible`, remembered; a blank cell gives no entries. */
  readonly split: (value: CellValue | undefined) => readonly ResponsibleEntry[];
  /** `responsiblePeople` of one row's people cells, remembered. */
  readonly peopleOf: (cells: PeopleCells) => ResponsiblePeople;
}

/**
 * Builds the {@link TableContext} of one read of `sheet` under `header`. Header cells merged down
 * into the data (`header.spills`) are read as ending with the header.
 */
export function tableContext(sheet: GridSheet, header: HeaderMatch, periods: number): TableContext {
  const column: Partial<Record<ColumnRole, number>> = {};
  for (const mapping of header.columns) {
    if (
      mapping.role !== "checkpointTarget" &&
      mapping.role !== "actual" &&
      column[mapping.role] === undefined
    ) {
      column[mapping.role] = mapping.column;
    }
  }
  const indicatorColumn = column.indicator ?? 0;
  const letters: string[] = [];
  for (const mapped of [indicatorColumn, ...header.columns.map((mapping) => mapping.column)]) {
    if (Number.isSafeInteger(mapped) && mapped >= 0) {
      letters[mapped] ??= columnLetters(mapped);
    }
  }
  const index = mergeIndex(clipSpills(sheet, header));
  const splitMemo = boundedMemo(splitResponsible);
  const split = (value: CellValue | undefined): readonly ResponsibleEntry[] =>
    value === null || value === undefined ? NO_ENTRIES : splitMemo(value);
  return {
    sheetName: String(sheet.name ?? ""),
    index,
    header,
    periods,
    column,
    indicatorColumn,
    targetColumns: header.columns.flatMap((mapping) => targetColumn(mapping, letters)),
    actualColumns: periodColumns(header, "actual", letters),
    lastYearColumns: periodColumns(header, "lastYear", letters),
    contentColumns: header.columns.map((mapping) => mapping.column),
    figureColumns: header.columns
      .filter(
        (mapping) =>
          mapping.role === "target" ||
          mapping.role === "checkpointTarget" ||
          mapping.role === "actual"
      )
      .map((mapping) => mapping.column),
    headerTexts: header.columns.map((mapping) => [mapping.column, mapping.header] as const),
    indicatorHeader:
      header.columns.find((mapping) => mapping.column === indicatorColumn)?.header ?? "",
    unitHint:
      header.columns.find(
        (mapping) =>
          mapping.unit !== undefined &&
          (mapping.role === "target" || mapping.role === "checkpointTarget")
      )?.unit ?? readUnitNote(index, header.headerRows[0] - 1),
    letters,
    measureOf: boundedMemo(parseMeasure),
    checkpointMonthOf: boundedMemo((text: string) => checkpointMonth(toSimplified(text), periods)),
    unitKey: boundedMemo((unit: string) => toSimplified(unit).toLowerCase()),
    split,
    peopleOf: peopleMemo(split),
  };
}

/** The columns of a period role that name their month. */
function periodColumns(
  header: HeaderMatch,
  role: "actual" | "lastYear",
  letters: readonly string[]
): ActualColumn[] {
  return header.columns.flatMap((mapping): ActualColumn[] =>
    mapping.role === role && mapping.month !== undefined
      ? [
          {
            column: mapping.column,
            month: mapping.month,
            letters: letters[mapping.column] ?? columnLetters(mapping.column),
          },
        ]
      : []
  );
}

/** The sheet with the header merges that reach into the data cut at the header's last row. */
function clipSpills(sheet: GridSheet, header: HeaderMatch): GridSheet {
  const spills = header.spills ?? [];
  if (spills.length === 0 || !Array.isArray(sheet.merges)) {
    return sheet;
  }
  const last = header.dataStart - 1;
  return {
    ...sheet,
    merges: sheet.merges.map((merge) =>
      spills.some((spill) => spill.top === merge.top && spill.left === merge.left)
        ? { ...merge, bottom: last }
        : merge
    ),
  };
}

/** A checkpoint-target column with its month, as a list of one (none for other columns). */
function targetColumn(mapping: ColumnMapping, letters: readonly string[]): TargetColumn[] {
  if (mapping.role !== "checkpointTarget" || mapping.month === undefined) {
    return [];
  }
  const label = mapping.label ?? (mapping.header.replace(TARGET_SUFFIX, "") || mapping.header);
  return [
    {
      column: mapping.column,
      month: mapping.month,
      label,
      priority: checkpointPriority(label),
      letters: letters[mapping.column] ?? columnLetters(mapping.column),
    },
  ];
}
