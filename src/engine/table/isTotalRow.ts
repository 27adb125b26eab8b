/** The words of a total row (合计, 总计, 小计, 共计), the whole cell. */
const TOTAL_ROW = /^(?:合计|总计|小计|共计)$/;

/**
 * 合计行: true when a name (in simplified characters) says its row is a total, not an indicator.
 * The table reader and the actuals join both pass such rows over.
 */
export function isTotalRow(name: string): boolean {
  return TOTAL_ROW.test(name);
}
