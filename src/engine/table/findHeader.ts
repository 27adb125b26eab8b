import { HeaderClass, PeriodKind, classifyHeader } from "./classifyHeader";
import { CellValue, GridSheet, MergedArea } from "../kernel/grid";
import { MergeIndex, mergeIndex } from "./mergeIndex";
import { ColumnMapping, ColumnRole, HeaderMatch } from "./tableModel";

/** Options of {@link findHeader}. */
export interface FindHeaderOptions {
  /** Months (periods) in the year, 12 by default. */
  readonly periods?: number;
  /**
   * What a bare period header without a group above it holds (上半年, 7月): `"target"` (the
   * default: single months such as 7月 hold actuals, other periods checkpoint targets) or `"actual"`
   * (every period column holds actuals, as on a 月度完成 sheet).
   */
  readonly periodColumns?: "target" | "actual";
}

/** Rows searched for the header. */
const SCAN_ROWS = 20;
/** Roles a column can have only once; the first column found keeps it. */
const SINGLE_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  "indicator",
  "measure",
  "checkpoint",
  "unit",
  "target",
  "leader",
  "leadUnit",
  "units",
  "cooperatingUnits",
  "person",
  "supervisor",
  "direction",
  "month",
]);
/** Roles that give the reader something to read besides names. */
const CONTENT_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  "target",
  "checkpoint",
  "checkpointTarget",
  "actual",
  "month",
]);
const SINGLE_MONTH = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3}|元)月份?$/;

interface Candidate {
  readonly score: number;
  readonly match: HeaderMatch;
}

/**
 * 表头查找: finds the header of a decomposition table or an actuals sheet in the first 20 rows — the
 * row (or pair of rows) naming the most known columns, one of them the indicator (主要指标/考核指标/
 * 指标名称 …) and one a target, checkpoint, actual or month column. Two-row headers are understood:
 * a group cell above (目标/考核任务/任务数 → checkpoint targets; 完成/实际/累计完成 → actuals), merged
 * across or written once at the left, says what the period sub-headers under it hold (上半年, 全年,
 * 1-7月, 7月). Titles above the header and 序号 columns are passed over. Never throws.
 *
 * @returns the header rows, the column mappings, the layout — `seed` when there is a checkpoint
 *   (倒排时间) column, else `ledger` — the first data row, and the header cells that repeat a role
 *   already taken to their left (`duplicates`: a second 目标 column, not read); null when no header
 *   is found.
 */
export function findHeader(sheet: GridSheet, options: FindHeaderOptions = {}): HeaderMatch | null {
  const periods = options.periods ?? 12;
  const periodColumns = options.periodColumns ?? "target";
  const index = mergeIndex(sheet);
  const cache = new Map<CellValue, HeaderClass | null>();
  const classify = (value: CellValue): HeaderClass | null => {
    let found = cache.get(value);
    if (found === undefined) {
      found = classifyHeader(value, periods);
      cache.set(value, found);
    }
    return found;
  };
  const context: Context = { index, classify, periodColumns };
  let best: Candidate | null = null;
  for (let row = 0; row < Math.min(SCAN_ROWS, index.rows); row++) {
    for (const candidate of [interpret(context, row, false), interpret(context, row, true)]) {
      if (candidate !== null && candidate.score > (best?.score ?? 0)) {
        best = candidate;
      }
    }
  }
  return best?.match ?? null;
}

interface Context {
  readonly index: MergeIndex;
  readonly classify: (value: CellValue) => HeaderClass | null;
  readonly periodColumns: "target" | "actual";
}

/** Reads row `row` (and `row + 1` when `twoRows`) as a header; null when it is not one. */
function interpret(context: Context, row: number, twoRows: boolean): Candidate | null {
  const { index, classify } = context;
  if (twoRows && row + 1 >= index.rows) {
    return null;
  }
  const mappings: ColumnMapping[] = [];
  const duplicates: ColumnMapping[] = [];
  const taken = new Set<ColumnRole>();
  let usedFirstRow = false;
  let usedSecondRow = false;
  let carriedGroup: PeriodKind | undefined;

  const add = (
    column: number,
    found: HeaderClass,
    group?: PeriodKind,
    groupUnit?: string,
    period?: HeaderClass
  ): void => {
    const month = found.month ?? period?.month;
    if (month !== undefined) {
      const kind = found.kind ?? group ?? defaultKind(context, found);
      const unit = found.unit ?? groupUnit;
      const label = found.label ?? period?.label;
      mappings.push({
        role: kind === "actual" ? "actual" : kind === "lastYear" ? "lastYear" : "checkpointTarget",
        column,
        header: found.text,
        month,
        ...(label === undefined ? {} : { label }),
        ...(unit === undefined ? {} : { unit }),
      });
      return;
    }
    const role = found.role;
    if (role === undefined || role === "ignore") {
      return;
    }
    const mapping: ColumnMapping = {
      role,
      column,
      header: found.text,
      ...(found.unit === undefined ? {} : { unit: found.unit }),
    };
    if (SINGLE_ROLES.has(role) && taken.has(role)) {
      duplicates.push(mapping);
      return;
    }
    taken.add(role);
    mappings.push(mapping);
  };

  for (let column = 0; column < index.columns; column++) {
    const topArea = index.area(row, column);
    const topIsLeft = topArea === undefined || topArea.left === column;
    const top = classify(index.filled(row, column));
    if (!twoRows) {
      if (top !== null && topIsLeft) {
        add(column, top);
      }
      continue;
    }
    if (top !== null) {
      carriedGroup = top.group;
    } else if (index.filled(row, column) !== null && index.filled(row, column) !== "") {
      carriedGroup = undefined;
    }
    const group = top === null ? carriedGroup : top.group;
    const spansBoth = topArea !== undefined && topArea.bottom > row;
    const bottomArea = index.area(row + 1, column);
    const bottomIsLeft = bottomArea === undefined || bottomArea.left === column;
    const bottom = spansBoth || !bottomIsLeft ? null : classify(index.filled(row + 1, column));
    if (
      bottom !== null &&
      bottom.month !== undefined &&
      (top === null || top.group !== undefined)
    ) {
      add(column, bottom, group, top?.unit);
      usedSecondRow = true;
      usedFirstRow ||= group !== undefined;
    } else if (
      top !== null &&
      top.month !== undefined &&
      top.kind === undefined &&
      bottom !== null &&
      bottom.month === undefined &&
      (bottom.group !== undefined || bottom.derived === true)
    ) {
      // a period over what its columns hold: 1-7月 over 完成 | 上年同期 | 增长%
      if (bottom.group !== undefined) {
        add(column, { ...bottom, kind: bottom.group }, bottom.group, top.unit, top);
      }
      usedSecondRow = true;
      usedFirstRow = true;
    } else if (
      bottom !== null &&
      bottom.role !== undefined &&
      bottom.role !== "ignore" &&
      (top === null || top.role !== undefined || !topIsLeft)
    ) {
      // a named cell under a group, or under another name (a title such as 市考指标台账 over the
      // header): the cell nearer the data names the column
      add(column, bottom);
      usedSecondRow = true;
    } else if (
      top !== null &&
      topIsLeft &&
      !(bottom?.role === "ignore" && top.month === undefined)
    ) {
      add(column, top);
      usedFirstRow ||= top.role !== "ignore";
    }
  }

  // a second header row counts only when both rows name columns (a title over a header does not)
  if (twoRows && !(usedFirstRow && usedSecondRow)) {
    return null;
  }
  const indicator = mappings.find((mapping) => mapping.role === "indicator");
  if (indicator === undefined || !mappings.some((mapping) => CONTENT_ROLES.has(mapping.role))) {
    return null;
  }
  // 主要指标 merged over two columns (seed 000): the second holds the measure (绝对量/增幅).
  const indicatorArea = index.area(row, indicator.column);
  if (
    !taken.has("measure") &&
    indicatorArea !== undefined &&
    indicatorArea.right > indicator.column &&
    !mappings.some((mapping) => mapping.column === indicator.column + 1)
  ) {
    mappings.push({ role: "measure", column: indicator.column + 1, header: indicator.header });
  }
  mappings.sort((a, b) => a.column - b.column);
  const columns = withLastYearMonths(mappings);

  const lastHeaderRow = twoRows ? row + 1 : row;
  let dataStart = lastHeaderRow + 1;
  const headerArea = index.area(lastHeaderRow, indicator.column);
  if (headerArea !== undefined && headerArea.bottom > lastHeaderRow) {
    dataStart = headerArea.bottom + 1;
  }
  const spills = spilledMerges(index, row, lastHeaderRow, dataStart);
  return {
    score: columns.length,
    match: {
      headerRows: [row + 1, lastHeaderRow + 1],
      layout: taken.has("checkpoint") ? "seed" : "ledger",
      columns,
      dataStart,
      ...(duplicates.length === 0 ? {} : { duplicates }),
      ...(spills.length === 0 ? {} : { spills }),
    },
  };
}

/**
 * 上年同期 columns that name no month take the month of the nearest actual column to their left
 * (指标 | 1-7月完成 | 上年同期 | 增长%), else to their right; without any they keep none (and are
 * reported).
 */
function withLastYearMonths(mappings: readonly ColumnMapping[]): ColumnMapping[] {
  const actuals = mappings.filter(
    (mapping) => mapping.role === "actual" && mapping.month !== undefined
  );
  return mappings.map((mapping) => {
    if (mapping.role !== "lastYear" || mapping.month !== undefined) {
      return mapping;
    }
    const left = actuals.filter((actual) => actual.column < mapping.column).pop();
    const near = left ?? actuals.find((actual) => actual.column > mapping.column);
    return near === undefined
      ? mapping
      : {
          ...mapping,
          month: near.month,
          ...(near.label === undefined ? {} : { label: near.label }),
        };
  });
}

/**
 * Header cells merged down past the header into the data rows (a 责任单位 header merged over the
 * first data row): their areas, each once, top to bottom and left to right.
 */
function spilledMerges(
  index: MergeIndex,
  firstRow: number,
  lastRow: number,
  dataStart: number
): MergedArea[] {
  const found: MergedArea[] = [];
  for (let row = firstRow; row <= lastRow; row++) {
    for (let column = 0; column < index.columns; column++) {
      const area = index.area(row, column);
      if (
        area !== undefined &&
        area.top === row &&
        area.left === column &&
        area.bottom >= dataStart &&
        index.own(row, column) !== null
      ) {
        found.push(area);
      }
    }
  }
  return found;
}

/** What a bare period header holds when no group or word says. */
function defaultKind(context: Context, found: HeaderClass): PeriodKind {
  if (context.periodColumns === "actual") {
    return "actual";
  }
  return SINGLE_MONTH.test(found.text.replace(/\s+/g, "")) ? "actual" : "target";
}
