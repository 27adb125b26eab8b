import { Dec } from "../kernel/decimal";
import { Diagnostic, diagnostic } from "../kernel/diagnostic";
import { GridSheet } from "../kernel/grid";
import { toSimplified } from "../kernel/toSimplified";
import { rankValues } from "../ranking/rankValues";
import { readSettingsSheet } from "../settings/readSettingsSheet";
import { readTitle } from "../table/readTitle";
import { readProcessSheet } from "./readProcessSheet";
import { readScoresSheet } from "./readScoresSheet";
import { readVeto } from "./readVeto";
import { processPart } from "./processPart";
import { tableUnits } from "./tableUnits";
import { UnitScore, scoreUnit } from "./scoreUnit";
import { unitKey } from "./unitKey";
import { yearEndAdjustments } from "./yearEndAdjustments";
import { yearEndGrade } from "./yearEndGrade";
import { yearEndRun } from "./yearEndRun";
import { yearEndSettings } from "./yearEndSettings";
import { yearEndSheet } from "./yearEndSheet";
import {
  OPTIONAL_PARTS,
  YearEndOptions,
  YearEndPart,
  YearEndSettings,
  YearEndSummary,
  YearEndUnit,
} from "./yearEndSummary";
import { partLabels } from "./partLabels";

/** Names of the sheets the year-end reads (simplified, without spaces). */
const SCORES_SHEET = /年度评分|年终评分|年度考核评分|考评评分|年度成绩表/;
const RULES_SHEET = /加减分规则|加扣分规则|加减分标准/;
const EVENTS_SHEET = /加减分登记|加减分记录|加减分台账/;
const REPORT_SHEET = /报送登记|报送记录|报送情况/;
const SETTINGS_SHEET = /^(?:设置|参数设置|考核设置|设置参数)$/;
const PROCESS_SHEET = /过程考核|过程扣分|节点考核/;
/** Sheets the add-in writes, which are never read as the decomposition table. */
const OUTPUT_SHEET = /^(?:\d+月(?:进度通报|排名|加减分汇总|预警|迟报)|年度考核汇总)(?:\(\d+\))?$/;

const PARTS: readonly YearEndPart[] = [
  "province",
  "city",
  "ownWork",
  "process",
  "common",
  "leader",
  "office",
  "peer",
];

function sheetKey(name: unknown): string {
  return toSimplified(String(name ?? "")).replace(/\s+/g, "");
}

/** A `Dec` as the plain number the model holds. */
function plain(value: Dec | null): number | null {
  if (value === null) {
    return null;
  }
  const number = value.toNumber();
  return Number.isFinite(number) ? number : null;
}

/** The weight a part has directly at its level. */
function ownWeight(part: YearEndPart, settings: YearEndSettings): Dec {
  const { weights } = settings;
  switch (part) {
    case "province":
    case "city":
    case "ownWork":
      return weights.annual[part];
    case "process":
      return weights.personal.process;
    case "common":
      return weights.indicator.common;
    default:
      return weights.evaluation[part];
  }
}

/**
 * 年度考核 (the year-end assessment in one click, seed 003 六(一)): reads the 年度评分 sheet (one
 * row per unit: the parts the office collects and the 一票否决), the year-end settings on the 设置
 * sheet (weights, scoring method per part, thresholds, caps; seed 003's by default), the year's
 * 加减分登记 under the 加减分规则 (else seed 003's rules), the 过程考核 register when the process score
 * is kept month by month, and, when late reports cost points, the 报送登记; checks the units against the decomposition table; and makes per unit each part's
 * score by its method, the 省/市/自身 weights after sharing out what it does not carry, the
 * composite up to 专项考评成绩 = 指标考核 × 70% + 综合评价 × 30% + 加减分, the total (rounded as set,
 * 0 when vetoed unless set otherwise), the rank, and the grade with seed 002's overrides and their
 * reasons — and the 年度考核汇总 sheet. Exact decimals throughout. Never throws: every problem is a
 * diagnostic naming its cell; a unit whose inputs cannot be read gets no total (nothing is cut to
 * fit); without a scores sheet there are no units and no sheet.
 */
export function buildYearEnd(
  sheets: readonly GridSheet[],
  options: YearEndOptions = {}
): YearEndSummary {
  const diagnostics: Diagnostic[] = [];
  const list = (Array.isArray(sheets) ? sheets : []).filter(
    (sheet): sheet is GridSheet => typeof sheet === "object" && sheet !== null
  );
  const settingsSheet = readSettingsSheet(list);
  diagnostics.push(...settingsSheet.diagnostics);
  const settings = yearEndSettings(settingsSheet, diagnostics);

  const find = (pattern: RegExp): GridSheet | undefined =>
    list.find(
      (sheet) => pattern.test(sheetKey(sheet.name)) && !OUTPUT_SHEET.test(sheetKey(sheet.name))
    );
  const scoresGrid = find(SCORES_SHEET);
  const rulesGrid = find(RULES_SHEET);
  const eventsGrid = find(EVENTS_SHEET);
  const reportGrid = find(REPORT_SHEET);
  const processGrid = find(PROCESS_SHEET);
  const side = new Set([scoresGrid, rulesGrid, eventsGrid, reportGrid, processGrid]);
  const table = tableUnits(
    list.filter(
      (sheet) =>
        !side.has(sheet) &&
        !SETTINGS_SHEET.test(sheetKey(sheet.name)) &&
        !OUTPUT_SHEET.test(sheetKey(sheet.name))
    )
  );

  const empty = (year: number | null, county: string | null): YearEndSummary => ({
    year,
    county,
    run: yearEndRun(year),
    units: [],
    diagnostics,
    sheets: [],
  });
  if (scoresGrid === undefined) {
    diagnostics.push(diagnostic("no_header", "error", "", "", "yearEndNoSheet"));
    return empty(options.year ?? settings.year, options.county ?? settings.county);
  }
  const scores = readScoresSheet(scoresGrid);
  diagnostics.push(...scores.diagnostics);
  const title = readTitle(
    scoresGrid,
    Math.max(scores.headerRow, 1),
    list.map((sheet) => String(sheet.name ?? ""))
  );
  const year = options.year ?? settings.year ?? title.year ?? table?.title.year ?? null;
  const county = options.county ?? settings.county ?? title.county ?? table?.title.county ?? null;
  if (scores.headerRow === 0) {
    return empty(year, county);
  }
  const sheet = scores.sheet;

  // The process score's monthly source, when the workbook keeps one.
  const process = processGrid === undefined ? null : readProcessSheet(processGrid);
  if (process !== null) {
    diagnostics.push(...process.diagnostics);
    const scored = new Set(scores.rows.map((row) => unitKey(row.unit)));
    for (const [key, entries] of process.units) {
      if (!scored.has(key)) {
        diagnostics.push(
          diagnostic(
            "unknown_unit",
            "warning",
            process.sheet,
            entries.cell,
            "yearEndProcessUnknownUnit",
            {
              unit: entries.unit,
            }
          )
        );
      }
    }
  }
  const processRead =
    process !== null && !process.diagnostics.some((found) => found.code === "no_header");

  // Parts with a weight but no column stop every unit's total; reported once.
  const absent = new Set<YearEndPart>(
    PARTS.filter((part) => !scores.parts.includes(part) && !(part === "process" && processRead))
  );
  for (const part of PARTS) {
    if (absent.has(part) && !OPTIONAL_PARTS.includes(part) && ownWeight(part, settings).gt(0)) {
      diagnostics.push(
        diagnostic("missing_value", "error", sheet, "", "yearEndMissingColumn", {
          part: partLabels[part].zh,
          partEn: partLabels[part].en,
          weight: `${ownWeight(part, settings).times(100).toString()}%`,
        })
      );
    } else if (absent.has(part) && !OPTIONAL_PARTS.includes(part)) {
      absent.delete(part); // weighed 0: not needed
    }
  }
  if (OPTIONAL_PARTS.every((part) => absent.has(part))) {
    diagnostics.push(
      diagnostic("missing_value", "error", sheet, "", "yearEndMissingColumn", {
        part: "省专项指标、市专项指标、部门自身工作",
        partEn: "the provincial, city and own-work",
        weight: "100%",
      })
    );
  }

  // The units against the decomposition table.
  if (table === null) {
    diagnostics.push(diagnostic("unknown_unit", "warning", "", "", "yearEndNoTable"));
  } else {
    const scored = new Set(scores.rows.map((row) => unitKey(row.unit)));
    for (const row of scores.rows) {
      if (!table.all.has(unitKey(row.unit))) {
        diagnostics.push(
          diagnostic("unknown_unit", "warning", sheet, row.unitCell, "yearEndUnknownUnit", {
            unit: row.unit,
          })
        );
      }
    }
    for (const lead of table.leads) {
      if (!scored.has(unitKey(lead))) {
        diagnostics.push(
          diagnostic("unknown_unit", "warning", sheet, "", "yearEndUnscoredUnit", { unit: lead })
        );
      }
    }
  }

  const adjustments = yearEndAdjustments(
    { rules: rulesGrid, events: eventsGrid, reports: reportGrid },
    scores.rows.map((row) => row.unit),
    year,
    settings,
    diagnostics
  );

  // Each unit's composite, veto and total.
  const computed = scores.rows.map((row) => {
    const score: UnitScore = scoreUnit(
      row,
      sheet,
      settings,
      absent,
      diagnostics,
      processPart(row, processRead ? process : null, sheet, settings)
    );
    const veto = readVeto(row, sheet, diagnostics);
    const adjustment = adjustments.get(unitKey(row.unit));
    const complete = score.complete && veto !== null && adjustment !== undefined;
    const exact = complete && score.base !== null ? score.base.plus(adjustment.net) : null;
    let total =
      exact === null
        ? null
        : settings.decimals === null
          ? exact
          : exact.toDecimalPlaces(settings.decimals, Dec.ROUND_HALF_UP);
    if (total !== null && veto === true && settings.vetoTotal === "zero") {
      total = new Dec(0);
    }
    return { row, score, veto, adjustment, complete, exact, total };
  });
  const ranks = rankValues(
    computed.map((unit) => unit.total),
    { ties: settings.ties }
  );

  const units = computed.map(
    ({ row, score, veto, adjustment, complete, exact, total }, index): YearEndUnit => {
      const points = adjustment ?? {
        bonus: new Dec(0),
        deduction: new Dec(0),
        net: new Dec(0),
        cityBonus: new Dec(0),
        cityDeduction: new Dec(0),
        lateReports: 0,
        latePoints: new Dec(0),
      };
      const vetoed = veto === true;
      const vetoReason = row.vetoReason?.text ?? "";
      const graded = yearEndGrade(
        total,
        points.cityBonus,
        points.cityDeduction,
        { vetoed, reason: vetoReason },
        settings
      );
      const reasons = [...graded.reasons, ...score.notes];
      if (points.lateReports > 0) {
        reasons.push(`迟报${points.lateReports}次，扣${points.latePoints.abs().toString()}分`);
      }
      if (!complete) {
        reasons.push("输入有误，未计算总分（见诊断）");
      }
      if (row.note !== "") {
        reasons.push(row.note);
      }
      const parts = {} as Record<YearEndPart, number | null>;
      for (const part of PARTS) {
        parts[part] = plain(score.parts[part]);
      }
      return {
        unit: row.unit,
        source: `${sheet}!${row.unitCell}`,
        parts,
        annualWeights: {
          province: score.annualWeights.province.toNumber(),
          city: score.annualWeights.city.toNumber(),
          ownWork: score.annualWeights.ownWork.toNumber(),
        },
        annual: plain(score.annual),
        personal: plain(score.personal),
        indicator: plain(score.indicator),
        evaluation: plain(score.evaluation),
        base: plain(score.base),
        bonus: points.bonus.toNumber(),
        deduction: points.deduction.toNumber(),
        net: points.net.toNumber(),
        cityBonus: points.cityBonus.toNumber(),
        cityDeduction: points.cityDeduction.toNumber(),
        lateReports: points.lateReports,
        veto: vetoed,
        vetoReason,
        exactTotal: exact === null ? null : exact.toString(),
        total: plain(total),
        rank: ranks[index],
        grade: graded.grade,
        scoreGrade: graded.scoreGrade,
        overrides: graded.overrides,
        reason: reasons.join("；"),
        complete,
      };
    }
  );

  return {
    year,
    county,
    run: yearEndRun(year),
    units,
    diagnostics,
    sheets: [yearEndSheet({ county, year, settings, units })],
  };
}
