/**
 * 截止日期文字: "2016-09-15" → "2016年9月15日", "--09-15" (no year known) → "9月15日" — the due
 * date as the forms' hints say it, from the CLI and the task pane alike.
 */
export function dueDateText(iso: string): string {
  const [year, month, day] = iso.replace(/^--/, "-").split("-");
  return `${year === "" ? "" : `${year}年`}${Number(month)}月${Number(day)}日`;
}
