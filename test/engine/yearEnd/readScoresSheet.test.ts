import { formatDiagnostic } from "../../../src/engine/kernel/diagnostic";
import { readScoresSheet } from "../../../src/engine/yearEnd/readScoresSheet";

describe("readScoresSheet", () => {
  it("finds the columns in any order and wording, traditional characters included", () => {
    const read = readScoresSheet({
      name: "年度評分",
      values: [
        ["盤山縣2018年度考評評分表"],
        [
          "序號",
          "被考核單位",
          "互評",
          "縣政府專項行動領導小組辦公室評價",
          "縣政府領導評價",
          "共性指標",
          "過程考核（扣分）",
          "部門自身工作",
          "市專項指標",
          "省專項指標（完成率）",
          "一票否決",
          "否決事由",
          "備註",
        ],
        [1, "縣財政局", 85, 86, 88, 87, 3, 90, 0.9, 0.92, "否", null, "示例"],
        [2, "县农业局", 82, 80, 84, 86, 2, 84, null, 0.88, "否", null, null],
      ],
      merges: [],
    });
    expect(read.diagnostics).toEqual([]);
    expect(read.headerRow).toBe(2);
    expect(read.parts).toEqual([
      "province",
      "city",
      "ownWork",
      "process",
      "common",
      "leader",
      "office",
      "peer",
    ]);
    expect(read.rows[0]).toEqual({
      unit: "縣財政局",
      row: 3,
      unitCell: "B3",
      parts: {
        province: { value: 0.92, cell: "J3" },
        city: { value: 0.9, cell: "I3" },
        ownWork: { value: 90, cell: "H3" },
        process: { value: 3, cell: "G3" },
        common: { value: 87, cell: "F3" },
        leader: { value: 88, cell: "E3" },
        office: { value: 86, cell: "D3" },
        peer: { value: 85, cell: "C3" },
      },
      veto: { value: "否", cell: "K3" },
      vetoReason: { text: "", cell: "L3" },
      note: "示例",
    });
    expect(read.rows[1].parts.city).toEqual({ value: null, cell: "I4" });
  });

  it("reads the seed's own wording of the peer rating and keeps 单位 apart from 部门自身工作", () => {
    const read = readScoresSheet({
      name: "年度评分",
      values: [
        ["部门", "部门自身工作", "县政府各部门同各镇（街道）、经济园区互评"],
        ["县财政局", 90, 85],
      ],
      merges: [],
    });
    expect(read.parts).toEqual(["ownWork", "peer"]);
    expect(read.rows[0].parts).toEqual({
      ownWork: { value: 90, cell: "B2" },
      peer: { value: 85, cell: "C2" },
    });
  });

  it("passes over blank rows, totals and notes; names a row of figures without a unit and a duplicate", () => {
    const read = readScoresSheet({
      name: "年度评分",
      values: [
        ["单位", "共性指标"],
        ["县财政局", 87],
        [null, null],
        [null, 80],
        ["县财政局 ", 86],
        ["合计", 167],
        ["注：示例", null],
      ],
      merges: [],
    });
    expect(read.rows.map((row) => row.unit)).toEqual(["县财政局"]);
    expect(read.diagnostics.map((found) => formatDiagnostic(found, "zh-CN"))).toEqual([
      "年度评分!A4：单位为空，已跳过该行",
      "年度评分!A5：单位“县财政局”与第2行重复，已跳过此行",
    ]);
  });

  it("a unit merged over two rows stands for its first row", () => {
    const read = readScoresSheet({
      name: "年度评分",
      values: [
        ["单位", "共性指标"],
        ["县财政局", 87],
        [null, null],
      ],
      merges: [{ top: 1, left: 0, bottom: 2, right: 0 }],
    });
    expect(read.rows).toHaveLength(1);
    expect(read.diagnostics).toEqual([]);
  });

  it("without a header naming a unit and a part: a diagnostic, no rows", () => {
    const read = readScoresSheet({ name: "年度评分", values: [["姓名", "电话"]], merges: [] });
    expect(read.rows).toEqual([]);
    expect(read.diagnostics.map((found) => formatDiagnostic(found, "zh-CN"))).toEqual([
      "年度评分：前20行中找不到年度评分表的表头（需要“单位”列及各项成绩列）",
    ]);
  });
});
