import { CellValue } from "../kernel/grid";
import { yearEndDefinitions } from "./yearEndDefinitions";

/** One row of the 设置 sheet as the template writes it. */
export interface SettingRow {
  readonly label: string;
  readonly value: CellValue;
  readonly note: string;
  /** The value cell's number format: "0%" for percentages, else "General". */
  readonly numberFormat: string;
}

/**
 * 年度考核设置行: the year-end settings as rows of the 设置 sheet (设置项 | 取值 | 说明), each with
 * its first label and seed 003's default, in the order of {@link yearEndDefinitions} — what the
 * template and the samples write, and what `yearEndSettings` reads back.
 */
export function yearEndSettingRows(): SettingRow[] {
  return Object.values(yearEndDefinitions).map((definition) => ({
    label: definition.labels[0],
    value: definition.template,
    note: definition.note,
    numberFormat: definition.numberFormat ?? "General",
  }));
}
