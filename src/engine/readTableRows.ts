import { cellAddress } from "./cellAddress";
import { cellText } from "./cellText";
import { dec } from "./decimal";
import { AssessError } from "./errors";
import { CellValue, GridSheet } from "./grid";
import { isPercentUnit } from "./isPercentUnit";
import { isSuspectMagnitude } from "./isSuspectMagnitude";
import { MEASURE_LABELS } from "./measureLabels";
import { MergeIndex, mergeIndex } from "./mergeIndex";
import { parseCheckpoint } from "./parseCheckpoint";
import { parseDirection } from "./parseDirection";
import { parseMeasure } from "./parseMeasure";
import { FigureReading, readFigure } from "./readFigure";
import { sheetReference } from "./sheetReference";
import { ResponsibleEntry, splitResponsible } from "./splitResponsible";
import { tableDiagnostic } from "./tableDiagnostic";
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
import { toSimplified } from "./toSimplified";
import { Direction, Measure } from "./types";

const DIRECTION_LABELS: Readonly<Record<Direction, { readonly zh: string; readonly en: string }>> = {
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

interface Candidate {
  readonly month: number;
  readonly target: number;
  readonly label: string;
  readonly cell: string;
  readonly priority: number;
}

interface Block {
  readonly name: string;
  readonly nameKey: string;
  readonly records: Map<Measure, RecordBuilder>;
  readonly skipped: Set<Measure>;
  readonly leaders: string[];
  readonly leadUnits: string[];
  readonly cooperatingUnits: string[];
  readonly unitKeys: Set<string>;
  readonly personOf: Map<string, string>;
  readonly loosePersons: string[];
  readonly supervisors: string[];
  readonly seen: Set<string>;
  /** The checkpoint of the last target row, carried to rows whose checkpoint cell is blank. */
  lastCheckpoint: { readonly month: number; readonly label: string } | "invalid" | null;
}

interface RecordBuilder {
  readonly block: Block;
  readonly measure: Measure;
  readonly firstRow: number;
  readonly candidates: Candidate[];
  readonly actuals: Map<number, ActualRecord>;
  unit: string;
  unitKey: string;
  unitChangeReported: boolean;
  direction: Direction | undefined;
  ceiling: boolean;
  targetIssue: boolean;
  hasContent: boolean;
  lastRow: number;
}

/**
 * 分解表读取（行）: reads the indicator rows under a header found by `findHeader`, in either layout —
 * seed (one row per indicator, measure and checkpoint, as seed 000) or ledger (one row per indicator
 * and measure, checkpoint targets and monthly actuals as columns). Merged cells give every row they
 * cover the top-left value (actual cells excepted: an actual belongs to the row it stands on); a
 * blank indicator cell continues the indicator above; blank rows end nothing; a bad cell is reported
 * and skipped, never stopping the rest. Findings are pushed onto `diagnostics`. Never throws.
 */
export function readTableRows(
  sheet: GridSheet,
  header: HeaderMatch,
  periods: number,
  diagnostics: Diagnostic[]
): TableModel {
  const reader = new RowReader(sheet, header, periods, diagnostics);
  return reader.read();
}

class RowReader {
  private readonly index: MergeIndex;
  private readonly sheetName: string;
  private readonly indicators: IndicatorRecord[] = [];
  private readonly firstRowOfKey = new Map<string, number>();
  private readonly reported = new Set<string>();
  private readonly checkpointCache = new Map<string, number | undefined>();
  private readonly column: Partial<Record<ColumnRole, number>> = {};
  private readonly checkpointTargets: readonly ColumnMapping[];
  private readonly actualColumns: readonly ColumnMapping[];
  private readonly contentColumns: readonly number[];
  private readonly figureColumns: readonly number[];
  private readonly keys = new Map<string, string>();
  private readonly responsible = new Map<CellValue, readonly ResponsibleEntry[]>();
  private readonly unitHint: string;
  private readonly indicatorColumn: number;

  constructor(
    sheet: GridSheet,
    private readonly header: HeaderMatch,
    private readonly periods: number,
    private readonly diagnostics: Diagnostic[]
  ) {
    this.index = mergeIndex(sheet);
    this.sheetName = String(sheet.name ?? "");
    for (const mapping of header.columns) {
      if (mapping.role !== "checkpointTarget" && mapping.role !== "actual" && this.column[mapping.role] === undefined) {
        this.column[mapping.role] = mapping.column;
      }
    }
    this.indicatorColumn = this.column.indicator ?? 0;
    this.checkpointTargets = header.columns.filter((mapping) => mapping.role === "checkpointTarget");
    this.actualColumns = header.columns.filter((mapping) => mapping.role === "actual" && mapping.month !== undefined);
    this.contentColumns = header.columns.map((mapping) => mapping.column);
    this.figureColumns = header.columns
      .filter((mapping) => mapping.role === "target" || mapping.role === "checkpointTarget" || mapping.role === "actual")
      .map((mapping) => mapping.column);
    this.unitHint =
      header.columns.find(
        (mapping) => mapping.unit !== undefined && (mapping.role === "target" || mapping.role === "checkpointTarget")
      )?.unit ?? "";
    for (const mapping of header.columns) {
      if (mapping.role === "actual" && mapping.month === undefined) {
        this.report("actual_without_month", "warning", this.headerCell(mapping), "tableActualWithoutMonth", {
          text: mapping.header,
        });
      }
    }
  }

  read(): TableModel {
    let block: Block | null = null;
    for (let row = this.header.dataStart; row < this.index.rows; row++) {
      const content = this.ownContent(row);
      if (content === "none") {
        continue;
      }
      const nameArea = this.index.area(row, this.indicatorColumn);
      if (nameArea !== undefined && nameArea.left === this.indicatorColumn && this.spansOtherColumns(nameArea.right)) {
        this.endBlock(block);
        block = null; // a section heading or a note merged across the table
        continue;
      }
      const name = cellText(this.value(row, this.indicatorColumn));
      if (name === "") {
        if (block === null) {
          continue;
        }
      } else if (block === null || this.key(name) !== block.nameKey) {
        this.endBlock(block);
        block = TOTAL_ROW.test(toSimplified(name)) ? null : newBlock(name, this.key(name));
        if (block === null) {
          continue;
        }
      }
      this.readRow(block, row, content === "data");
    }
    this.endBlock(block);
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
    for (const record of block?.records.values() ?? []) {
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

  /** The matching key of a name (cached: tables repeat names and units). */
  private key(name: string): string {
    let key = this.keys.get(name);
    if (key === undefined) {
      key = nameKey(name);
      this.keys.set(name, key);
    }
    return key;
  }

  /** The units (and persons) of a cell (cached by value). */
  private split(value: CellValue): readonly ResponsibleEntry[] {
    if (value === null) {
      return [];
    }
    let entries = this.responsible.get(value);
    if (entries === undefined) {
      entries = splitResponsible(value);
      this.responsible.set(value, entries);
    }
    return entries;
  }

  /** True when a merged name cell reaching `right` covers a mapped column other than the measure. */
  private spansOtherColumns(right: number): boolean {
    return this.header.columns.some(
      (mapping) => mapping.column > this.indicatorColumn && mapping.column <= right && mapping.role !== "measure"
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

  private readRow(block: Block, row: number, hasData: boolean): void {
    const measureColumn = this.column.measure;
    const measureValue = this.value(row, measureColumn);
    const unitText = cellText(this.value(row, this.column.unit));
    let measure = parseMeasure(measureValue);
    if (measure === "unknown" || measure === null) {
      const inferred: Measure = isPercentUnit(unitText) || GROWTH_NAME.test(block.nameKey) ? "growth" : "absolute";
      if (measure === "unknown" && measureColumn !== undefined) {
        this.reportOnce(row, measureColumn, "unknown_measure", "warning", "tableUnknownMeasure", {
          text: cellText(measureValue),
          measure: MEASURE_LABELS[inferred].zh,
          measureEn: MEASURE_LABELS[inferred].en,
        });
      }
      measure = inferred;
    }

    let record = block.records.get(measure);
    if (record === undefined) {
      if (block.skipped.has(measure)) {
        return;
      }
      const key = `${block.nameKey}|${measure}`;
      const firstRow = this.firstRowOfKey.get(key);
      if (firstRow !== undefined) {
        this.reportDuplicate(block, measure, row, firstRow);
        block.skipped.add(measure);
        return;
      }
      record = newRecord(block, measure, row);
      this.firstRowOfKey.set(key, row + 1);
      block.records.set(measure, record);
    } else if (this.header.layout === "ledger" && record.lastRow !== row && record.hasContent && this.hasFigures(row)) {
      this.reportDuplicate(block, measure, row, record.firstRow + 1);
      return;
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
    this.report("duplicate_indicator", "warning", cellAddress(row, this.indicatorColumn), "tableDuplicateIndicator", {
      name: block.name,
      measure: MEASURE_LABELS[measure].zh,
      measureEn: MEASURE_LABELS[measure].en,
      firstRow,
    });
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
    const key = toSimplified(unitText).toLowerCase();
    if (record.unit === "") {
      record.unit = unitText;
      record.unitKey = key;
    } else if (key !== record.unitKey && !record.unitChangeReported && this.column.unit !== undefined) {
      record.unitChangeReported = true;
      this.report("unit_changed", "warning", cellAddress(row, this.column.unit), "tableUnitChanged", {
        name: record.block.name,
        from: record.unit,
        to: unitText,
      });
    }
  }

  private readPeople(block: Block, row: number): void {
    const leader = cellText(this.value(row, this.column.leader));
    if (leader !== "") {
      addDistinct(block.leaders, block.seen, "leader", this.key(leader), leader);
    }
    for (const supervisor of this.split(this.value(row, this.column.supervisor))) {
      addDistinct(block.supervisors, block.seen, "supervisor", this.key(supervisor.unit), supervisor.unit);
    }
    const unpaired: ResponsibleEntry[] = [];
    const take = (entries: readonly ResponsibleEntry[], list: string[]): void => {
      for (const entry of entries) {
        const key = this.key(entry.unit);
        if (!block.unitKeys.has(key)) {
          block.unitKeys.add(key);
          list.push(entry.unit);
        }
        if (entry.person !== "") {
          if (!block.personOf.has(key)) {
            block.personOf.set(key, entry.person);
          }
        } else {
          unpaired.push(entry);
        }
      }
    };
    take(this.split(this.value(row, this.column.leadUnit)), block.leadUnits);
    take(this.split(this.value(row, this.column.units)), block.leadUnits);
    take(this.split(this.value(row, this.column.cooperatingUnits)), block.cooperatingUnits);
    let next = 0;
    for (const person of this.split(this.value(row, this.column.person))) {
      if (person.person !== "") {
        // "单位:人" pairs in the person column
        const key = this.key(person.unit);
        if (!block.personOf.has(key)) {
          block.personOf.set(key, person.person);
        }
        continue;
      }
      const entry = unpaired[next++];
      if (entry !== undefined && !block.personOf.has(this.key(entry.unit))) {
        block.personOf.set(this.key(entry.unit), person.unit);
      } else if (entry === undefined) {
        addDistinct(block.loosePersons, block.seen, "person", this.key(person.unit), person.unit);
      }
    }
  }

  private readDirection(record: RecordBuilder, row: number): void {
    const column = this.column.direction;
    const text = cellText(this.value(row, column));
    if (text === "" || column === undefined || record.direction !== undefined) {
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
      const checkpointValue = this.value(row, checkpointColumn);
      const checkpointText = cellText(checkpointValue);
      const reading = readFigure(this.value(row, targetColumn), unit);
      const targetCell = cellAddress(row, targetColumn);
      let checkpoint: { readonly month: number; readonly label: string } | null = null;
      if (checkpointText !== "") {
        const month = this.checkpointMonth(checkpointText);
        if (month === undefined) {
          block.lastCheckpoint = "invalid";
          record.targetIssue = true;
          this.reportOnce(row, checkpointColumn, "unknown_checkpoint", "error", "tableUnknownCheckpoint", {
            text: checkpointText,
          });
          return;
        }
        checkpoint = { month, label: checkpointText };
        block.lastCheckpoint = checkpoint;
      } else if (reading.kind !== "blank") {
        if (block.lastCheckpoint === "invalid") {
          return;
        }
        checkpoint = block.lastCheckpoint;
        if (checkpoint === null) {
          checkpoint = { month: this.periods, label: "全年" };
          this.report("missing_checkpoint", "warning", cellAddress(row, checkpointColumn), "tableMissingCheckpoint", {
            name: block.name,
            measure: MEASURE_LABELS[record.measure].zh,
            measureEn: MEASURE_LABELS[record.measure].en,
          });
        }
      }
      if (checkpoint !== null) {
        if (reading.kind === "blank") {
          record.targetIssue = true;
          this.report("missing_target", "warning", targetCell, "tableMissingTarget", {
            name: block.name,
            measure: MEASURE_LABELS[record.measure].zh,
            measureEn: MEASURE_LABELS[record.measure].en,
          });
        } else {
          this.addTarget(record, reading, checkpoint.month, checkpoint.label, targetCell, priorityOf(checkpoint.label));
        }
      }
    } else if (targetColumn !== undefined) {
      const reading = readFigure(this.value(row, targetColumn), unit);
      if (reading.kind !== "blank") {
        this.addTarget(record, reading, this.periods, "全年", cellAddress(row, targetColumn), 1);
      }
    }
    for (const mapping of this.checkpointTargets) {
      const reading = readFigure(this.value(row, mapping.column), unit);
      if (reading.kind !== "blank" && mapping.month !== undefined) {
        const label = mapping.header.replace(TARGET_SUFFIX, "") || mapping.header;
        this.addTarget(record, reading, mapping.month, label, cellAddress(row, mapping.column), priorityOf(label));
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
    if (
      reading.kind !== "number" ||
      (reading.percent && record.measure === "absolute" && record.unit !== "" && !isPercentUnit(record.unit))
    ) {
      record.targetIssue = true;
      this.report("not_a_number", "error", cell, "tableNotANumber", { text: textOf(reading) });
      return;
    }
    if (reading.bound === "ceiling") {
      record.ceiling = true;
    }
    record.candidates.push({ month, target: reading.value, label, cell, priority });
  }

  private readActuals(record: RecordBuilder, row: number): void {
    const unit = record.unit !== "" ? record.unit : this.unitHint;
    for (const mapping of this.actualColumns) {
      if (mapping.month === undefined || this.index.isCovered(row, mapping.column)) {
        continue;
      }
      const reading = readFigure(this.index.own(row, mapping.column), unit);
      if (reading.kind === "blank") {
        continue;
      }
      const cell = cellAddress(row, mapping.column);
      const readable =
        reading.kind === "number" &&
        !(reading.percent && record.measure === "absolute" && record.unit !== "" && !isPercentUnit(record.unit));
      if (!readable) {
        this.report("unreadable_actual", "error", cell, "tableUnreadableActual", {
          text: textOf(reading),
        });
      }
      const value = readable && reading.kind === "number" ? reading.value : null;
      const existing = record.actuals.get(mapping.month);
      if (existing === undefined || existing.value === null) {
        record.actuals.set(mapping.month, { month: mapping.month, value, cell });
      } else if (value !== null && !dec(value).eq(dec(existing.value))) {
        this.report("actual_conflict", "warning", cell, "tableActualConflict", {
          name: record.block.name,
          measure: MEASURE_LABELS[record.measure].zh,
          measureEn: MEASURE_LABELS[record.measure].en,
          month: mapping.month,
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
    this.checkpointCache.set(text, month);
    return month;
  }

  private inferredDirection(record: RecordBuilder): Direction {
    if (REDUCTION.test(record.block.nameKey)) {
      return "higher";
    }
    return record.ceiling ? "lower" : "higher";
  }

  /** Builds the finished record, reporting conflicts, missing targets and suspect actuals. */
  private finish(record: RecordBuilder): IndicatorRecord | null {
    const block = record.block;
    const measureLabel = MEASURE_LABELS[record.measure];
    if (record.candidates.length === 0 && record.actuals.size === 0 && !record.targetIssue && !record.hasContent) {
      return null; // a heading or a note in the indicator column
    }
    // candidates in month order (stable: equal months keep reading order), then one per month
    const candidates = [...record.candidates].sort((a, b) => a.month - b.month);
    const checkpoints: CheckpointRecord[] = [];
    for (let start = 0; start < candidates.length; ) {
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
        if (candidate !== chosen && candidate.cell !== chosen.cell && !dec(candidate.target).eq(dec(chosen.target))) {
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
      checkpoints.push({ month: chosen.month, target: chosen.target, label: chosen.label, cell: chosen.cell });
      start = end;
    }
    if (checkpoints.length === 0 && !record.targetIssue) {
      const column = this.column.target ?? this.checkpointTargets[0]?.column ?? this.indicatorColumn;
      this.report("missing_target", "warning", cellAddress(record.firstRow, column), "tableMissingTarget", {
        name: block.name,
        measure: measureLabel.zh,
        measureEn: measureLabel.en,
      });
    }
    const annualTarget = checkpoints.find((checkpoint) => checkpoint.month === this.periods)?.target ?? null;
    const actuals = [...record.actuals.values()].sort((a, b) => a.month - b.month);
    for (const actual of actuals) {
      if (isSuspectMagnitude(actual.value, annualTarget, record.measure)) {
        this.report("suspect_magnitude", "warning", actual.cell, "tableSuspectMagnitude", {
          name: block.name,
          actual: String(actual.value),
          target: String(annualTarget),
        });
      }
    }
    const units = [...block.leadUnits, ...block.cooperatingUnits];
    const paired = units.map((unit) => block.personOf.get(this.key(unit)) ?? "").filter((person) => person !== "");
    const persons = block.loosePersons.length === 0 && paired.length <= 1 ? paired : distinct([...paired, ...block.loosePersons]);
    const leadPerson = units.length > 0 ? block.personOf.get(this.key(units[0])) : undefined;
    const unit = record.unit !== "" ? record.unit : record.measure === "growth" ? "%" : this.unitHint;
    return {
      key: `${block.name}|${measureLabel.zh}`,
      name: block.name,
      measure: record.measure,
      measureLabel: measureLabel.zh,
      unit,
      direction: record.direction ?? this.inferredDirection(record),
      checkpoints,
      annualTarget,
      actuals,
      leader: block.leaders.join("、"),
      leadUnit: units[0] ?? "",
      units,
      persons,
      person: leadPerson ?? (block.personOf.size === 0 ? (block.loosePersons[0] ?? "") : ""),
      supervisors: [...block.supervisors],
      row: record.firstRow + 1,
      source: sheetReference(this.sheetName, cellAddress(record.firstRow, this.indicatorColumn)),
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
    key: Parameters<typeof tableDiagnostic>[4],
    params: Readonly<Record<string, string | number>>
  ): void {
    const area = this.index.area(row, column);
    const cell = area === undefined ? cellAddress(row, column) : cellAddress(area.top, area.left);
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
    key: Parameters<typeof tableDiagnostic>[4],
    params: Readonly<Record<string, string | number>>
  ): void {
    this.diagnostics.push(tableDiagnostic(code, severity, this.sheetName, cell, key, params));
  }
}

/** The key two spellings of a name share: simplified, lower case, without spaces. */
function nameKey(name: string): string {
  return toSimplified(name).toLowerCase().replace(/\s+/g, "");
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

function addDistinct(list: string[], seen: Set<string>, kind: string, key: string, value: string): void {
  const id = `${kind}:${key}`;
  if (!seen.has(id)) {
    seen.add(id);
    list.push(value);
  }
}

function distinct(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = nameKey(value);
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}

function newBlock(name: string, key: string): Block {
  return {
    name,
    nameKey: key,
    records: new Map(),
    skipped: new Set(),
    leaders: [],
    leadUnits: [],
    cooperatingUnits: [],
    unitKeys: new Set(),
    personOf: new Map(),
    loosePersons: [],
    supervisors: [],
    seen: new Set(),
    lastCheckpoint: null,
  };
}

function newRecord(block: Block, measure: Measure, row: number): RecordBuilder {
  return {
    block,
    measure,
    firstRow: row,
    candidates: [],
    actuals: new Map(),
    unit: "",
    unitKey: "",
    unitChangeReported: false,
    direction: undefined,
    ceiling: false,
    targetIssue: false,
    hasContent: false,
    lastRow: -1,
  };
}
