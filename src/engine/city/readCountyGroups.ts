import { cellText } from "../kernel/cellText";
import { Diagnostic, diagnostic } from "../kernel/diagnostic";
import { GridSheet } from "../kernel/grid";
import { findSideHeader } from "../table/findSideHeader";

/** The columns of a groups sheet (县区 | 分组) and the header words that mark them. */
const GROUP_COLUMNS = {
  county: ["县区", "县（区）", "区县", "县", "county"],
  group: ["分组", "组别", "类别", "group"],
} as const;

/** What {@link readCountyGroups} finds. */
export interface CountyGroups {
  /** 县区 → 分组, as written (spaces trimmed). */
  readonly groups: ReadonlyMap<string, string>;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * 县区分组: reads a groups sheet — a 设置-style table of 县区 and 分组 (山区县, 平原县 …), header
 * found by its words. A county without a group is in none; a county listed twice keeps its first
 * group. Without the header, no groups and an error (`no_header`). Never throws.
 */
export function readCountyGroups(sheet: GridSheet): CountyGroups {
  const groups = new Map<string, string>();
  const header = findSideHeader(sheet, GROUP_COLUMNS, ["county", "group"]);
  if (header === null) {
    return {
      groups,
      diagnostics: [
        diagnostic("no_header", "error", sheet.name, "", "sideNoHeader", {
          table: "县区分组",
          tableEn: "county groups",
          columns: "县区、分组",
          columnsEn: "county, group",
        }),
      ],
    };
  }
  const at = (row: number, column: number | undefined): string =>
    column === undefined ? "" : cellText(sheet.values[row]?.[column] ?? null).trim();
  for (let row = header.row + 1; row < sheet.values.length; row++) {
    const county = at(row, header.columns.county);
    const group = at(row, header.columns.group);
    if (county !== "" && group !== "" && !groups.has(county)) {
      groups.set(county, group);
    }
  }
  return { groups, diagnostics: [] };
}
