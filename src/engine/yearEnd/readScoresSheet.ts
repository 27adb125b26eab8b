import { cellAddress } from "../kernel/cellAddress";
import { cellText } from "../kernel/cellText";
import { Diagnostic, diagnostic } from "../kernel/diagnostic";
import { CellValue, GridSheet } from "../kernel/grid";
import { findSideHeader } from "../table/findSideHeader";
import { mergeIndex } from "../table/mergeIndex";
import { unitKey } from "./unitKey";
import { ScoreRow, YearEndPart } from "./yearEndSummary";

/** The columns of a 年度评分 sheet and the header names that mark them (traditional ones match too). */
export const SCORE_COLUMNS = {
  unit: [
    "单位",
    "责任单位",
    "被考核单位",
    "考评单位",
    "被考评单位",
    "单位名称",
    "部门",
    "部门名称",
  ],
  province: ["省专项指标", "省专项", "省级专项指标", "省专项任务", "省专项指标完成情况"],
  city: ["市专项指标", "市专项", "市级专项指标", "市专项任务", "市专项指标完成情况"],
  ownWork: ["部门自身工作", "自身工作", "重点职能工作", "本部门工作"],
  process: ["过程考核", "过程成绩", "过程考评", "过程", "过程扣分"],
  common: ["共性指标", "共性"],
  leader: ["县政府领导评价", "县领导评价", "政府领导评价", "领导评价"],
  office: [
    "专项行动领导小组办公室评价",
    "领导小组办公室评价",
    "专项办评价",
    "专项行动办评价",
    "专项行动领导小组办公室",
  ],
  peer: ["互评", "部门互评", "各部门互评", "县政府部门评价", "互评得分", "互评成绩", "园区互评"],
  veto: ["一票否决", "否决"],
  vetoReason: ["否决事由", "一票否决事由", "否决原因", "否决情形", "事由"],
  note: ["备注", "说明"],
} as const;
type ScoreField = keyof typeof SCORE_COLUMNS;

const PARTS: readonly YearEndPart[] = [
  "province",
  "city",
  "ownWork",
  "process",
  "common",
  "leader",
  "office",
  "peer",
];
/** Rows that are not units: totals and notes. */
const NOT_A_UNIT = /^(?:合计|小计|总计|平均|注|说明|备注|填表说明)/;

/** What {@link readScoresSheet} found: the units' rows, the columns and what could not be read. */
export interface ScoresSheet {
  readonly sheet: string;
  /** The 1-based header row; 0 when no header was found. */
  readonly headerRow: number;
  /** The parts the sheet has a column for. */
  readonly parts: readonly YearEndPart[];
  readonly rows: readonly ScoreRow[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * 年度评分表读取: reads the 年度评分 sheet — one row per unit: 单位, the parts the office collects
 * (省专项指标, 市专项指标, 部门自身工作, 过程考核, 共性指标, 县政府领导评价, 专项行动领导小组办公室评价,
 * 互评), 一票否决 with 否决事由, 备注 — in any column order, header in the first 20 rows, a unit merged
 * over rows standing for its first row. The cells are kept as written, with their addresses: how
 * each becomes a score depends on the part's method (`partScore`). Blank rows, totals and notes are
 * passed over; a unit written twice keeps its first row, with a diagnostic at the second. Never
 * throws.
 */
export function readScoresSheet(sheet: GridSheet): ScoresSheet {
  const diagnostics: Diagnostic[] = [];
  const header = findSideHeader(sheet, SCORE_COLUMNS, ["unit"]);
  const found = header === null ? [] : PARTS.filter((part) => header.columns[part] !== undefined);
  if (header === null || found.length === 0) {
    diagnostics.push(diagnostic("no_header", "error", sheet.name, "", "yearEndNoHeader"));
    return { sheet: sheet.name, headerRow: 0, parts: [], rows: [], diagnostics };
  }
  const index = mergeIndex(sheet);
  const rows: ScoreRow[] = [];
  const firstRows = new Map<string, number>();
  const column = (field: ScoreField): number | undefined => header.columns[field];
  for (let row = header.row + 1; row < index.rows; row++) {
    const unitColumn = column("unit") as number;
    const area = index.area(row, unitColumn);
    if (area !== undefined && area.top !== row) {
      continue; // a merged unit cell stands for its first row only
    }
    const unit = cellText(index.own(row, unitColumn)).trim();
    const others = (Object.keys(SCORE_COLUMNS) as ScoreField[])
      .filter((field) => field !== "unit")
      .map((field) => column(field))
      .filter((at): at is number => at !== undefined)
      .map((at) => cellText(index.own(row, at)).trim());
    if (unit === "" || NOT_A_UNIT.test(unit)) {
      // A row of figures without a unit is named, the rest (blank rows, totals, notes) passed over.
      if (unit === "" && others.some((text) => text !== "")) {
        diagnostics.push(
          diagnostic(
            "missing_value",
            "error",
            sheet.name,
            cellAddress(row, unitColumn),
            "sideMissingValue",
            {
              name: "单位",
              nameEn: "the unit",
            }
          )
        );
      }
      continue;
    }
    const key = unitKey(unit);
    const unitCell = cellAddress(row, unitColumn);
    const firstRow = firstRows.get(key);
    if (firstRow !== undefined) {
      diagnostics.push(
        diagnostic("duplicate_unit", "error", sheet.name, unitCell, "yearEndDuplicateUnit", {
          unit,
          firstRow,
        })
      );
      continue;
    }
    firstRows.set(key, row + 1);
    const parts: Partial<Record<YearEndPart, { value: CellValue; cell: string }>> = {};
    for (const part of found) {
      const at = column(part) as number;
      parts[part] = { value: index.own(row, at), cell: cellAddress(row, at) };
    }
    const vetoColumn = column("veto");
    const reasonColumn = column("vetoReason");
    const noteColumn = column("note");
    rows.push({
      unit,
      row: row + 1,
      unitCell,
      parts,
      veto:
        vetoColumn === undefined
          ? null
          : { value: index.own(row, vetoColumn), cell: cellAddress(row, vetoColumn) },
      vetoReason:
        reasonColumn === undefined
          ? null
          : {
              text: cellText(index.own(row, reasonColumn)).trim(),
              cell: cellAddress(row, reasonColumn),
            },
      note: noteColumn === undefined ? "" : cellText(index.own(row, noteColumn)).trim(),
    });
  }
  return { sheet: sheet.name, headerRow: header.row + 1, parts: found, rows, diagnostics };
}
