import { cellAddress } from "../kernel/cellAddress";
import { cellText } from "../kernel/cellText";
import { Diagnostic, diagnostic } from "../kernel/diagnostic";
import { CellValue, GridSheet } from "../kernel/grid";
import { normalizeText } from "../kernel/normalizeText";
import { toSimplified } from "../kernel/toSimplified";
import { parseCheckpoint } from "../pace/parseCheckpoint";
import { findSideHeader } from "../table/findSideHeader";
import { mergeIndex } from "../table/mergeIndex";

/** 全市排名: the county's place among the city's counties for one indicator in one month. */
export interface CityRank {
  /** 指标 as written (simplified, spaces removed when matched). */
  readonly indicator: string;
  /** 口径 as written (绝对量, 增幅); "" when the sheet has no such column. */
  readonly measure: string;
  /** The data month; null when the sheet names none (the month summarised). */
  readonly month: number | null;
  /** 全市排名, 1 = best. */
  readonly rank: number;
  /** 参评县数 (共N个); null when not given. */
  readonly count: number | null;
  /** 组别 (山区县); null when not given. */
  readonly group: string | null;
  /** 组内排名; null when not given. */
  readonly groupRank: number | null;
  /** 组内县数; null when not given. */
  readonly groupSize: number | null;
  /** The row's first cell: "B5". */
  readonly cell: string;
}

/** The columns of a 全市排名 sheet and the header words that mark them. */
const RANK_COLUMNS = {
  indicator: ["指标", "指标名称", "考核指标", "主要指标", "市考指标", "indicator"],
  measure: ["口径", "measure"],
  month: ["月份", "数据月份", "统计月份", "month"],
  rank: ["排名", "名次", "全市排名", "全市名次", "位次", "rank"],
  count: ["参评县数", "参评县区数", "县区数", "参评数", "排名县数", "共", "counties"],
  group: ["组别", "分组", "类别", "group"],
  groupRank: ["组内排名", "组内名次", "分组排名", "组别排名", "group rank"],
  groupSize: ["组内县数", "组内县区数", "分组县数", "group size"],
} as const;

type RankField = keyof typeof RANK_COLUMNS;

/** A place: 10, "10", "第10名", "第10位"; with a count when written "10/11" or "第10名/共11个". */
function readPlace(value: CellValue): { place: number; of: number | null } | null {
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= 1 ? { place: value, of: null } : null;
  }
  const text = normalizeText(toSimplified(cellText(value))).replace(/\s+/g, "");
  const match = /^第?(\d+)[名位]?(?:[/／](?:共)?(\d+)[个县区名]*)?$/.exec(text);
  if (match === null) {
    return null;
  }
  const place = Number(match[1]);
  const of = match[2] === undefined ? null : Number(match[2]);
  return place >= 1 && (of === null || of >= place) ? { place, of } : null;
}

/** A count: 11, "11", "共11个", "11个县". */
function readCount(value: CellValue): number | null {
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= 1 ? value : null;
  }
  const text = normalizeText(toSimplified(cellText(value))).replace(/\s+/g, "");
  const match = /^共?(\d+)[个县区]*$/.exec(text);
  return match === null || Number(match[1]) < 1 ? null : Number(match[1]);
}

/** A month: 7, "7月", "1-7月", "7月份"; null when unreadable. */
function readMonth(value: CellValue): number | null {
  const text = normalizeText(toSimplified(cellText(value))).replace(/\s+|份$/g, "");
  try {
    return parseCheckpoint(typeof value === "number" ? value : text, 12);
  } catch {
    return null;
  }
}

/** What {@link readCityRanks} finds. */
export interface CityRanks {
  readonly ranks: readonly CityRank[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * 全市排名读取: reads the county's ranks in the city's monthly bulletin, entered or pasted by the
 * clerk: one row per indicator (and month), columns found by their header words (traditional
 * characters too) — 指标, 口径, 月份 (7, 7月, 1-7月; without the column the ranks are the month's
 * summarised), 排名/名次 (10, 第10名, or 10/11 with the count), 参评县数 (11, 共11个), 组别 (山区县),
 * 组内排名 and 组内县数 (or 5/5 in the group rank). An indicator merged over several rows stands for
 * each. Blank rows are passed over; a row whose month, rank or count cannot be read is reported
 * (`invalid_value` at the cell) and skipped. Never throws.
 */
export function readCityRanks(sheet: GridSheet): CityRanks {
  const ranks: CityRank[] = [];
  const diagnostics: Diagnostic[] = [];
  const header = findSideHeader(sheet, RANK_COLUMNS, ["indicator", "rank"]);
  if (header === null) {
    diagnostics.push(
      diagnostic("no_header", "error", sheet.name, "", "sideNoHeader", {
        table: "全市排名",
        tableEn: "city ranking",
        columns: "指标、排名",
        columnsEn: "indicator, rank",
      })
    );
    return { ranks, diagnostics };
  }
  const index = mergeIndex(sheet);
  const column = (field: RankField): number | undefined => header.columns[field];
  const at = (row: number, field: RankField): CellValue => {
    const found = column(field);
    return found === undefined ? null : index.filled(row, found);
  };
  const invalid = (row: number, field: RankField, name: string, nameEn: string, allowed: string) =>
    diagnostic(
      "invalid_value",
      "error",
      sheet.name,
      cellAddress(row, column(field) ?? 0),
      "sideInvalidValue",
      {
        name,
        nameEn,
        text: cellText(at(row, field)),
        allowed,
      }
    );

  for (let row = header.row + 1; row < index.rows; row++) {
    const indicator = cellText(at(row, "indicator")).trim();
    const rankText = cellText(at(row, "rank"));
    if (indicator === "" || rankText === "") {
      continue;
    }
    const month =
      column("month") === undefined || cellText(at(row, "month")) === ""
        ? null
        : readMonth(at(row, "month"));
    if (month === null && column("month") !== undefined && cellText(at(row, "month")) !== "") {
      diagnostics.push(invalid(row, "month", "月份", "month", "7、7月、1-7月"));
      continue;
    }
    const place = readPlace(at(row, "rank"));
    const countText = cellText(at(row, "count"));
    const count = countText === "" ? (place?.of ?? null) : readCount(at(row, "count"));
    if (place === null || (count !== null && place.place > count)) {
      diagnostics.push(
        invalid(row, "rank", "全市排名", "city rank", "10、第10名、10/11（不超过参评县数）")
      );
      continue;
    }
    if (countText !== "" && count === null) {
      diagnostics.push(invalid(row, "count", "参评县数", "counties ranked", "11、共11个"));
      continue;
    }
    const groupRankText = cellText(at(row, "groupRank"));
    const groupPlace = groupRankText === "" ? null : readPlace(at(row, "groupRank"));
    const sizeText = cellText(at(row, "groupSize"));
    const groupSize = sizeText === "" ? (groupPlace?.of ?? null) : readCount(at(row, "groupSize"));
    if (
      (groupRankText !== "" && groupPlace === null) ||
      (groupPlace !== null && groupSize !== null && groupPlace.place > groupSize)
    ) {
      diagnostics.push(
        invalid(row, "groupRank", "组内排名", "rank in group", "5、第5名、5/5（不超过组内县数）")
      );
      continue;
    }
    if (sizeText !== "" && groupSize === null) {
      diagnostics.push(invalid(row, "groupSize", "组内县数", "group size", "5、共5个"));
      continue;
    }
    const group = cellText(at(row, "group")).trim();
    ranks.push({
      indicator,
      measure: cellText(at(row, "measure")).trim(),
      month,
      rank: place.place,
      count,
      group: group === "" ? null : group,
      groupRank: groupPlace?.place ?? null,
      groupSize,
      cell: cellAddress(row, column("indicator") ?? 0),
    });
  }
  return { ranks, diagnostics };
}
