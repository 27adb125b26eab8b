import { cellText } from "../kernel/cellText";
import { GridSheet } from "../kernel/grid";
import { toSimplified } from "../kernel/toSimplified";
import { isNoteText } from "./isNoteText";

/** A county-level name ending the way such names end: 镇巴县, 汉台区, 神木市…县 is preferred. */
const COUNTY = /[\u4e00-\u9fa5]{1,8}?(?:自治县|县|区|旗)/g;
/** Words that end in 县/区 but name no place. */
const NOT_A_PLACE = new Set(
  "全县 本县 我县 各县 该县 对县 市对县 省对县 县 区 全区 本区 我区 各区 该区 县区 区县 各县区 城区 园区 景区 开发区 新区 山区 社区 辖区 市区 片区 旗".split(
    " "
  )
);
/** A year of this century. */
const YEAR = /(20\d{2})/;

/** The county named in a title: "镇巴县6-12月市对县考核…" → 镇巴县; "汉中市镇巴县…" → 镇巴县. */
function countyOf(text: string): string | null {
  const cleaned = text.replace(/^(?:关于|印发|下达|转发|附件\d*[:：]?|\d{4}年度?)+/, "");
  for (const match of cleaned.matchAll(COUNTY)) {
    let name = match[0];
    for (const level of ["省", "市"]) {
      const at = name.lastIndexOf(level);
      if (at >= 0 && at < name.length - 2) {
        name = name.slice(at + 1);
      }
    }
    if (!NOT_A_PLACE.has(name)) {
      return name;
    }
  }
  return null;
}

/**
 * 标题信息: the county and year a workbook is about, read from the title rows at the top of the table's
 * sheet — rows holding a single text besides notes (单位：万元, 制表：, a date; see `isNoteText`), down
 * to the last header row (“镇巴县6-12月市对县考核主要指标任务分解表” → 镇巴县) — and, failing that, from
 * the table's sheet name; the year is a 20xx in the title
 * rows, else in any sheet name. Null when not found. Never throws.
 *
 * @param headerRow 1-based last header row of the table: title rows lie above or within the header.
 */
export function readTitle(
  table: GridSheet,
  headerRow: number,
  sheetNames: readonly string[]
): { county: string | null; year: number | null } {
  const values = Array.isArray(table.values) ? table.values : [];
  const texts: string[] = [];
  // Title rows hold one text (a merged title, a subtitle); the header rows hold many.
  for (let row = 0; row < Math.min(headerRow, values.length, 20); row++) {
    const cells = Array.isArray(values[row]) ? values[row] : [];
    const found = new Set<string>();
    for (const value of cells) {
      const text = toSimplified(cellText(value));
      if (text !== "" && !isNoteText(text)) {
        found.add(text); // a note beside the title (单位：万元) is not a second text
      }
    }
    if (found.size === 1) {
      texts.push(...found);
    }
  }
  const tableName = toSimplified(String(table.name ?? ""));
  let county: string | null = null;
  for (const text of [...texts, tableName]) {
    county = countyOf(text.replace(/\s+/g, ""));
    if (county !== null) {
      break;
    }
  }
  let year: number | null = null;
  for (const text of [...texts, ...sheetNames.map((name) => String(name ?? ""))]) {
    const match = YEAR.exec(text);
    if (match !== null) {
      year = Number(match[1]);
      break;
    }
  }
  return { county, year };
}
