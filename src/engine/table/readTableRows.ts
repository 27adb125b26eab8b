import { cellAddress } from "../kernel/cellAddress";
import { cellText } from "../kernel/cellText";
import { dec } from "../kernel/decimal";
import { AssessError } from "../kernel/errors";
import { CellValue, GridSheet } from "../kernel/grid";
import { isPercentUnit } from "./isPercentUnit";
import { isSuspectMagnitude } from "../status/isSuspectMagnitude";
import { MEASURE_LABELS } from "./measureLabels";
import { MergeIndex, mergeIndex } from "./mergeIndex";
import { MessageKey } from "../kernel/messages";
import { parseCheckpoint } from "../pace/parseCheckpoint";
import { parseDirection } from "./parseDirection";
import { parseMeasure } from "./parseMeasure";
import { FigureReading, readFigure } from "./readFigure";
import { sheetReference } from "../kernel/sheetReference";
import { PeopleCells, ResponsiblePeople, responsiblePeople } from "./responsiblePeople";
import { ResponsibleEntry, splitResponsible } from "./splitResponsible";
import { diagnostic } from "../kernel/diagnostic";
import {
  ActualRecord,
  CheckpointRecord,
  ColumnMapping,
  ColumnRole,
  Diagnostic,
  HeaderMatch,
  IndicatorRecord,
  TableModel,
} from "./tableModel";
import { toSimplified } from "../kernel/toSimplified";
import { Direction, Measure } from "../kernel/types";

const DIRECTION_LABELS: Readonly<Record<Direction, { readonly zh: string; readonly en: string }>> =
  {
    higher: { zh: "正向（越高越好）", en: "higher is better" },
    lower: { zh: "逆向（越低越好）", en: "lower is better" },
  };

/** Names of reductions (下降率, 削减比, 减排): higher-is-better even when written with a ceiling. */
const REDUCTION = /下降|削减|减排|降低率|减少率/;
/** Names that say the indicator is a growth rate. */
const GROWTH_NAME = /增幅|增速|增长率/;
/** Rows that are totals, not indicators. */
const TOTAL_ROW = /^(?:合计|总计|小计|共计)$/;
/** Checkpoint words (上半年, 前三季度, 全年) are preferred over month ranges (1-12月) for the same month. */
const WORD_CHECKPOINT = /[年季]/;
/** Target words that end a period header ("上半年目标" → label 上半年). */
const TARGET_SUFFIX = /(?:目标任务|目标值|目标数|目标|任务数|考核任务|任务|计划)$/;
/** An Excel error value standing where a name belongs (#REF! from a broken link, #N/A …). */
const EXCEL_ERROR =
  /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;
/** Characters that make a name's key differ from the name: upper case letters and white space. */
const KEY_CHANGES = /[A-Z\s]/;

/** Looked up once: global lookups are slow in some hosts (jest's sandbox) and this runs per cell. */
const isFiniteNumber = Number.isFinite;
const MapClass = Map;
/** The people of an indicator whose rows name none. */
const NO_PEOPLE: ResponsiblePeople = {
  leader: "",
  units: [],
  persons: [],
  person: "",
  supervisors: [],
};
/** Entries a cache keeps (units and persons repeat; a cache must not grow with the table). */
const MAX_CACHED = 1000;

/** A target read for a month; several may compete for one month (1-12月 and 全年). */
interface Candidate {
  readonly month: number;
  readonly target: number;
  readonly label: string;
  readonly cell: string;
  readonly priority: number;
}

/** A checkpoint-target column with its label and priority worked out once. */
interface TargetColumn {
  readonly column: number;
  readonly month: number;
  readonly label: string;
  readonly priority: number;
  readonly letters: string;
}

/** An actual column with its month. */
interface ActualColumn {
  readonly column: number;
  readonly month: number;
  readonly letters: string;
}

/** The rows of one indicator (one name), with the people they name. */
interface Block {
  readonly name: string;
  readonly nameKey: string;
  /** 0-based row the block starts on. */
  readonly firstRow: number;
  /** The block's records in the order they were met (at most one per measure). */
  readonly records: RecordBuilder[];
  /** Measures skipped as duplicates of an earlier block. */
  readonly skipped: Measure[];
  /** The distinct people cells of the block's rows (usually one: merged or repeated cells). */
  readonly people: PeopleCells[];
  /** The people of the block, worked out when its first record is finished. */
  resolvedPeople: ResponsiblePeople | null;
  /** The checkpoint of the last target row, carried to rows whose checkpoint cell is blank. */
  lastCheckpoint: { readonly month: number; readonly label: string } | "invalid" | null;
}

/** One indicator and measure being read. */
interface RecordBuilder {
  readonly block: Block;
  readonly measure: Measure;
  readonly firstRow: number;
  readonly candidates: Candidate[];
  /** Actuals in the order read (a ledger reads them in month order), one per month. */
  readonly actuals: ActualRecord[];
  actualsSorted: boolean;
  unit: string;
  unitKey: string;
  unitChangeReported: boolean;
  direction: Direction | undefined;
  ceiling: boolean;
  targetIssue: boolean;
  hasContent: boolean;
  lastRow: number;
  /** 1-based rows read into the record, ascending. */
  readonly rows: number[];
}

/**
 * 分解表读取（行）: reads the indicator rows under a header found by `findHeader`, in either layout —
 * seed (one row per indicator, measure and checkpoint, as seed 000) or ledger (one row per indicator
 * and measure, checkpoint targets and monthly actuals as columns). Merged cells give every row they
 * cover the top-left value (actual cells excepted: an actual belongs to the row it stands on); a
 * blank indicator cell continues the indicator above; blank rows end nothing; the header repeated
 * under itself (pasted printed pages) is passed over; a bad cell is reported and skipped, never
 * stopping the rest. Also reported: header cells repeating a role (`duplicate_column`), data rows
 * with no name to go by — blank at the start or after a heading, or an Excel error such as #REF!
 * (`missing_name`) — and a header with no indicator under it (`no_indicators`). Findings are
 * pushed onto `diagnostics`. Linear in the cells read; never throws.
 */
export function readTableRows(
  sheet: GridSheet,
  header: HeaderMatch,
  periods: number,
  diagnostics: Diagnostic[]
): TableModel {
  return new RowReader(sheet, header, periods, diagnostics).read();
}

class RowReader {
  private readonly index: MergeIndex;
  private readonly sheetName: string;
  private readonly indicators: IndicatorRecord[] = [];
  /**
   * For each indicator name read so far: 4 × the 1-based row its block starts on, plus 1 when it had
   * an absolute record and 2 when it had a growth record (one small integer per name, so that a
   * table of 20,000 indicators costs one map). A later block with the same name and measure repeats it.
   */
  private readonly seenNames = new Map<string, number>();
  private readonly reported = new Set<string>();
  private readonly checkpointCache = new Map<string, number | undefined>();
  private readonly measureCache = new Map<CellValue, Measure | "unknown" | null>();
  private readonly unitKeyCache = new Map<string, string>();
  private readonly responsible = new Map<CellValue, readonly ResponsibleEntry[]>();
  private readonly peopleMemo = new Map<CellValue, unknown>();
  private peopleMemoSize = 0;
  /** `split`, bound, for `responsiblePeople`. */
  private readonly splitCell = (value: CellValue | undefined): readonly ResponsibleEntry[] =>
    this.split(value ?? null);
  private readonly column: Partial<Record<ColumnRole, number>> = {};
  private readonly targetColumns: readonly TargetColumn[];
  private readonly actualColumns: readonly ActualColumn[];
  private readonly contentColumns: readonly number[];
  private readonly figureColumns: readonly number[];
  private readonly letters: string[] = [];
  private readonly unitHint: string;
  private readonly indicatorColumn: number;
  /** The header text of each mapped column, to recognise the header repeated under itself. */
  private readonly headerTexts: readonly (readonly [number, string])[];
  /** The indicator column's header text. */
  private readonly indicatorHeader: string;

  constructor(
    sheet: GridSheet,
    private readonly header: HeaderMatch,
    private readonly periods: number,
    private readonly diagnostics: Diagnostic[]
  ) {
    this.index = mergeIndex(sheet);
    this.sheetName = String(sheet.name ?? "");
    for (const mapping of header.columns) {
      if (
        mapping.role !== "checkpointTarget" &&
        mapping.role !== "actual" &&
        this.column[mapping.role] === undefined
      ) {
        this.column[mapping.role] = mapping.column;
      }
    }
    this.indicatorColumn = this.column.indicator ?? 0;
    this.targetColumns = header.columns.flatMap((mapping): TargetColumn[] => {
      if (mapping.role !== "checkpointTarget" || mapping.month === undefined) {
        return [];
      }
      const label = mapping.header.replace(TARGET_SUFFIX, "") || mapping.header;
      const letters = this.columnLetters(mapping.column);
      return [
        {
          column: mapping.column,
          month: mapping.month,
          label,
          priority: priorityOf(label),
          letters,
        },
      ];
    });
    this.actualColumns = header.columns.flatMap((mapping): ActualColumn[] =>
      mapping.role === "actual" && mapping.month !== undefined
        ? [
            {
              column: mapping.column,
              month: mapping.month,
              letters: this.columnLetters(mapping.column),
            },
          ]
        : []
    );
    this.contentColumns = header.columns.map((mapping) => mapping.column);
    this.headerTexts = header.columns.map((mapping) => [mapping.column, mapping.header] as const);
    this.indicatorHeader =
      header.columns.find((mapping) => mapping.column === this.indicatorColumn)?.header ?? "";
    this.figureColumns = header.columns
      .filter(
        (mapping) =>
          mapping.role === "target" ||
          mapping.role === "checkpointTarget" ||
          mapping.role === "actual"
      )
      .map((mapping) => mapping.column);
    this.unitHint =
      header.columns.find(
        (mapping) =>
          mapping.unit !== undefined &&
          (mapping.role === "target" || mapping.role === "checkpointTarget")
      )?.unit ?? "";
    for (const duplicate of header.duplicates ?? []) {
      const first = header.columns.find((mapping) => mapping.role === duplicate.role);
      if (first !== undefined) {
        this.report(
          "duplicate_column",
          "warning",
          this.headerCell(duplicate),
          "tableDuplicateColumn",
          {
            text: duplicate.header,
            first: this.columnLetters(first.column),
            firstText: first.header,
          }
        );
      }
    }
    for (const mapping of header.columns) {
      if (mapping.role === "actual" && mapping.month === undefined) {
        this.report(
          "actual_without_month",
          "warning",
          this.headerCell(mapping),
          "tableActualWithoutMonth",
          {
            text: mapping.header,
          }
        );
      }
    }
  }

  read(): TableModel {
    let block: Block | null = null;
    /**
     * Without a block, whether a row without a name is reported: yes at the start and after a
     * heading (its data belongs to no indicator); no under a total or a name already reported.
     */
    let reportNameless = true;
    for (let row = this.header.dataStart; row < this.index.rows; row++) {
      const content = this.ownContent(row);
      if (content === "none" || this.repeatsHeader(row)) {
        continue; // blank, or the header repeated on a second printed page pasted below
      }
      const nameArea = this.index.area(row, this.indicatorColumn);
      if (
        nameArea !== undefined &&
        nameArea.left === this.indicatorColumn &&
        this.spansOtherColumns(nameArea.right)
      ) {
        this.endBlock(block);
        block = null; // a section heading or a note merged across the table
        reportNameless = true;
        continue;
      }
      const name = cellText(this.value(row, this.indicatorColumn));
      if (name === "" || EXCEL_ERROR.test(name)) {
        if (name !== "") {
          this.endBlock(block); // #REF! where the name should be: no name to go by
          block = null;
        } else if (block !== null) {
          this.readRow(block, row, content === "data");
          continue;
        }
        if (content === "data" && (reportNameless || name !== "")) {
          this.reportOnce(row, this.indicatorColumn, "missing_name", "error", "tableMissingName", {
            detail: name === "" ? "" : `（单元格为“${name}”）`,
            detailEn: name === "" ? "" : ` (the cell holds "${name}")`,
          });
        }
        reportNameless = name === "" && reportNameless;
        continue;
      }
      if (block === null || (name !== block.name && nameKey(name) !== block.nameKey)) {
        this.endBlock(block);
        const key = nameKey(name);
        block = TOTAL_ROW.test(key) ? null : newBlock(name, key, row);
        if (block === null) {
          reportNameless = false; // the rows under a total belong to it
          continue;
        }
      }
      this.readRow(block, row, content === "data");
    }
    this.endBlock(block);
    if (this.indicators.length === 0) {
      this.report(
        "no_indicators",
        "error",
        this.address(this.header.dataStart, this.indicatorColumn),
        "tableNoIndicators",
        {}
      );
    }
    return {
      sheet: this.sheetName,
      headerRows: this.header.headerRows,
      layout: this.header.layout,
      columns: this.header.columns,
      indicators: this.indicators,
    };
  }

  /** Finishes the records of a block that has ended (so its working data can go). */
  private endBlock(block: Block | null): void {
    if (block === null) {
      return;
    }
    for (const record of block.records) {
      const finished = this.finish(record);
      if (finished !== null) {
        this.indicators.push(finished);
      }
    }
  }

  /** Whether the row's mapped cells hold values of their own: none, only the name, or data. */
  private ownContent(row: number): "none" | "name" | "data" {
    let found: "none" | "name" = "none";
    for (const column of this.contentColumns) {
      if (!isBlank(this.index.own(row, column))) {
        if (column !== this.indicatorColumn) {
          return "data";
        }
        found = "name";
      }
    }
    return found;
  }

  /**
   * True when the row repeats the header: at least two mapped columns hold exactly their header
   * text and the name cell is blank or the indicator header (a second printed page pasted below
   * the first, or the second row of a two-row header repeated with it).
   */
  private repeatsHeader(row: number): boolean {
    const name = this.index.own(row, this.indicatorColumn);
    if (
      name !== null &&
      !(
        typeof name === "string" &&
        (name.trim() === "" || this.isHeaderText(name, this.indicatorHeader))
      )
    ) {
      return false; // the usual data row, with a name of its own (checked first: fast)
    }
    let matches = 0;
    for (const [column, text] of this.headerTexts) {
      const own = this.index.own(row, column);
      if (typeof own === "string" && this.isHeaderText(own, text)) {
        matches++;
      }
    }
    return matches >= 2;
  }

  /** Whether a cell's text is the header text (blank cells are not). */
  private isHeaderText(own: string, text: string): boolean {
    return own === text || (own.trim() !== "" && cellText(own) === text);
  }

  /** True when a merged name cell reaching `right` covers a mapped column other than the measure. */
  private spansOtherColumns(right: number): boolean {
    return this.header.columns.some(
      (mapping) =>
        mapping.column > this.indicatorColumn &&
        mapping.column <= right &&
        mapping.role !== "measure"
    );
  }

  /** A cell's value with vertical merges filled in; cells inside a merge from another column are blank. */
  private value(row: number, column: number | undefined): CellValue {
    if (column === undefined) {
      return null;
    }
    const area = this.index.area(row, column);
    if (area !== undefined && area.left !== column) {
      return null;
    }
    return this.index.filled(row, column);
  }

  /** The A1 address of a cell; column letters are worked out once per column. */
  private address(row: number, column: number): string {
    return `${this.columnLetters(column)}${row + 1}`;
  }

  private columnLetters(column: number): string {
    let letters = this.letters[column];
    if (letters === undefined) {
      letters = cellAddress(0, column).slice(0, -1);
      this.letters[column] = letters;
    }
    return letters;
  }

  /** The units (and persons) of a cell, cached by value: tables repeat them on every row. */
  private split(value: CellValue): readonly ResponsibleEntry[] {
    if (value === null) {
      return [];
    }
    let entries = this.responsible.get(value);
    if (entries === undefined) {
      entries = splitResponsible(value);
      if (this.responsible.size < MAX_CACHED) {
        this.responsible.set(value, entries);
      }
    }
    return entries;
  }

  private measureOf(value: CellValue): Measure | "unknown" | null {
    let measure = this.measureCache.get(value);
    if (measure === undefined) {
      measure = parseMeasure(value);
      if (this.measureCache.size < MAX_CACHED) {
        this.measureCache.set(value, measure);
      }
    }
    return measure;
  }

  private readRow(block: Block, row: number, hasData: boolean): void {
    const measureColumn = this.column.measure;
    const measureValue = this.value(row, measureColumn);
    const unitText = cellText(this.value(row, this.column.unit));
    let measure = this.measureOf(measureValue);
    if (measure === "unknown" || measure === null) {
      const inferred: Measure =
        isPercentUnit(unitText) || GROWTH_NAME.test(block.nameKey) ? "growth" : "absolute";
      if (measure === "unknown" && measureColumn !== undefined) {
        this.reportOnce(row, measureColumn, "unknown_measure", "warning", "tableUnknownMeasure", {
          text: cellText(measureValue),
          measure: MEASURE_LABELS[inferred].zh,
          measureEn: MEASURE_LABELS[inferred].en,
        });
      }
      measure = inferred;
    }

    let record = block.records.find((candidate) => candidate.measure === measure);
    if (record === undefined) {
      if (block.skipped.includes(measure)) {
        return;
      }
      const seen = this.seenNames.get(block.nameKey) ?? 0;
      const flag = measure === "absolute" ? 1 : 2;
      if ((seen & flag) !== 0 && seen >> 2 !== block.firstRow + 1) {
        this.reportDuplicate(block, measure, row, seen >> 2);
        block.skipped.push(measure);
        return;
      }
      record = newRecord(block, measure, row);
      this.seenNames.set(
        block.nameKey,
        seen === 0 ? ((block.firstRow + 1) << 2) | flag : seen | flag
      );
      block.records.push(record);
    } else if (
      this.header.layout === "ledger" &&
      record.lastRow !== row &&
      record.hasContent &&
      this.hasFigures(row)
    ) {
      // a ledger has one row per indicator and measure: a second row with figures repeats it
      this.reportDuplicate(block, measure, row, record.firstRow + 1);
      return;
    }
    if (record.lastRow !== row) {
      record.rows.push(row + 1);
    }
    record.lastRow = row;
    if (hasData) {
      record.hasContent = true;
    }

    this.readUnit(record, row, unitText);
    this.readPeople(block, row);
    this.readDirection(record, row);
    this.readTargets(record, row);
    this.readActuals(record, row);
  }

  private reportDuplicate(block: Block, measure: Measure, row: number, firstRow: number): void {
    this.report(
      "duplicate_indicator",
      "warning",
      this.address(row, this.indicatorColumn),
      "tableDuplicateIndicator",
      {
        name: block.name,
        measure: MEASURE_LABELS[measure].zh,
        measureEn: MEASURE_LABELS[measure].en,
        firstRow,
      }
    );
  }

  /** True when the row has a target or actual figure of its own. */
  private hasFigures(row: number): boolean {
    return this.figureColumns.some((column) => !isBlank(this.index.own(row, column)));
  }

  private readUnit(record: RecordBuilder, row: number, unitText: string): void {
    if (record.measure === "growth") {
      record.unit = "%";
      record.unitKey = "%";
      return;
    }
    if (unitText === "") {
      return;
    }
    let key = this.unitKeyCache.get(unitText);
    if (key === undefined) {
      key = toSimplified(unitText).toLowerCase();
      if (this.unitKeyCache.size < MAX_CACHED) {
        this.unitKeyCache.set(unitText, key);
      }
    }
    if (record.unit === "") {
      record.unit = unitText;
      record.unitKey = key;
    } else if (
      key !== record.unitKey &&
      !record.unitChangeReported &&
      this.column.unit !== undefined
    ) {
      record.unitChangeReported = true;
      this.report(
        "unit_changed",
        "warning",
        this.address(row, this.column.unit),
        "tableUnitChanged",
        {
          name: record.block.name,
          from: record.unit,
          to: unitText,
        }
      );
    }
  }

  /** Notes the row's people cells when they differ from the row above (merged cells repeat them). */
  private readPeople(block: Block, row: number): void {
    const column = this.column;
    const leader = this.value(row, column.leader);
    const supervisor = this.value(row, column.supervisor);
    const leadUnit = this.value(row, column.leadUnit);
    const units = this.value(row, column.units);
    const cooperating = this.value(row, column.cooperatingUnits);
    const person = this.value(row, column.person);
    const last = block.people[block.people.length - 1];
    if (
      last === undefined
        ? leader === null &&
          supervisor === null &&
          leadUnit === null &&
          units === null &&
          cooperating === null &&
          person === null
        : last[0] === leader &&
          last[1] === supervisor &&
          last[2] === leadUnit &&
          last[3] === units &&
          last[4] === cooperating &&
          last[5] === person
    ) {
      return;
    }
    block.people.push([leader, supervisor, leadUnit, units, cooperating, person]);
  }

  /** The people of a block; blocks with the same single set of people cells share one answer. */
  private peopleOf(block: Block): ResponsiblePeople {
    if (block.resolvedPeople !== null) {
      return block.resolvedPeople;
    }
    const rows = block.people;
    let people: ResponsiblePeople | undefined;
    if (rows.length === 0) {
      people = NO_PEOPLE;
    } else if (rows.length === 1 && this.peopleMemoSize < MAX_CACHED) {
      let level: Map<CellValue, unknown> = this.peopleMemo;
      const cells = rows[0];
      for (let index = 0; index < cells.length - 1; index++) {
        let next = level.get(cells[index]) as Map<CellValue, unknown> | undefined;
        if (next === undefined) {
          next = new MapClass();
          level.set(cells[index], next);
        }
        level = next;
      }
      people = level.get(cells[cells.length - 1]) as ResponsiblePeople | undefined;
      if (people === undefined) {
        people = responsiblePeople(rows, this.splitCell);
        level.set(cells[cells.length - 1], people);
        this.peopleMemoSize++;
      }
    } else {
      people = responsiblePeople(rows, this.splitCell);
    }
    block.resolvedPeople = people;
    return people;
  }

  private readDirection(record: RecordBuilder, row: number): void {
    const column = this.column.direction;
    if (column === undefined || record.direction !== undefined) {
      return;
    }
    const text = cellText(this.value(row, column));
    if (text === "") {
      return;
    }
    try {
      record.direction = parseDirection(toSimplified(text));
    } catch (error) {
      if (!(error instanceof AssessError)) {
        throw error;
      }
      const fallback = this.inferredDirection(record);
      this.reportOnce(row, column, "unknown_direction", "warning", "tableUnknownDirection", {
        text,
        direction: DIRECTION_LABELS[fallback].zh,
        directionEn: DIRECTION_LABELS[fallback].en,
      });
    }
  }

  private readTargets(record: RecordBuilder, row: number): void {
    const block = record.block;
    const unit = record.unit !== "" ? record.unit : this.unitHint;
    const checkpointColumn = this.column.checkpoint;
    const targetColumn = this.column.target;
    if (checkpointColumn !== undefined && targetColumn !== undefined) {
      // seed layout: the row's checkpoint (倒排时间) and its target (考核任务)
      const checkpointText = cellText(this.value(row, checkpointColumn));
      const reading = readFigure(this.value(row, targetColumn), unit);
      let checkpoint: { readonly month: number; readonly label: string } | null = null;
      if (checkpointText !== "") {
        const month = this.checkpointMonth(checkpointText);
        if (month === undefined) {
          block.lastCheckpoint = "invalid";
          record.targetIssue = true;
          this.reportOnce(
            row,
            checkpointColumn,
            "unknown_checkpoint",
            "error",
            "tableUnknownCheckpoint",
            {
              text: checkpointText,
            }
          );
          return;
        }
        checkpoint = { month, label: checkpointText };
        block.lastCheckpoint = checkpoint;
      } else if (reading.kind !== "blank") {
        if (block.lastCheckpoint === "invalid") {
          return; // under a checkpoint already reported
        }
        checkpoint = block.lastCheckpoint;
        if (checkpoint === null) {
          checkpoint = { month: this.periods, label: "全年" };
          this.report(
            "missing_checkpoint",
            "warning",
            this.address(row, checkpointColumn),
            "tableMissingCheckpoint",
            {
              name: block.name,
              measure: MEASURE_LABELS[record.measure].zh,
              measureEn: MEASURE_LABELS[record.measure].en,
            }
          );
        }
      }
      if (checkpoint !== null) {
        const cell = this.address(row, targetColumn);
        if (reading.kind === "blank") {
          record.targetIssue = true;
          this.report("missing_target", "warning", cell, "tableMissingTarget", {
            name: block.name,
            measure: MEASURE_LABELS[record.measure].zh,
            measureEn: MEASURE_LABELS[record.measure].en,
          });
        } else {
          this.addTarget(
            record,
            reading,
            checkpoint.month,
            checkpoint.label,
            cell,
            priorityOf(checkpoint.label)
          );
        }
      }
    } else if (targetColumn !== undefined) {
      // ledger layout: the target column is the annual target
      const reading = readFigure(this.value(row, targetColumn), unit);
      if (reading.kind !== "blank") {
        this.addTarget(record, reading, this.periods, "全年", this.address(row, targetColumn), 1);
      }
    }
    for (const target of this.targetColumns) {
      const value = this.value(row, target.column);
      if (typeof value === "number" && isFiniteNumber(value)) {
        const cell = `${target.letters}${row + 1}`;
        record.candidates.push({
          month: target.month,
          target: value,
          label: target.label,
          cell,
          priority: target.priority,
        });
        continue;
      }
      const reading = readFigure(value, unit);
      if (reading.kind !== "blank") {
        this.addTarget(
          record,
          reading,
          target.month,
          target.label,
          `${target.letters}${row + 1}`,
          target.priority
        );
      }
    }
  }

  private addTarget(
    record: RecordBuilder,
    reading: FigureReading,
    month: number,
    label: string,
    cell: string,
    priority: number
  ): void {
    if (reading.kind === "blank") {
      return;
    }
    if (reading.kind !== "number" || this.misplacedPercent(record, reading)) {
      record.targetIssue = true;
      this.report("not_a_number", "error", cell, "tableNotANumber", { text: textOf(reading) });
      return;
    }
    if (reading.bound === "ceiling") {
      record.ceiling = true;
    }
    record.candidates.push({ month, target: reading.value, label, cell, priority });
  }

  /** "12%" in a column of 万元: a percentage where an amount belongs. */
  private misplacedPercent(record: RecordBuilder, reading: FigureReading): boolean {
    return (
      reading.kind === "number" &&
      reading.percent &&
      record.measure === "absolute" &&
      record.unit !== "" &&
      !isPercentUnit(record.unit)
    );
  }

  private readActuals(record: RecordBuilder, row: number): void {
    let rowText: string | undefined;
    for (const actual of this.actualColumns) {
      if (this.index.isCovered(row, actual.column)) {
        continue; // a merged actual belongs to the row it stands on
      }
      const own = this.index.own(row, actual.column);
      let value: number | null;
      let cell: string;
      if (typeof own === "number" && isFiniteNumber(own)) {
        value = own;
        rowText ??= `${row + 1}`;
        cell = actual.letters + rowText;
      } else {
        const reading = readFigure(own, record.unit !== "" ? record.unit : this.unitHint);
        if (reading.kind === "blank") {
          continue;
        }
        rowText ??= `${row + 1}`;
        cell = actual.letters + rowText;
        if (reading.kind === "number" && !this.misplacedPercent(record, reading)) {
          value = reading.value;
        } else {
          value = null;
          this.report("unreadable_actual", "error", cell, "tableUnreadableActual", {
            text: textOf(reading),
          });
        }
      }
      const actuals = record.actuals;
      const last = actuals[actuals.length - 1];
      const at =
        last === undefined || last.month < actual.month
          ? -1
          : actuals.findIndex((other) => other.month === actual.month);
      const existing = at < 0 ? undefined : actuals[at];
      if (existing === undefined) {
        if (last !== undefined && last.month > actual.month) {
          record.actualsSorted = false;
        }
        actuals.push({ month: actual.month, value, cell });
      } else if (existing.value === null) {
        actuals[at] = { month: actual.month, value, cell };
      } else if (value !== null && !dec(value).eq(dec(existing.value))) {
        this.report("actual_conflict", "warning", cell, "tableActualConflict", {
          name: record.block.name,
          measure: MEASURE_LABELS[record.measure].zh,
          measureEn: MEASURE_LABELS[record.measure].en,
          month: actual.month,
          value,
          otherRef: sheetReference(this.sheetName, existing.cell),
          otherValue: existing.value,
          usedRef: sheetReference(this.sheetName, existing.cell),
        });
      }
    }
  }

  private checkpointMonth(text: string): number | undefined {
    if (this.checkpointCache.has(text)) {
      return this.checkpointCache.get(text);
    }
    let month: number | undefined;
    try {
      month = parseCheckpoint(toSimplified(text), this.periods);
    } catch (error) {
      if (!(error instanceof AssessError)) {
        throw error;
      }
      month = undefined;
    }
    if (this.checkpointCache.size < MAX_CACHED) {
      this.checkpointCache.set(text, month);
    }
    return month;
  }

  private inferredDirection(record: RecordBuilder): Direction {
    if (REDUCTION.test(record.block.nameKey)) {
      return "higher";
    }
    return record.ceiling ? "lower" : "higher";
  }

  /**
   * Builds the finished record: one checkpoint per month (a checkpoint word over a month range, else
   * the first; disagreements reported), the annual target, sorted actuals (suspect ones reported)
   * and the people. Null for a name without any data (a heading or a note).
   */
  private finish(record: RecordBuilder): IndicatorRecord | null {
    const block = record.block;
    const measureLabel = MEASURE_LABELS[record.measure];
    if (
      record.candidates.length === 0 &&
      record.actuals.length === 0 &&
      !record.targetIssue &&
      !record.hasContent
    ) {
      return null;
    }
    const candidates = record.candidates;
    if (!isSortedByMonth(candidates)) {
      candidates.sort((a, b) => a.month - b.month); // stable: equal months keep reading order
    }
    const checkpoints: CheckpointRecord[] = [];
    for (let start = 0; start < candidates.length;) {
      let end = start + 1;
      let chosen = candidates[start];
      while (end < candidates.length && candidates[end].month === chosen.month) {
        if (candidates[end].priority > chosen.priority) {
          chosen = candidates[end];
        }
        end++;
      }
      for (let other = start; other < end; other++) {
        const candidate = candidates[other];
        if (
          candidate !== chosen &&
          candidate.cell !== chosen.cell &&
          !dec(candidate.target).eq(dec(chosen.target))
        ) {
          this.report("checkpoint_conflict", "warning", candidate.cell, "tableCheckpointConflict", {
            name: block.name,
            measure: measureLabel.zh,
            measureEn: measureLabel.en,
            label: candidate.label,
            value: candidate.target,
            otherRef: sheetReference(this.sheetName, chosen.cell),
            otherLabel: chosen.label,
            otherValue: chosen.target,
          });
        }
      }
      checkpoints.push({
        month: chosen.month,
        target: chosen.target,
        label: chosen.label,
        cell: chosen.cell,
      });
      start = end;
    }
    if (checkpoints.length === 0 && !record.targetIssue) {
      const column = this.column.target ?? this.targetColumns[0]?.column ?? this.indicatorColumn;
      this.report(
        "missing_target",
        "warning",
        this.address(record.firstRow, column),
        "tableMissingTarget",
        {
          name: block.name,
          measure: measureLabel.zh,
          measureEn: measureLabel.en,
        }
      );
    }
    const last = checkpoints[checkpoints.length - 1];
    const annualTarget = last !== undefined && last.month === this.periods ? last.target : null;
    const actuals = record.actuals;
    if (!record.actualsSorted) {
      actuals.sort((a, b) => a.month - b.month);
    }
    for (const actual of actuals) {
      if (isSuspectMagnitude(actual.value, annualTarget, record.measure)) {
        this.report("suspect_magnitude", "warning", actual.cell, "tableSuspectMagnitude", {
          name: block.name,
          actual: String(actual.value),
          target: String(annualTarget),
        });
      }
    }
    const people = this.peopleOf(block);
    return {
      key: `${block.name}|${measureLabel.zh}`,
      name: block.name,
      measure: record.measure,
      measureLabel: measureLabel.zh,
      unit: record.unit !== "" ? record.unit : record.measure === "growth" ? "%" : this.unitHint,
      direction: record.direction ?? this.inferredDirection(record),
      checkpoints,
      annualTarget,
      actuals,
      leader: people.leader,
      leadUnit: people.units[0] ?? "",
      units: people.units,
      persons: people.persons,
      person: people.person,
      supervisors: people.supervisors,
      row: record.firstRow + 1,
      rows: record.rows,
      source: sheetReference(this.sheetName, this.address(record.firstRow, this.indicatorColumn)),
    };
  }

  /** The cell of a column's header text (the second header row for period sub-headers). */
  private headerCell(mapping: ColumnMapping): string {
    const [first, last] = this.header.headerRows;
    for (let row = last - 1; row >= first - 1; row--) {
      if (cellText(this.index.filled(row, mapping.column)) === mapping.header) {
        return cellAddress(row, mapping.column);
      }
    }
    return cellAddress(first - 1, mapping.column);
  }

  /** Reports a finding once per merged area (a merged cell is read on every row it covers). */
  private reportOnce(
    row: number,
    column: number,
    code: Diagnostic["code"],
    severity: Diagnostic["severity"],
    key: MessageKey,
    params: Readonly<Record<string, string | number>>
  ): void {
    const area = this.index.area(row, column);
    const cell = area === undefined ? this.address(row, column) : this.address(area.top, area.left);
    const id = `${code}:${cell}`;
    if (this.reported.has(id)) {
      return;
    }
    this.reported.add(id);
    this.report(code, severity, cell, key, params);
  }

  private report(
    code: Diagnostic["code"],
    severity: Diagnostic["severity"],
    cell: string,
    key: MessageKey,
    params: Readonly<Record<string, string | number>>
  ): void {
    this.diagnostics.push(diagnostic(code, severity, this.sheetName, cell, key, params));
  }
}

/** The key two spellings of a name share: simplified, lower case, without spaces. */
function nameKey(name: string): string {
  const simplified = toSimplified(name);
  return KEY_CHANGES.test(simplified) ? simplified.toLowerCase().replace(/\s+/g, "") : simplified;
}

function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/** Word checkpoints (上半年, 全年) rank above month ranges (1-12月). */
function priorityOf(label: string): number {
  return WORD_CHECKPOINT.test(label) ? 2 : 0;
}

/** The text of a cell that did not read as a number. */
function textOf(reading: FigureReading): string {
  return reading.kind === "text" || reading.kind === "error" ? reading.text : "";
}

function isSortedByMonth(candidates: readonly Candidate[]): boolean {
  for (let index = 1; index < candidates.length; index++) {
    if (candidates[index].month < candidates[index - 1].month) {
      return false;
    }
  }
  return true;
}

function newBlock(name: string, key: string, row: number): Block {
  return {
    name,
    nameKey: key,
    firstRow: row,
    records: [],
    skipped: [],
    people: [],
    resolvedPeople: null,
    lastCheckpoint: null,
  };
}

function newRecord(block: Block, measure: Measure, row: number): RecordBuilder {
  return {
    block,
    measure,
    firstRow: row,
    candidates: [],
    actuals: [],
    actualsSorted: true,
    unit: "",
    unitKey: "",
    unitChangeReported: false,
    direction: undefined,
    ceiling: false,
    targetIssue: false,
    hasContent: false,
    lastRow: -1,
    rows: [],
  };
}
