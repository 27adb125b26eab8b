/** Titles of the samples the project ships (assets/samples/), by file name. */
const titles: Readonly<Record<string, string>> = {
  "zhenba-2016.xlsx": "镇巴县2016年市考指标分解表（含6—8月完成）",
  "ledger-traditional.xlsx": "指标台账（繁体字、两行表头）",
  "county-rules.xlsx": "县级加减分规则与登记",
  "panshan-2018-year-end.xlsx": "盘山县2018年度考核（年度评分、一票否决、等次）",
};

/**
 * 示例名称 (sample title): what the sample list shows for a file in assets/samples/ — its known
 * Chinese title, else the file name without ".xlsx".
 */
export function sampleTitle(file: string): string {
  return titles[file] ?? file.replace(/\.xlsx$/i, "");
}
