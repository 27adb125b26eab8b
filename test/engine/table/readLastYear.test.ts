import { readLastYear } from "../../../src/engine/table/readLastYear";
import { blockDraft, findings, readerFixture, recordDraft } from "./tableReaderFixture";

describe("readLastYear", () => {
  it("reads 上年同期 beside the actual of the same month, and reports an unreadable one", () => {
    const fixture = readerFixture([
      ["指标名称", "单位", "全年目标", "1-7月完成", "上年同期", "1-6月上年同期"],
      ["地方财政收入", "万元", 13600, 7700, "7000万元", "约6000"],
    ]);
    expect(fixture.context.lastYearColumns.map((column) => [column.letters, column.month])).toEqual(
      [
        ["E", 7],
        ["F", 6],
      ]
    );
    const record = recordDraft(fixture, blockDraft("地方财政收入", 1), "absolute", 1);
    record.unit = "万元";
    readLastYear(fixture.context, fixture.sink, record, 1);
    expect(record.lastYear).toEqual([{ month: 7, value: 7000, cell: "E2" }]);
    expect(findings(fixture.diagnostics)).toEqual([
      ["unreadable_actual", "error", "F2", "tableUnreadableLastYear", { text: "约6000" }],
    ]);
  });
});
