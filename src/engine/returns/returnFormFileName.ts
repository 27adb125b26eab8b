/** A unit's name as it can stand in a file name: characters Windows forbids become "_". */
function fileSafe(text: string): string {
  return text.replace(/[\\/:*?"<>|\s]+/g, "_");
}

/**
 * 报送表文件名: "报送表-县财政局-8月.xlsx" — the name of a unit's return form for a month, the same
 * from the CLI (`assess forms`) and from the task pane; characters a file name cannot hold become
 * "_".
 */
export function returnFormFileName(unit: string, month: number): string {
  return `报送表-${fileSafe(unit)}-${month}月.xlsx`;
}
