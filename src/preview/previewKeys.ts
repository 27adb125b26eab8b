/** The very hidden sheet that holds the add-in's settings in the preview's workbook. */
export const settingsSheetName = "_assess_settings";

/** The settings key under which the original fills of marked cells are kept. */
export const marksKey = "__assess.preview.marks";

/** The MIME type of an .xlsx workbook, for the preview's downloads. */
export const xlsxMimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
