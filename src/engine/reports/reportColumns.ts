/** The columns of a 报送登记 sheet and the header names that mark them. */
export const REPORT_COLUMNS = {
  unit: ["单位", "报送单位", "责任单位", "部门", "责任部门", "单位名称", "unit"],
  month: ["月份", "数据月份", "所属月份", "报送月份", "统计月份", "数据所属月份", "month"],
  date: [
    "报送日期",
    "报送时间",
    "实际报送日期",
    "实际报送时间",
    "提交日期",
    "报送日",
    "日期",
    "date",
  ],
} as const;
