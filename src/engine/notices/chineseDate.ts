/**
 * 中文日期: an ISO date as a notice writes it — "2016-08-15" → "2016年8月15日", "--08-15" → "8月15日";
 * any other text is returned as it is.
 */
export function chineseDate(iso: string): string {
  const match = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) {
    return iso;
  }
  const year = match[1] === "-" ? "" : `${Number(match[1])}年`;
  return `${year}${Number(match[2])}月${Number(match[3])}日`;
}
