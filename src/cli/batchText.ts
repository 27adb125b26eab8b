import { fillTemplate } from "../engine";

/**
 * The words of `assess summary` over many workbooks (批量通报) and of `assess city` (全市排名),
 * zh-CN first and en-US too. Each workbook's own report is `assess summary`'s.
 */
const batchCatalogue = {
  progress: { "zh-CN": "[{number}/{total}] {file}", "en-US": "[{number}/{total}] {file}" },
  fileDone: {
    "zh-CN": "[{number}/{total}] {file}：完成",
    "en-US": "[{number}/{total}] {file}: done",
  },
  fileFailed: {
    "zh-CN": "[{number}/{total}] {file}：失败（见上），继续下一个",
    "en-US": "[{number}/{total}] {file}: failed (see above); going on",
  },
  noWorkbooks: {
    "zh-CN": "未找到要汇总的工作簿：{inputs}（文件夹中只取 .xlsx 文件，本工具生成的通报等除外）",
    "en-US":
      "No workbook to summarise in {inputs} (a folder's .xlsx files are taken, except this tool's own outputs)",
  },
  outNotFolder: {
    "zh-CN": "多个工作簿时 --out 应为文件夹，而“{file}”是文件：请另给一个文件夹",
    "en-US": 'With several workbooks --out names a folder, but "{file}" is a file: name a folder',
  },
  tableHeading: {
    "zh-CN": "县区\t指标\t正常\t滞后\t严重滞后\t未报送\t未判定\t结果",
    "en-US": "County\tIndicators\tOn pace\tLagging\tSerious\tNot reported\tUnjudged\tResult",
  },
  tableRow: {
    "zh-CN":
      "{county}\t{total}\t{onPace}\t{lagging}\t{serious}\t{notReported}\t{unjudged}\t{result}",
    "en-US":
      "{county}\t{total}\t{onPace}\t{lagging}\t{serious}\t{notReported}\t{unjudged}\t{result}",
  },
  resultDone: { "zh-CN": "完成", "en-US": "done" },
  resultFailed: { "zh-CN": "失败", "en-US": "failed" },
  batchDone: {
    "zh-CN": "共{total}个工作簿，全部完成",
    "en-US": "{total} workbooks, all done",
  },
  batchFailed: {
    "zh-CN": "共{total}个工作簿，{failed}个失败：{files}",
    "en-US": "{total} workbooks, {failed} failed: {files}",
  },
  cityWritten: {
    "zh-CN": "已生成全市排名工作簿：{file}（{counties}个县区、{indicators}项指标、{rows}行）",
    "en-US":
      "City ranking workbook written: {file} ({counties} counties, {indicators} indicators, {rows} rows)",
  },
  cityUnknownCounty: {
    "zh-CN": "--for 指定的县区“{county}”不在参评县区中（{counties}），未生成文件",
    "en-US":
      'The county "{county}" of --for is not among those ranked ({counties}); nothing written',
  },
  cityNoCounty: {
    "zh-CN": "没有可排名的县区工作簿，未生成全市排名",
    "en-US": "No county workbook could be ranked; no city ranking made",
  },
  cityGroupsStopped: {
    "zh-CN": "未能读取分组工作簿“{file}”：没有含“县区”“分组”两列的工作表",
    "en-US": 'The groups workbook "{file}" cannot be read: no sheet has the columns 县区 and 分组',
  },
  cityDuplicate: {
    "zh-CN": "{file}：县区“{county}”已由{first}给出，本文件未参加排名",
    "en-US": '{file}: the county "{county}" was given by {first} already; this file is not ranked',
  },
  cityUngrouped: {
    "zh-CN": "分组表中没有以下县区，不参加组内排名：{counties}",
    "en-US": "These counties are not in the groups sheet and get no rank in a group: {counties}",
  },
} as const;

/** A key of the batch and city commands' catalogue. */
export type BatchMessageKey = keyof typeof batchCatalogue;

/** A message of the batch or city command in one language. */
export function batchMessage(
  locale: "zh-CN" | "en-US",
  key: BatchMessageKey,
  params: Readonly<Record<string, string | number>> = {}
): string {
  return fillTemplate(batchCatalogue[key][locale], params);
}
