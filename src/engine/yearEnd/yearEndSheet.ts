import { Dec, dec } from "../kernel/decimal";
import { CellValue } from "../kernel/grid";
import { gradeLabel } from "../grades/gradeLabel";
import { CellStyle, SheetColumn, SheetSpec, headerRowCount } from "../workbook/sheetSpec";
import { ScoringMethod, YearEndSettings, YearEndUnit } from "./yearEndSummary";

/** The name of the year-end sheet (a clerk's sheet of that name is never replaced: see the writers). */
export const yearEndSheetName = "年度考核汇总";

const TEXT = "@";
const SCORE = "0.00";
const POINTS = "0.00";
const WHOLE = "0";

/** Fills of the grade cell, and of a vetoed unit's and an incomplete unit's row. */
const GRADE_FILLS: Readonly<Record<string, string>> = {
  excellent: "#C6EFCE",
  fair: "#FFEB9C",
  poor: "#FFC7CE",
};
const VETO_FILL = "#FFC7CE";
const INCOMPLETE_FILL = "#EDEDED";

const METHOD_WORDS: Readonly<Record<ScoringMethod, string>> = {
  score: "直接录入",
  completion: "完成比例法",
  deduction: "直接扣分法",
  veto: "否决计分法",
  cumulative: "累计计分法",
};

const column = (key: string, header: string, width: number, numberFormat: string): SheetColumn => ({
  key,
  header,
  width,
  numberFormat,
});

const pct = (value: Dec | number): string => dec(value).times(100).toDecimalPlaces(2).toString();

/** The input of {@link yearEndSheet}. */
export interface YearEndSheetInput {
  readonly county: string | null;
  readonly year: number | null;
  readonly settings: YearEndSettings;
  /** In the order of the scores sheet; the sheet lists them by rank. */
  readonly units: readonly YearEndUnit[];
}

/** The subtitle: how the total is made, scored and graded, with the figures in force. */
function subtitle(settings: YearEndSettings): string {
  const { weights: w, methods } = settings;
  const sharing = settings.sharing === "even" ? "平均分给其他项" : "按比例分给其他项";
  const cap =
    settings.bonusCap === null
      ? "县考加分不设上限"
      : `县考加分累计不超过${settings.bonusCap.toString()}分`;
  const city = `市考加减分×${settings.cityMultiplier.toString()}${
    settings.cityBonusCapped ? "（计入加分上限）" : ""
  }`;
  const method = (label: string, part: keyof typeof methods): string =>
    `${label}${METHOD_WORDS[methods[part]]}`;
  const late = settings.latePoints.gt(0) ? `；迟报每次扣${settings.latePoints.toString()}分` : "";
  const rounding =
    settings.decimals === null ? "总分按精确值" : `总分四舍五入保留${settings.decimals}位小数`;
  return [
    "实际权重为省专项/市专项/自身工作在年度成绩中的权重（%），不承担的项为0；市考加分、市考减分为加倍前的市考分值（加分、减分已含加倍）。",
    `总分 = 指标考核×${pct(w.total.indicator)}%（个性指标×${pct(w.indicator.personal)}%〔过程×${pct(
      w.personal.process
    )}%＋年度×${pct(w.personal.annual)}%：省专项${pct(w.annual.province)}%、市专项${pct(
      w.annual.city
    )}%、自身工作${pct(w.annual.ownWork)}%，不承担的项权重${sharing}〕＋共性指标×${pct(
      w.indicator.common
    )}%）＋综合评价×${pct(w.total.evaluation)}%（县政府领导评价${pct(w.evaluation.leader)}%、专项行动领导小组办公室评价${pct(
      w.evaluation.office
    )}%、互评${pct(w.evaluation.peer)}%）＋加减分（${cap}，${city}${late}）。`,
    `计分：${method("省专项", "province")}、${method("市专项", "city")}、${method(
      "自身工作",
      "ownWork"
    )}、${method("过程", "process")}、${method("共性", "common")}；完成比例法完成率低于${pct(
      settings.floor
    )}%计0分、最高按${pct(settings.cap)}%计；满分${settings.fullScore.toString()}。`,
    `等次：优秀≥${settings.thresholds.excellent.toString()}、良好≥${settings.thresholds.good.toString()}、一般≥${settings.thresholds.fair.toString()}、其余较差；市考加分≥3分且无一票否决直接评为优秀，市考减分≥1分不得评为良好以上，一票否决评为较差${
      settings.vetoTotal === "zero" ? "（总分计0分）" : ""
    }；${rounding}。`,
  ].join("");
}

/**
 * 年度考核汇总表: the year-end sheet as a {@link SheetSpec} — per unit, by rank (units without a
 * total last, in the order of the scores sheet), every part, the 省/市/自身 weights applied, the
 * levels of the composite, 加分/减分 with caps and the city's points before doubling, the total,
 * rank, grade and the 说明 with the reason of every override. The subtitle states the weights,
 * methods, caps and thresholds in force. Grades are coloured; vetoed rows red, incomplete ones grey.
 */
export function yearEndSheet(input: YearEndSheetInput): SheetSpec {
  const columns = [
    column("index", "序号", 5, WHOLE),
    column("unit", "单位", 14, TEXT),
    column("province", "省专项", 8, SCORE),
    column("city", "市专项", 8, SCORE),
    column("ownWork", "自身工作", 8, SCORE),
    column("annualWeights", "实际权重", 10, TEXT),
    column("annual", "年度成绩", 8, SCORE),
    column("process", "过程考核", 8, SCORE),
    column("personal", "个性指标", 8, SCORE),
    column("common", "共性指标", 8, SCORE),
    column("indicator", "指标考核", 8, SCORE),
    column("leader", "领导评价", 8, SCORE),
    column("office", "专项办评价", 10, SCORE),
    column("peer", "互评", 7, SCORE),
    column("evaluation", "综合评价", 8, SCORE),
    column("bonus", "加分", 7, POINTS),
    column("deduction", "减分", 7, POINTS),
    column("cityBonus", "市考加分", 8, POINTS),
    column("cityDeduction", "市考减分", 8, POINTS),
    column("net", "加减分", 7, POINTS),
    column("total", "总分", 8, SCORE),
    column("rank", "名次", 5, WHOLE),
    column("grade", "等次", 6, TEXT),
    column("reason", "说明", 60, TEXT),
  ];

  const order = input.units
    .map((unit, position) => ({ unit, position }))
    .sort(
      (a, b) =>
        (a.unit.rank ?? Number.MAX_SAFE_INTEGER) - (b.unit.rank ?? Number.MAX_SAFE_INTEGER) ||
        a.position - b.position
    )
    .map(({ unit }) => unit);
  const gradeColumn = columns.findIndex((item) => item.key === "grade");
  const rows = order.map((unit, position): CellValue[] => [
    position + 1,
    unit.unit,
    unit.parts.province,
    unit.parts.city,
    unit.parts.ownWork,
    [unit.annualWeights.province, unit.annualWeights.city, unit.annualWeights.ownWork]
      .map(pct)
      .join("/"),
    unit.annual,
    unit.parts.process,
    unit.personal,
    unit.parts.common,
    unit.indicator,
    unit.parts.leader,
    unit.parts.office,
    unit.parts.peer,
    unit.evaluation,
    unit.bonus,
    unit.deduction,
    unit.cityBonus,
    unit.cityDeduction,
    unit.net,
    unit.total,
    unit.rank,
    unit.grade === null ? "" : gradeLabel(unit.grade),
    unit.reason,
  ]);
  const rowFills = order.map((unit) =>
    unit.veto ? VETO_FILL : unit.complete ? null : INCOMPLETE_FILL
  );
  const cellStyles: CellStyle[] = order.flatMap((unit, row) => {
    const fill = unit.grade === null ? undefined : GRADE_FILLS[unit.grade];
    return fill === undefined ? [] : [{ row, column: gradeColumn, fill, bold: true }];
  });
  const place = `${input.county ?? ""}${input.year ?? ""}`;
  return {
    kind: "yearend",
    name: yearEndSheetName,
    title: `${place}年度考核汇总（专项考评成绩及等次）`,
    subtitle: subtitle(input.settings),
    columns,
    rows,
    rowFills,
    cellStyles,
    freeze: { rows: headerRowCount, columns: 2 },
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      titleRows: [headerRowCount, headerRowCount],
    },
  };
}
