import { Dec } from "../kernel/decimal";
import { Diagnostic, diagnostic } from "../kernel/diagnostic";
import { CompositePart, compositeScore } from "../scores/compositeScore";
import { partLabels } from "./partLabels";
import { partScore } from "./partScore";
import { PlacedReading } from "./processScore";
import { shareWeights } from "./shareWeights";
import {
  OPTIONAL_PARTS,
  PartNote,
  ScoreRow,
  ScoringMethod,
  YearEndPart,
  YearEndSettings,
} from "./yearEndSummary";

/** One unit's composite (seed 003 六(一)1), exact; a level is null when an input stopped it. */
export interface UnitScore {
  readonly parts: Readonly<Record<YearEndPart, Dec | null>>;
  /** The weights of 省/市/自身 applied, after sharing out a missing part's. */
  readonly annualWeights: Readonly<Record<"province" | "city" | "ownWork", Dec>>;
  readonly annual: Dec | null;
  readonly personal: Dec | null;
  readonly indicator: Dec | null;
  readonly evaluation: Dec | null;
  /** 指标考核 × w + 综合评价 × w, before 加减分. */
  readonly base: Dec | null;
  /** What the 说明 column says of the parts (zh-CN). */
  readonly notes: readonly string[];
  /** False when an input error stopped the total. */
  readonly complete: boolean;
}

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

/** A fraction as a percentage for the clerk: 0.75 → "75", 0.857142… → "85.71". */
function percentText(value: Dec): string {
  return value.times(100).toDecimalPlaces(2).toString();
}

function noteText(part: YearEndPart, note: PartNote, settings: YearEndSettings): string | null {
  const label = partLabels[part].zh;
  if (note.kind === "belowFloor") {
    return `${label}完成率${percentText(note.completion)}%低于${percentText(settings.floor)}%，计0分`;
  }
  if (note.kind === "aboveCap") {
    return `${label}完成率${percentText(note.completion)}%，按${percentText(settings.cap)}%计`;
  }
  if (note.kind === "deductionOverFull") {
    return `${label}扣分${note.deduction.toString()}超过满分，计0分`;
  }
  return null;
}

/**
 * 单位综合得分: one unit's scores up the chain of seed 003 六(一)1 — each part by its method
 * (`partScore`), then 年度成绩 = 省/市/自身 by their weights with a part the unit does not carry
 * shared out (`compositeScore`; the weights applied from `shareWeights`), 个性指标 = 过程 and 年度,
 * 指标考核 = 个性 and 共性, 综合评价 = the three ratings, and the base = 指标考核 and 综合评价. A part
 * that cannot be read is reported at its cell and stops every level above it; `absent` lists the
 * parts the sheet has no column for (already reported once for the sheet); `placed` gives parts
 * read elsewhere (the process score from its monthly register), with the sheet and cell.
 */
export function scoreUnit(
  row: ScoreRow,
  sheet: string,
  settings: YearEndSettings,
  absent: ReadonlySet<YearEndPart>,
  diagnostics: Diagnostic[],
  placed: Partial<Readonly<Record<YearEndPart, PlacedReading & { readonly sheet: string }>>> = {}
): UnitScore {
  const methodOf = (part: YearEndPart): ScoringMethod =>
    part === "leader" || part === "office" || part === "peer" ? "score" : settings.methods[part];
  const parts = {} as Record<YearEndPart, Dec | null>;
  const bad = new Set<YearEndPart>();
  const notes: string[] = [];
  for (const part of PARTS) {
    const given = placed[part];
    const cell =
      given !== undefined
        ? { sheet: given.sheet, cell: given.cell }
        : row.parts[part] === undefined
          ? undefined
          : { sheet, cell: row.parts[part].cell };
    if (cell === undefined) {
      parts[part] = null;
      if (absent.has(part) && !OPTIONAL_PARTS.includes(part)) {
        bad.add(part);
      }
      continue;
    }
    const label = { unit: row.unit, part: partLabels[part].zh, partEn: partLabels[part].en };
    const reading =
      given !== undefined
        ? given.reading
        : partScore(row.parts[part]?.value ?? null, methodOf(part), part, settings);
    if (reading.kind === "problem") {
      diagnostics.push(
        diagnostic(reading.code, reading.severity, cell.sheet, cell.cell, reading.key, {
          ...reading.params,
          ...label,
        })
      );
      parts[part] = null;
      bad.add(part);
      continue;
    }
    if (reading.kind === "none") {
      parts[part] = null;
      continue;
    }
    parts[part] = reading.score;
    for (const note of reading.notes) {
      if (note.kind === "deductionOverFull") {
        diagnostics.push(
          diagnostic(
            "score_out_of_range",
            "warning",
            sheet,
            cell.cell,
            "yearEndDeductionOverFull",
            {
              ...label,
              value: note.deduction.toString(),
              full: settings.fullScore.toString(),
            }
          )
        );
      } else if (note.kind === "percentRead") {
        diagnostics.push(
          diagnostic("invalid_value", "warning", cell.sheet, cell.cell, "yearEndPercentRead", {
            ...label,
            text: note.text,
          })
        );
      }
      const text = noteText(part, note, settings);
      if (text !== null) {
        notes.push(text);
      }
    }
  }

  const { weights, sharing } = settings;
  const optional = ["province", "city", "ownWork"] as const;
  const present = optional.map((part) => parts[part] !== null);
  const shared = shareWeights(
    optional.map((part) => weights.annual[part]),
    present,
    sharing
  );
  const annualWeights = { province: shared[0], city: shared[1], ownWork: shared[2] };
  if (optional.every((part) => absent.has(part))) {
    bad.add("province"); // no column of the three: reported once for the sheet
  } else if (optional.every((part) => !bad.has(part)) && !present.some(Boolean)) {
    diagnostics.push(
      diagnostic("missing_value", "error", sheet, row.unitCell, "yearEndNoPersonal", {
        unit: row.unit,
      })
    );
    bad.add("province");
  } else if (present.some((carried) => !carried) && optional.every((part) => !bad.has(part))) {
    const missing = optional.filter((_part, index) => !present[index]);
    notes.push(
      `不承担${missing.map((part) => partLabels[part].zh).join("、")}，权重${
        sharing === "even" ? "平均" : "按比例"
      }分给其他项`
    );
  }

  /** A level's composite, or null when one of its inputs is bad (or missing). */
  const level = (inputs: readonly (readonly [Dec | null, Dec, boolean])[]): Dec | null => {
    if (inputs.some(([, , ok]) => !ok)) {
      return null;
    }
    const composite: CompositePart[] = inputs.map(([score, weight]) => ({ score, weight }));
    return compositeScore(composite, sharing);
  };
  const ok = (part: YearEndPart): boolean => !bad.has(part);
  const annual = level(optional.map((part) => [parts[part], weights.annual[part], ok(part)]));
  const personal = level([
    [parts.process, weights.personal.process, ok("process")],
    [annual, weights.personal.annual, annual !== null],
  ]);
  const indicator = level([
    [personal, weights.indicator.personal, personal !== null],
    [parts.common, weights.indicator.common, ok("common")],
  ]);
  const evaluation = level([
    [parts.leader, weights.evaluation.leader, ok("leader")],
    [parts.office, weights.evaluation.office, ok("office")],
    [parts.peer, weights.evaluation.peer, ok("peer")],
  ]);
  const base = level([
    [indicator, weights.total.indicator, indicator !== null],
    [evaluation, weights.total.evaluation, evaluation !== null],
  ]);
  return {
    parts,
    annualWeights,
    annual,
    personal,
    indicator,
    evaluation,
    base,
    notes,
    complete: bad.size === 0 && base !== null,
  };
}
