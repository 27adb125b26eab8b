/**
 * 报送表版式: where things stand on a form's sheet (0-based rows and columns), shared by
 * {@link returnFormSheet} that lays a form out and {@link readReturn} that reads it back.
 */
export const RETURN_FORM_LAYOUT = {
  /** The hidden sheet holding the identity (label in A, value in B). */
  identitySheet: "_identity",
  titleRow: 0,
  /** 填报单位 / 报送截止 / 填报日期 row. */
  infoRow: 1,
  unitColumn: 1,
  dueColumn: 4,
  /** The cell for the date the form is filled in (填报日期). */
  dateColumn: 6,
  noteRow: 2,
  headerRow: 3,
  firstRow: 4,
  columns: {
    number: 0,
    name: 1,
    measure: 2,
    unit: 3,
    target: 4,
    lastMonth: 5,
    figure: 6,
    note: 7,
  },
  width: 8,
  /** The identity sheet's labels, in order. */
  identityLabels: {
    version: "版本",
    unit: "单位",
    year: "年度",
    month: "月份",
    count: "指标数",
    checksum: "校验码",
    sheet: "工作表",
  },
  /** The identity format written; a form of another version is not recognised. */
  version: 1,
} as const;
