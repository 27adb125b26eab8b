/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { GridSheet } from "../../src/engine/kernel/grid";
import {
  getFunctionDefaults,
  setFunctionDefaults,
  setRestoreFailure,
} from "../../src/functions/runtimeDefaults";
import { MemoryPort } from "./memoryPort";
import { button, paneWithTable } from "./paneQueries";
import { renderPane } from "./renderPane";
import { seedWorkbook } from "./seedWorkbook";

/** A clerk's 设置 sheet: a year-end row, the band at 2 points and dense ties. */
const clerkSettings = (): GridSheet => ({
  name: "设置",
  values: [
    ["考核设置", null, null],
    ["设置项", "取值", "说明"],
    ["指标考核权重", 0.7, "按方案"],
    ["预警幅度", 2, "县里定"],
    ["并列名次", "1,1,2", null],
  ],
  merges: [],
});

const paneOn = (sheets: GridSheet[]): Promise<MemoryPort> => paneWithTable(new MemoryPort(sheets));

const settingsSheetOf = (port: MemoryPort): GridSheet | undefined =>
  port.sheets.find((sheet) => sheet.name === "设置");

afterEach(() => setFunctionDefaults({ periods: 12, band: 0.05 }));

describe("the pane's settings kept in the workbook", () => {
  it("shows on open the 设置 sheet's settings and gives them to the functions, recalculating", async () => {
    const port = await paneOn([...seedWorkbook(), clerkSettings()]);
    await waitFor(() =>
      expect((screen.getByLabelText(/^预警幅度/) as HTMLInputElement).value).toBe("2")
    );
    await waitFor(() => expect(port.recalculations).toBe(1));
    expect(getFunctionDefaults()).toEqual({ periods: 12, band: 0.02 });
    // The summary is made with them, and says so.
    fireEvent.click(button("生成月度通报"));
    expect(await screen.findByText("7月结果")).toBeTruthy();
    const bulletin = port.written.get("7月进度通报")?.spec;
    expect(bulletin?.subtitle.split("\n").at(-1)).toBe("设置：预警幅度2个百分点；并列名次1,1,2");
  });

  it("shows the document settings when there is no 设置 sheet", async () => {
    const port = new MemoryPort(seedWorkbook());
    port.settings.set("assess.monthlySettings", JSON.stringify({ band: 7.5, method: "均衡进度" }));
    renderPane({ port });
    await screen.findByText("工作表：分解表");
    await waitFor(() =>
      expect((screen.getByLabelText(/^预警幅度/) as HTMLInputElement).value).toBe("7.5")
    );
    expect((screen.getByLabelText("均衡进度") as HTMLInputElement).checked).toBe(true);
  });

  it("writes a change back to the clerk's 设置 sheet, that value only, and keeps it in the document", async () => {
    const port = await paneOn([...seedWorkbook(), clerkSettings()]);
    await waitFor(() =>
      expect((screen.getByLabelText(/^预警幅度/) as HTMLInputElement).value).toBe("2")
    );
    const band = screen.getByLabelText(/^预警幅度/);
    fireEvent.change(band, { target: { value: "4" } });
    fireEvent.blur(band);
    await waitFor(() => expect(port.saves).toHaveLength(1));
    expect(port.saves[0]).toMatchObject({
      changed: ["band"],
      createSheet: false,
      recalculate: true,
    });
    const sheet = settingsSheetOf(port);
    expect(sheet?.values.slice(0, 5)).toEqual([
      ["考核设置", null, null],
      ["设置项", "取值", "说明"],
      ["指标考核权重", 0.7, "按方案"],
      ["预警幅度", 4, "县里定"],
      ["并列名次", "1,1,2", null],
    ]);
    expect(JSON.parse(port.settings.get("assess.monthlySettings") ?? "null")).toMatchObject({
      band: 4,
      ties: "1,1,2",
    });
    expect(getFunctionDefaults()).toEqual({ periods: 12, band: 0.04 });
  });

  it("makes the 设置 sheet on 保存到设置表, with every setting, and says so", async () => {
    const port = await paneOn(seedWorkbook());
    fireEvent.click(button("保存到设置表"));
    expect(await screen.findByText("已写入“设置”表")).toBeTruthy();
    const sheet = settingsSheetOf(port);
    expect(sheet?.values.slice(2, 6).map((row) => row.slice(0, 2))).toEqual([
      ["设置项", "取值"],
      ["期数", 12],
      ["预警幅度", 5],
      ["进度算法", "自动"],
    ]);
    expect(sheet?.values).toHaveLength(23);
  });

  it("changes a setting of 更多设置 and keeps it", async () => {
    const port = await paneOn(seedWorkbook());
    fireEvent.click(button("更多设置"));
    const bottom = await screen.findByLabelText("后N位");
    fireEvent.change(bottom, { target: { value: "2" } });
    fireEvent.blur(bottom);
    await waitFor(() => expect(port.saves).toHaveLength(1));
    expect(port.saves[0]).toMatchObject({ changed: ["bottomCount"], recalculate: false });
    expect(port.saves[0].values.bottomCount).toBe(2);
    expect(settingsSheetOf(port)).toBeUndefined();
  });

  it("says so when the runtime could not restore the saved defaults at open", async () => {
    setRestoreFailure(new Error("网络中断"));
    try {
      await paneOn(seedWorkbook());
      expect(await screen.findByText(/更新函数默认值并重算/)).toBeTruthy();
    } finally {
      setRestoreFailure(null);
    }
  });
});
