import { CellValue } from "../kernel/grid";
import { normalizeText } from "../kernel/normalizeText";

/** One responsible unit, with its person when the cell pairs them ("县统计局:刘明江"). */
export interface ResponsibleEntry {
  readonly unit: string;
  readonly person: string;
}

const AROUND_COLON = /\s*:\s*/g;
const SEPARATORS = /[;,、\s/|]+/;
/** Annotations such as (牵头), （配合） that say a unit's part, not its name. */
const ROLE_NOTE = /\((?:牵头|牽頭|主责|主責|责任|責任|配合|协助|協助|协办|協辦)(?:单位|單位)?\)/g;

/**
 * 责任单位拆分: splits a responsible-units cell into units, in order (the first leads, 牵头), with the
 * person of each when written as pairs: "县统计局:刘明江;县经贸局:冯启彬", "县财政局、县税务局",
 * one unit per line. Separators: ; , 、 / | and white space (full-width forms are normalized first).
 */
export function splitResponsible(value: CellValue | undefined): readonly ResponsibleEntry[] {
  const text = (value === null || value === undefined ? "" : normalizeText(String(value)))
    .replace(ROLE_NOTE, "")
    .replace(AROUND_COLON, ":");
  const entries: ResponsibleEntry[] = [];
  for (const item of text.split(SEPARATORS)) {
    const colon = item.indexOf(":");
    const unit = (colon < 0 ? item : item.slice(0, colon)).trim();
    const person =
      colon < 0
        ? ""
        : item
            .slice(colon + 1)
            .replace(/:/g, "")
            .trim();
    if (unit !== "") {
      entries.push({ unit, person });
    }
  }
  return entries;
}
