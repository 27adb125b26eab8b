import type { MonthlySettingName, SummarySettings } from "../engine";
import type { OptionName } from "./scanArguments";
import { Usage } from "./scanArguments";

/**
 * The monthly rules' settings as `assess summary` options, each read by the same rule as its row
 * of the 设置 sheet (`monthlyDefinitions`): `--bonus-cap none`, `--ranking-measure completion`,
 * `--group 山区县` … Given options win over the 设置 sheet, as the pane's settings do.
 */
export const ruleSettingOptions = {
  "bottom-count": "bottomCount",
  "ranking-measure": "rankingMeasure",
  "bonus-cap": "bonusCap",
  "city-multiplier": "cityMultiplier",
  "due-day": "dueDay",
  "pace-bonus": "paceBonusPoints",
  "pace-deduction": "paceDeductionPoints",
  "late-points": "latePoints",
  "interview-runs": "interviewRuns",
  group: "groupName",
} as const satisfies Partial<Record<OptionName, MonthlySettingName>>;

type Mutable = { -readonly [K in keyof SummarySettings]: SummarySettings[K] };

/** Reads the rule options given into `settings`; a value the 设置 sheet would refuse is a usage error. */
export function readRuleSettings(values: ReadonlyMap<OptionName, string>, settings: Mutable): void {
  const given = Object.entries(ruleSettingOptions).filter(([option]) =>
    values.has(option as OptionName)
  );
  if (given.length === 0) {
    return;
  }
  // The engine is required here, not imported: `assess help` answers without loading it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { monthlyDefinitions } = require("../engine") as typeof import("../engine");
  for (const [option, name] of given) {
    const text = values.get(option as OptionName) ?? "";
    const parsed: unknown = monthlyDefinitions[name].parse(text.trim());
    if (typeof parsed === "object" && parsed !== null && "rule" in parsed && "ruleEn" in parsed) {
      const { rule, ruleEn } = parsed as { readonly rule: string; readonly ruleEn: string };
      throw new Usage("badSetting", { option: `--${option}`, value: text, rule, ruleEn });
    }
    (settings as Record<string, unknown>)[name] = parsed;
  }
}
