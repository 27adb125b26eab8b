/**
 * A date as ISO: "2016-07-15" when it falls on midnight, else "2016-07-15T08:30:00"; "#VALUE!" for
 * an invalid date. exceljs reads date-formatted serials as UTC dates (and so does the sparse
 * reader), so the UTC fields are the workbook's own.
 */
export function isoDateOf(date: Date): string {
  if (Number.isNaN(date.getTime())) {
    return "#VALUE!";
  }
  const iso = date.toISOString();
  const day = iso.slice(0, 10);
  const time = iso.slice(11, 19);
  return time === "00:00:00" ? day : `${day}T${time}`;
}
