import { MonthlyDefinition, MonthlySettingName, monthlyDefinitions } from "./monthlyDefinitions";

/** Two values of a setting are one: numbers, words, null. */
const same = (a: unknown, b: unknown): boolean => a === b;

/**
 * 设置说明行: the line a summary sheet's subtitle adds to state the settings it was made with that
 * are not the defaults, in the order of {@link monthlyDefinitions} — "设置：预警幅度3个百分点；期数4"
 * — or "" when every one is the default. The pace method "auto" is its absence (`method`
 * undefined); a setting left out is its default. Takes `SummarySettings` or the resolved ones.
 */
export function settingsNote(
  settings: Partial<Readonly<Record<MonthlySettingName, unknown>>>
): string {
  const parts: string[] = [];
  const values = settings as Readonly<Record<string, unknown>>;
  const definitions = Object.values(monthlyDefinitions) as readonly MonthlyDefinition<unknown>[];
  for (const definition of definitions) {
    const given = values[definition.name];
    const value = definition.name === "method" && given === undefined ? "auto" : given;
    if (value === undefined || same(value, definition.fallback)) {
      continue;
    }
    parts.push(definition.describe(value));
  }
  return parts.length === 0 ? "" : `设置：${parts.join("；")}`;
}
