import { tableSink } from "../../../src/engine/table/tableSink";
import { Diagnostic } from "../../../src/engine/table/tableModel";
import { SEED_HEADER, findings, readerFixture } from "./tableReaderFixture";

describe("tableSink", () => {
  const rows = [SEED_HEADER, ["地方财政收入", "合计数"], [null, "合计数"], ["税收收入", "合计数"]];
  const merges = [{ top: 1, left: 1, bottom: 2, right: 1 }];

  it("adds findings on the table's sheet in the order they are made", () => {
    const { context } = readerFixture(rows, merges);
    const diagnostics: Diagnostic[] = [];
    const sink = tableSink(context, diagnostics);
    sink.report("missing_target", "warning", "F9", "tableMissingTarget", { name: "甲" });
    sink.report("missing_target", "warning", "F9", "tableMissingTarget", { name: "甲" });
    sink.report("no_indicators", "error", "A2", "tableNoIndicators", {});
    expect(findings(diagnostics)).toEqual([
      ["missing_target", "warning", "F9", "tableMissingTarget", { name: "甲" }],
      ["missing_target", "warning", "F9", "tableMissingTarget", { name: "甲" }],
      ["no_indicators", "error", "A2", "tableNoIndicators", {}],
    ]);
  });

  it("reports a merged cell once, at its top-left cell, per code", () => {
    const { sink, diagnostics } = readerFixture(rows, merges);
    const params = { text: "合计数", measure: "绝对量", measureEn: "absolute value" };
    sink.reportOnce(1, 1, "unknown_measure", "warning", "tableUnknownMeasure", params);
    sink.reportOnce(2, 1, "unknown_measure", "warning", "tableUnknownMeasure", params);
    sink.reportOnce(2, 1, "unknown_direction", "warning", "tableUnknownDirection", params);
    sink.reportOnce(3, 1, "unknown_measure", "warning", "tableUnknownMeasure", params);
    sink.reportOnce(3, 1, "unknown_measure", "warning", "tableUnknownMeasure", params);
    expect(findings(diagnostics)).toEqual([
      ["unknown_measure", "warning", "B2", "tableUnknownMeasure", params],
      ["unknown_direction", "warning", "B2", "tableUnknownDirection", params],
      ["unknown_measure", "warning", "B4", "tableUnknownMeasure", params],
    ]);
  });

  it("keeps what one sink reported apart from another's", () => {
    const first = readerFixture(rows, merges);
    const second = readerFixture(rows, merges);
    first.sink.reportOnce(1, 1, "unknown_measure", "warning", "tableUnknownMeasure", {});
    second.sink.reportOnce(1, 1, "unknown_measure", "warning", "tableUnknownMeasure", {});
    expect([first.diagnostics.length, second.diagnostics.length]).toEqual([1, 1]);
  });
});
