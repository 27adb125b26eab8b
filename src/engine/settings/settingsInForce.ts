import { SummarySettings } from "../summary/summaryTypes";

/**
 * 设置优先次序: the settings a summary is made with — each setting the caller gives explicitly (not
 * undefined: the pane, a CLI option) wins over the one the workbook states (its 设置 sheet), which
 * wins over the default (filled in later, by `resolveSettings`).
 */
export function settingsInForce(
  given: SummarySettings,
  stated: Partial<SummarySettings>
): SummarySettings {
  const explicit = Object.fromEntries(
    Object.entries(given).filter(([, value]) => value !== undefined)
  );
  // The notices' settings one by one: the caller's prefix does not drop the sheet's 发文单位.
  const notices =
    stated.notices === undefined || given.notices === undefined
      ? {}
      : { notices: { ...stated.notices, ...given.notices } };
  return { ...stated, ...explicit, ...notices } as SummarySettings;
}
