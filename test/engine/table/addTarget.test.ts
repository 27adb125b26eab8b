import { addTarget } from "../../../src/engine/table/addTarget";
import { TargetCandidate } from "../../../src/engine/table/blockDraft";
import { FigureReading } from "../../../src/engine/table/readFigure";
import {
  Finding,
  SEED_HEADER,
  blockDraft,
  findings,
  readerFixture,
  recordDraft,
} from "./tableReaderFixture";

const annual = { month: 12, label: "全年", priority: 2 };
const notANumber = (text: string): Finding => [
  "not_a_number",
  "error",
  "F2",
  "tableNotANumber",
  { text },
];

describe("addTarget", () => {
  it.each<[string, FigureReading, string, TargetCandidate[], boolean, boolean, Finding[]]>([
    [
      "a figure",
      { kind: "number", value: 13600, percent: false },
      "万元",
      [{ month: 12, target: 13600, label: "全年", cell: "F2", priority: 2 }],
      false,
      false,
      [],
    ],
    [
      "a ceiling marks the record",
      { kind: "number", value: 72, bound: "ceiling", percent: false },
      "μg/m3",
      [{ month: 12, target: 72, label: "全年", cell: "F2", priority: 2 }],
      true,
      false,
      [],
    ],
    [
      "a floor does not",
      { kind: "number", value: 5, bound: "floor", percent: false },
      "",
      [{ month: 12, target: 5, label: "全年", cell: "F2", priority: 2 }],
      false,
      false,
      [],
    ],
    [
      "a percentage in a percent unit",
      { kind: "number", value: 12, percent: true },
      "%",
      [{ month: 12, target: 12, label: "全年", cell: "F2", priority: 2 }],
      false,
      false,
      [],
    ],
    ["blank", { kind: "blank" }, "万元", [], false, false, []],
    ["text", { kind: "text", text: "约30" }, "万元", [], false, true, [notANumber("约30")]],
    [
      "an Excel error",
      { kind: "error", text: "#N/A" },
      "万元",
      [],
      false,
      true,
      [notANumber("#N/A")],
    ],
    // The percentage's text is not carried into the finding (the message shows “”).
    [
      "a percentage where an amount belongs",
      { kind: "number", value: 12, percent: true },
      "万元",
      [],
      false,
      true,
      [notANumber("")],
    ],
  ])("%s", (_description, reading, unit, candidates, ceiling, targetIssue, expected) => {
    const fixture = readerFixture([SEED_HEADER]);
    const record = recordDraft(fixture, blockDraft("甲", 1), "absolute", 1);
    record.unit = unit;
    addTarget(fixture.sink, record, reading, annual, "F2");
    expect(record.candidates).toEqual(candidates);
    expect([record.ceiling, record.targetIssue]).toEqual([ceiling, targetIssue]);
    expect(findings(fixture.diagnostics)).toEqual(expected);
  });

  it("takes a growth rate's percentage whatever the unit", () => {
    const fixture = readerFixture([SEED_HEADER]);
    const record = recordDraft(fixture, blockDraft("甲", 1), "growth", 1);
    record.unit = "万元";
    addTarget(fixture.sink, record, { kind: "number", value: 8, percent: true }, annual, "F2");
    expect(record.candidates.map((candidate) => candidate.target)).toEqual([8]);
  });
});
