import { MemoryPort } from "./memoryPort";
import { plannedCell as cell } from "../engine/returns/plannedCellFixture";

function ledger(): MemoryPort {
  return new MemoryPort([
    {
      name: "月度完成",
      values: [
        ["指标", "8月"],
        ["地方财政收入", 7200],
        ["招商引资", ""],
      ],
      merges: [],
    },
  ]);
}

describe("MemoryPort (the pane tests' workbook)", () => {
  it("writes checked cells and adds the register at the end, dates as ISO text", async () => {
    const port = ledger();
    const report = await port.writeCells({
      cells: [
        cell("月度完成", "B2", 8300, 7200),
        cell("月度完成", "B3", 9.31, null),
        cell("报送登记", "A2", "单位"),
        cell("报送登记", "C3", "2016-09-18", null, true),
      ],
      newSheet: "报送登记",
    });
    expect(report).toEqual({ written: 4, created: "报送登记" });
    expect(port.calls).toEqual(["writeCells"]);
    expect(port.sheets).toEqual([
      {
        name: "月度完成",
        values: [
          ["指标", "8月"],
          ["地方财政收入", 8300],
          ["招商引资", 9.31],
        ],
        merges: [],
      },
      { name: "报送登记", values: [[], ["单位"], [null, null, "2016-09-18"]], merges: [] },
    ]);
  });

  it("refuses a changed cell and an existing new sheet, writing nothing", async () => {
    const port = ledger();
    const before = port.sheets;
    await expect(
      port.writeCells({
        cells: [cell("月度完成", "B3", 9.31), cell("月度完成", "B2", 8300, 7000)],
        newSheet: null,
      })
    ).rejects.toThrow(
      "台账月度完成!B2现为“7200”，与制定汇总计划时的“7000”不同（文件是否在汇总期间被改动？），未写入任何内容"
    );
    await expect(
      port.writeCells({ cells: [cell("月度完成", "A1", "单位")], newSheet: "月度完成" })
    ).rejects.toThrow("台账已有工作表“月度完成”（是否在汇总期间新建？），未写入任何内容");
    expect(port.sheets).toBe(before);
    expect(port.cellWrites).toHaveLength(2);
  });

  it("delivers files, fails or waits when told", async () => {
    const port = ledger();
    const file = { name: "报送表-县财政局-8月.xlsx", bytes: new Uint8Array([1, 2]) };
    expect(await port.deliverFile(file)).toBe("downloaded");
    port.delivery = "opened";
    port.failNext("deliverFile", new Error("no host"));
    await expect(port.deliverFile(file)).rejects.toThrow("no host");
    const held = port.hold("deliverFile");
    const waiting = port.deliverFile(file);
    expect(port.delivered).toEqual([file]);
    held.release();
    expect(await waiting).toBe("opened");
    expect(port.delivered).toEqual([file, file]);
    expect(port.calls).toEqual(["deliverFile", "deliverFile", "deliverFile"]);
  });
});
