import { cellAddress } from "../kernel/cellAddress";
import { cellText } from "../kernel/cellText";
import { findSideHeader } from "../table/findSideHeader";
import { GridSheet } from "../kernel/grid";
import { mergeIndex } from "../table/mergeIndex";
import { readFigure } from "../table/readFigure";
import { diagnostic } from "../kernel/diagnostic";
import { SummaryDiagnostic } from "../summary/summaryTypes";
import { toSimplified } from "../kernel/toSimplified";
import { AdjustmentRule, RuleKind } from "../kernel/types";

/** The columns of a 加减分规则 sheet and the header names that mark them. */
const RULE_COLUMNS = {
  code: ["规则编号", "编号", "规则代码", "代码", "项目编号", "规则号", "code"],
  side: ["类别", "加减", "加减分", "加/减分", "加分/减分", "加减分类别", "类型", "side"],
  kind: ["计分方式", "方式", "计分办法", "计分类型", "kind"],
  points: ["分值", "分数", "每次分值", "加减分值", "计分标准", "points"],
  pointsMax: ["最高分值", "最高分", "分值上限", "最大分值", "points_max", "pointsmax"],
  cap: ["累计上限", "累计不超过", "累计最高", "累计封顶", "上限", "封顶", "cap"],
  description: [
    "说明",
    "内容",
    "描述",
    "事项",
    "规则内容",
    "加减分内容",
    "加减分事项",
    "加减分项目",
    "考评内容",
    "具体内容",
    "description",
  ],
} as const;
type RuleField = keyof typeof RULE_COLUMNS;

const BONUS_WORDS = new Set(["加分", "加", "+", "bonus", "奖励加分", "加分项"]);
const DEDUCTION_WORDS = new Set([
  "减分",
  "减",
  "扣分",
  "扣",
  "-",
  "deduction",
  "penalty",
  "减分项",
  "扣分项",
]);
const KIND_WORDS: ReadonlyMap<string, RuleKind> = new Map<string, RuleKind>([
  ...["每次", "按次", "次", "每件", "每项", "per_event", "perevent", "event"].map(
    (word) => [word, "per_event"] as [string, RuleKind]
  ),
  ...["区间", "范围", "酌情", "酌定", "区间计分", "range"].map(
    (word) => [word, "range"] as [string, RuleKind]
  ),
  ...["按比例", "比例", "按比例加分", "按比例计分", "proportional"].map(
    (word) => [word, "proportional"] as [string, RuleKind]
  ),
]);
/** A range written in the points cell: 0.1-0.2, 0.1～0.2分. */
const RANGE_TEXT = /^(\d+(?:\.\d+)?)分?-(\d+(?:\.\d+)?)分?$/;
/** Note rows under the rules: 注：…, 说明：…, 备注. */
const NOTE = /^(?:注|说明|备注)/;

/** A magnitude with a sign, never −0. */
function signed(sign: 1 | -1, magnitude: number): number {
  return magnitude === 0 ? 0 : sign * magnitude;
}

/** A cell's text as compared: simplified, lower case, without spaces. */
function word(text: string): string {
  return toSimplified(text).replace(/\s+/g, "").toLowerCase();
}

/**
 * 加减分规则读取: reads a 加减分规则 sheet (traditional 加減分規則 too) into rules. Columns, found by
 * their headers: 规则编号/编号 (code), 类别 or 加减 (加分/减分), 计分方式 (每次 → per_event, 区间 →
 * range, 按比例 → proportional), 分值 (points; "0.1-0.2" gives a range), 最高分值 (range top),
 * 累计上限/累计不超过 (the rule's own cap), 说明/内容 (description). Deduction points are stored
 * negative whatever sign was typed; a blank 类别 is read from the sign of the points (with a warning);
 * a blank 计分方式 is per_event, or range when a 最高分值 is given. Blank rows and notes (注：…) are
 * passed over; a row with a bad cell is reported and skipped, the rest read; a repeated code is
 * reported and skipped. Never throws.
 */
export function readRules(sheet: GridSheet): {
  rules: AdjustmentRule[];
  diagnostics: SummaryDiagnostic[];
} {
  const rules: AdjustmentRule[] = [];
  const diagnostics: SummaryDiagnostic[] = [];
  const header = findSideHeader(sheet, RULE_COLUMNS, ["code", "points"]);
  if (header === null) {
    diagnostics.push(
      diagnostic("no_header", "error", sheet.name, "", "sideNoHeader", {
        table: "加减分规则",
        tableEn: "bonus/deduction rules",
        columns: "规则编号、分值",
        columnsEn: "code, points",
      })
    );
    return { rules, diagnostics };
  }
  const index = mergeIndex(sheet);
  const firstRows = new Map<string, number>();

  for (let row = header.row + 1; row < index.rows; row++) {
    const cell = (field: RuleField): { value: ReturnType<typeof index.own>; address: string } => {
      const column = header.columns[field];
      return column === undefined
        ? { value: null, address: "" }
        : { value: index.own(row, column), address: cellAddress(row, column) };
    };
    const text = (field: RuleField): string => cellText(cell(field).value);
    const problem = (
      code: SummaryDiagnostic["code"],
      field: RuleField,
      key: "sideMissingValue" | "sideNotANumber" | "sideInvalidValue",
      params: Record<string, string | number>
    ): void => {
      diagnostics.push(diagnostic(code, "error", sheet.name, cell(field).address, key, params));
    };

    const fields = Object.keys(RULE_COLUMNS) as RuleField[];
    if (fields.every((field) => text(field) === "")) {
      continue;
    }
    const code = text("code");
    if (NOTE.test(code) || (code === "" && NOTE.test(text("description")))) {
      continue;
    }
    if (code === "") {
      problem("missing_value", "code", "sideMissingValue", {
        name: "规则编号",
        nameEn: "the rule code",
      });
      continue;
    }

    // 分值: a figure, or a range "0.1-0.2".
    const pointsText = cellText(cell("points").value);
    const rangeText = RANGE_TEXT.exec(pointsText.replace(/\s+/g, ""));
    let points: number;
    let pointsMax: number | undefined;
    if (rangeText !== null) {
      points = Number(rangeText[1]);
      pointsMax = Number(rangeText[2]);
    } else {
      const reading = readFigure(cell("points").value, "分");
      if (reading.kind !== "number") {
        const shown = reading.kind === "blank" ? "" : reading.text;
        if (reading.kind === "blank") {
          problem("missing_value", "points", "sideMissingValue", {
            name: "分值",
            nameEn: "the points",
          });
        } else {
          problem("not_a_number", "points", "sideNotANumber", {
            name: "分值",
            nameEn: "the points",
            text: shown,
          });
        }
        continue;
      }
      points = reading.value;
    }
    const maxReading = readFigure(cell("pointsMax").value, "分");
    if (maxReading.kind === "number") {
      pointsMax = maxReading.value;
    } else if (maxReading.kind !== "blank") {
      problem("not_a_number", "pointsMax", "sideNotANumber", {
        name: "最高分值",
        nameEn: "the highest points",
        text: maxReading.text,
      });
      continue;
    }
    const capReading = readFigure(cell("cap").value, "分");
    let cap: number | undefined;
    if (capReading.kind === "number") {
      cap = Math.abs(capReading.value);
    } else if (capReading.kind !== "blank") {
      problem("not_a_number", "cap", "sideNotANumber", {
        name: "累计上限",
        nameEn: "the cap",
        text: capReading.text,
      });
      continue;
    }

    // 类别: 加分 / 减分, or the sign of the points.
    const sideWord = word(text("side"));
    let side: AdjustmentRule["side"];
    if (BONUS_WORDS.has(sideWord) || sideWord.startsWith("加分")) {
      side = "bonus";
    } else if (
      DEDUCTION_WORDS.has(sideWord) ||
      sideWord.startsWith("减分") ||
      sideWord.startsWith("扣分")
    ) {
      side = "deduction";
    } else if (sideWord === "") {
      side = points < 0 ? "deduction" : "bonus";
      if (header.columns.side !== undefined) {
        diagnostics.push(
          diagnostic(
            "missing_value",
            "warning",
            sheet.name,
            cell("side").address,
            "sideAssumedSide",
            {
              code,
              side: side === "bonus" ? "加分" : "减分",
              sideEn: side,
            }
          )
        );
      }
    } else {
      problem("invalid_value", "side", "sideInvalidValue", {
        name: "类别",
        nameEn: "side",
        text: text("side"),
        allowed: "加分、减分",
      });
      continue;
    }

    // 计分方式.
    const kindWord = word(text("kind"));
    let kind: RuleKind | undefined;
    if (kindWord === "") {
      kind = pointsMax !== undefined ? "range" : "per_event";
    } else {
      kind = KIND_WORDS.get(kindWord);
      if (kind === undefined && kindWord.includes("比例")) {
        kind = "proportional";
      } else if (kind === undefined && kindWord.includes("每次")) {
        kind = "per_event";
      }
    }
    if (kind === undefined) {
      problem("invalid_value", "kind", "sideInvalidValue", {
        name: "计分方式",
        nameEn: "scoring",
        text: text("kind"),
        allowed: "每次、区间、按比例",
      });
      continue;
    }

    const key = code.toUpperCase();
    const firstRow = firstRows.get(key);
    if (firstRow !== undefined) {
      diagnostics.push(
        diagnostic(
          "duplicate_rule",
          "warning",
          sheet.name,
          cell("code").address,
          "sideDuplicateRule",
          {
            code,
            firstRow,
          }
        )
      );
      continue;
    }
    firstRows.set(key, row + 1);

    const sign: 1 | -1 = side === "deduction" ? -1 : 1;
    let low = Math.abs(points);
    let high = pointsMax === undefined ? undefined : Math.abs(pointsMax);
    if (kind === "range") {
      high = high ?? low;
      if (high < low) {
        [low, high] = [high, low];
      }
    }
    const rule: AdjustmentRule = {
      code,
      side,
      kind,
      points: signed(sign, low),
      ...(kind === "range" && high !== undefined ? { pointsMax: signed(sign, high) } : {}),
      ...(cap !== undefined ? { cap } : {}),
      description: text("description"),
    };
    rules.push(rule);
  }
  return { rules, diagnostics };
}
