import { Locale, fillTemplate } from "../engine";

/**
 * The Excel adapter's message catalogue (zh-CN first, en-US too): what the clerk reads when a call
 * into Excel fails or a feature is missing. Parameters are written `{name}`.
 */
const catalogue = {
  excelFailed: {
    "zh-CN": "Excel 操作失败（{code}）：{detail}",
    "en-US": "Excel could not complete the operation ({code}): {detail}",
  },
  payloadTooLarge: {
    "zh-CN": "一次发送给 Excel 的数据超过 5 MB 上限（{detail}），请分批处理或减少行数后重试",
    "en-US":
      "A request to Excel exceeded the 5 MB limit ({detail}); process fewer rows at a time and retry",
  },
  sheetNotFound: {
    "zh-CN": "找不到工作表“{sheet}”，请确认它没有被删除或改名",
    "en-US": 'Worksheet "{sheet}" was not found: check that it was not deleted or renamed',
  },
  itemNotFound: {
    "zh-CN": "找不到所需的工作表或对象（可能已被删除或改名）：{detail}",
    "en-US": "A worksheet or object was not found (it may have been deleted or renamed): {detail}",
  },
  accessDenied: {
    "zh-CN": "工作簿或工作表受保护，无法修改：{detail}",
    "en-US": "The workbook or worksheet is protected and cannot be changed: {detail}",
  },
  cellEditMode: {
    "zh-CN": "Excel 正处于单元格编辑状态，请先按回车或 Esc 结束编辑，再重试",
    "en-US": "Excel is editing a cell: press Enter or Esc to finish editing, then retry",
  },
  invalidArgument: {
    "zh-CN": "Excel 拒绝了写入的内容：{detail}",
    "en-US": "Excel rejected what was written: {detail}",
  },
  apiNotFound: {
    "zh-CN": "当前 Excel 版本不支持所需的功能：{detail}",
    "en-US": "This version of Excel lacks a feature the add-in needs: {detail}",
  },
  requirementMissing: {
    "zh-CN": "当前 Excel 版本不支持“{feature}”（需要 {api}），请升级 Office 或使用网页版 Excel",
    "en-US":
      'This version of Excel cannot "{feature}" (it needs {api}): update Office or use Excel on the web',
  },
  invalidMark: {
    "zh-CN": "标记的位置无效：第{row}行，第{firstColumn}至{lastColumn}列",
    "en-US": "Invalid mark position: row {row}, columns {firstColumn} to {lastColumn}",
  },
  marksRecordUnreadable: {
    "zh-CN": "工作簿中保存的标记记录已损坏，无法恢复原来的底色",
    "en-US":
      "The record of marks stored in the workbook is damaged: the original fills cannot be restored",
  },
  settingNotSerializable: {
    "zh-CN": "设置“{key}”无法保存：它的值不能转为 JSON",
    "en-US": 'Setting "{key}" cannot be saved: its value cannot be turned into JSON',
  },
  writeCleanupFailed: {
    "zh-CN":
      "写入汇总表失败，清理未写完的工作表时又出错（{cleanup}）；原因：{detail}。再次生成时会自动清理",
    "en-US":
      "Writing the summary failed and removing the half-written sheets failed too ({cleanup}); cause: {detail}. The next run cleans them up",
  },
  chartColumnMissing: {
    "zh-CN": "图表要用的列“{column}”不在汇总表“{sheet}”中",
    "en-US": 'The chart needs column "{column}", which summary sheet "{sheet}" lacks',
  },
  newWorkbookFailed: {
    "zh-CN":
      "Excel 未能把报送表“{file}”打开为新工作簿（{detail}）；请在浏览器预览中下载，或用命令行 assess forms 生成报送表",
    "en-US":
      'Excel could not open the return form "{file}" as a new workbook ({detail}): download it from the browser preview, or make the forms with assess forms',
  },
  newWorkbookUnsupported: {
    "zh-CN":
      "此版本的 Excel 无法把报送表“{file}”打开为新工作簿（需要 ExcelApi 1.8）；请在浏览器预览中下载，或用命令行 assess forms 生成报送表",
    "en-US":
      'This Excel cannot open the return form "{file}" as a new workbook (it needs ExcelApi 1.8): download it from the browser preview, or make the forms with assess forms',
  },
  featurePrintSetup: {
    "zh-CN": "设置打印格式（A4 横向、一页宽、重复标题行）",
    "en-US": "set up printing (A4 landscape, one page wide, repeated header row)",
  },
  featureMergedAreas: {
    "zh-CN": "读取合并单元格",
    "en-US": "read merged cells",
  },
  featureHiddenRows: {
    "zh-CN": "读取隐藏行",
    "en-US": "read hidden rows",
  },
  featureNewWorkbook: {
    "zh-CN": "在新工作簿中打开报送表",
    "en-US": "open return forms as new workbooks",
  },
  featureCore: {
    "zh-CN": "读取表格、生成汇总表和图表",
    "en-US": "read tables, write summary sheets and charts",
  },
} as const;

/** A key of the Excel adapter's message catalogue. */
export type WorkbookMessageKey = keyof typeof catalogue;

/** 加载项消息: the adapter's message for a key in a language, with `{name}` parameters filled in. */
export function formatWorkbookMessage(
  locale: Locale,
  key: WorkbookMessageKey,
  params: Readonly<Record<string, string | number>> = {}
): string {
  const template: string = catalogue[key][locale];
  return fillTemplate(template, params);
}
