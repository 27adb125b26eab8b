import { GridSheet } from "../kernel/grid";
import { toSimplified } from "../kernel/toSimplified";

/** The sheets of a workbook as the monthly summary reads them. */
export interface SideSheets {
  /** 加减分规则 (加扣分规则, 加减分标准); undefined = seed 003's rules. */
  readonly rules: GridSheet | undefined;
  /** 加减分登记 (加减分记录, 加减分台账). */
  readonly events: GridSheet | undefined;
  /** 报送登记 (报送记录, 报送情况). */
  readonly reports: GridSheet | undefined;
  /** 全市排名 (全市排位, 市考排名): the county's ranks in the city's bulletin. */
  readonly cityRanks: GridSheet | undefined;
  /** The sheets that may hold the decomposition table, in workbook order. */
  readonly tableSheets: readonly GridSheet[];
}

/** Names of the side sheets (simplified, without spaces). */
const RULES_SHEET = /加减分规则|加扣分规则|加减分标准/;
const EVENTS_SHEET = /加减分登记|加减分记录|加减分台账/;
const REPORT_SHEET = /报送登记|报送记录|报送情况/;
const CITY_RANK_SHEET = /全市排名|全市排位|全市名次|市考排名/;
/** The sheets the summary writes (7月进度通报, 7月排名(2) …), never read back as the table. */
const OUTPUT_SHEET = /^\d+月(?:进度通报|排名|加减分汇总|预警|迟报)(?:\(\d+\))?$/;

/** A sheet name as matched: simplified characters, no spaces. */
function sheetKey(name: unknown): string {
  return toSimplified(String(name ?? "")).replace(/\s+/g, "");
}

/**
 * 工作表识别: finds the summary's side sheets by name (traditional characters and spaces allowed;
 * 2016年报送登记 is a 报送登记; 全市排名 is the city's ranks), the first of each kind. The rest may hold the table, except the
 * summary's own output sheets — unless `tableSheet`, the clerk's choice, names the sheet exactly.
 */
export function findSideSheets(sheets: readonly GridSheet[], tableSheet?: string): SideSheets {
  const find = (pattern: RegExp): GridSheet | undefined =>
    sheets.find((sheet) => pattern.test(sheetKey(sheet.name)));
  const rules = find(RULES_SHEET);
  const events = find(EVENTS_SHEET);
  const reports = find(REPORT_SHEET);
  const cityRanks = find(CITY_RANK_SHEET);
  const side = new Set([rules, events, reports, cityRanks]);
  const tableSheets = sheets.filter(
    (sheet) =>
      (tableSheet !== undefined && sheet.name === tableSheet) ||
      (!side.has(sheet) && !OUTPUT_SHEET.test(sheetKey(sheet.name)))
  );
  return { rules, events, reports, cityRanks, tableSheets };
}
