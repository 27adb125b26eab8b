import { cellAddress } from "../kernel/cellAddress";
import { CellValue } from "../kernel/grid";
import { ReturnForm, ReturnFormInput, ReturnFormSheet } from "./returnForm";
import { RETURN_FORM_LAYOUT } from "./returnFormLayout";

/** "2016年9月15日", or "9月15日" without a year. */
function dateText(iso: string): string {
  const match = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) {
    return iso;
  }
  const monthDay = `${Number(match[2])}月${Number(match[3])}日`;
  return match[1] === "-" ? monthDay : `${match[1]}年${monthDay}`;
}

/**
 * 报送表版面: the cells of a form's sheet — title, unit, due date, the date to fill (填报日期), a
 * note on how to fill it, and the table (序号, 指标名称, 口径, 计量单位, 全年目标, last month's
 * cumulative actual, the month's cumulative actual to fill, 备注) — with the input cells (the
 * month's figures: decimals, the prompt naming the unit; the date; the notes) and the hidden
 * identity rows. `county` heads the title when given.
 */
export function returnFormSheet(form: ReturnForm, county: string | null = null): ReturnFormSheet {
  const layout = RETURN_FORM_LAYOUT;
  const { columns, width } = layout;
  const blank = (): CellValue[] => new Array<CellValue>(width).fill(null);
  const { month, year } = form;
  const yearText = year === null ? "" : `${year}年`;
  const dueText = dateText(form.dueDate);

  const title = blank();
  title[0] = `${county ?? ""}${yearText}${month}月市考指标完成情况报送表`;
  const info = blank();
  info[0] = "填报单位";
  info[layout.unitColumn] = form.unit;
  info[layout.dueColumn - 1] = "报送截止";
  info[layout.dueColumn] = `${dueText}前`;
  info[layout.dateColumn - 1] = "填报日期";
  const note = blank();
  note[0] =
    `请在“${month}月累计完成”列填写1-${month}月累计数（增幅类填累计增速，单位%），` +
    `在${cellAddress(layout.infoRow, layout.dateColumn)}填写填报日期，于${dueText}前报送县考核办；其他单元格已锁定。`;
  const header = blank();
  header[columns.number] = "序号";
  header[columns.name] = "指标名称";
  header[columns.measure] = "口径";
  header[columns.unit] = "计量单位";
  header[columns.target] = "全年目标";
  header[columns.lastMonth] = month === 1 ? "上月累计完成" : `${month - 1}月累计完成`;
  header[columns.figure] = `${month}月累计完成`;
  header[columns.note] = "备注";

  const inputs: ReturnFormInput[] = [
    {
      row: layout.infoRow,
      column: layout.dateColumn,
      cell: cellAddress(layout.infoRow, layout.dateColumn),
      kind: "date",
      prompt: "填报日期，如2016-09-10",
    },
  ];
  const rows: CellValue[][] = [title, info, note, header];
  form.indicators.forEach((indicator, position) => {
    const row = blank();
    row[columns.number] = position + 1;
    row[columns.name] = indicator.name;
    row[columns.measure] = indicator.measureLabel;
    row[columns.unit] = indicator.unit;
    row[columns.target] = indicator.annualTarget;
    row[columns.lastMonth] = indicator.lastMonth;
    rows.push(row);
    const at = layout.firstRow + position;
    // A rate typed as "8.5%" would arrive as 0.085: the prompt asks for the bare figure.
    const unit =
      indicator.unit === ""
        ? ""
        : indicator.unit === "%"
          ? "，单位：%（填8.5这样的数值，不要输入%号）"
          : `，单位：${indicator.unit}`;
    inputs.push({
      row: at,
      column: columns.figure,
      cell: cellAddress(at, columns.figure),
      kind: "decimal",
      prompt: `${indicator.name}（${indicator.measureLabel}）1-${month}月累计${unit}`,
    });
    inputs.push({
      row: at,
      column: columns.note,
      cell: cellAddress(at, columns.note),
      kind: "text",
      prompt: "备注（选填）",
    });
  });

  const labels = layout.identityLabels;
  const identity = form.identity;
  return {
    name: identity.sheet,
    rows,
    merges: [
      { top: layout.titleRow, left: 0, bottom: layout.titleRow, right: width - 1 },
      { top: layout.noteRow, left: 0, bottom: layout.noteRow, right: width - 1 },
    ],
    headerRow: layout.headerRow,
    inputs,
    widths: [6, 30, 8, 10, 12, 14, 14, 20],
    identitySheet: layout.identitySheet,
    identityRows: [
      [labels.version, layout.version],
      [labels.unit, identity.unit],
      [labels.year, identity.year],
      [labels.month, identity.month],
      [labels.count, identity.count],
      [labels.checksum, identity.checksum],
      [labels.sheet, identity.sheet],
    ],
  };
}
