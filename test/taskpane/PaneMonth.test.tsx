/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { savedMonthKey } from "../../src/taskpane/monthMemory";
import { MemoryPort } from "./memoryPort";
import { button, findButton, paneWithTable } from "./paneQueries";
import { renderPane } from "./renderPane";
import { seedTable, seedWorkbook } from "./seedWorkbook";

/** The data month the settings card shows. */
function shownMonth(): string {
  return (screen.getByLabelText("数据月份") as HTMLSelectElement).value;
}

/** The port's calls after the first `from`. */
function callsSince(port: MemoryPort, from: number): string[] {
  return port.calls.slice(from);
}

describe("the data month", () => {
  it("opens at the latest month with actuals, not last month (July on 3 December)", async () => {
    const port = new MemoryPort(seedWorkbook());
    renderPane({ port, today: new Date(2016, 11, 3) });
    await screen.findByText("工作表：分解表");
    expect(shownMonth()).toBe("7");
    expect(screen.getByText("默认取表中最近有完成数的月份：7月（4项指标有完成数）")).toBeTruthy();
  });

  it("falls back to last month when the table holds no actual", async () => {
    const port = new MemoryPort([seedTable()]);
    renderPane({ port, today: new Date(2016, 11, 3) });
    await screen.findByText("工作表：分解表");
    expect(shownMonth()).toBe("11");
    expect(screen.getByText("表中还没有完成数，默认取上月：11月")).toBeTruthy();
  });

  it("remembers the month the clerk chooses in the workbook and restores it next time", async () => {
    const port = new MemoryPort(seedWorkbook());
    const { unmount } = renderPane({ port });
    await screen.findByText("工作表：分解表");
    const before = port.calls.length;
    fireEvent.change(screen.getByLabelText("数据月份"), { target: { value: "8" } });
    await waitFor(() => expect(port.settings.has(savedMonthKey)).toBe(true));
    expect(JSON.parse(port.settings.get(savedMonthKey) ?? "null")).toEqual({
      month: 8,
      periods: 12,
    });
    expect(callsSince(port, before)).toEqual(["saveSetting"]);
    expect(screen.getByText("已记住所选月份（8月），下次打开本工作簿时沿用")).toBeTruthy();
    unmount();

    renderPane({ port });
    await screen.findByText("工作表：分解表");
    expect(shownMonth()).toBe("8");
    expect(screen.getByText("沿用您上次为本工作簿选择的月份：8月")).toBeTruthy();
  });

  it("a remembered earlier month gives way to a later month with actuals", async () => {
    const port = new MemoryPort(seedWorkbook());
    port.settings.set(savedMonthKey, JSON.stringify({ month: 5, periods: 12 }));
    await paneWithTable(port);
    expect(shownMonth()).toBe("7");
    expect(screen.getByText(/^默认取表中最近有完成数的月份：7月/)).toBeTruthy();
    expect(screen.queryByText("沿用您上次为本工作簿选择的月份：5月")).toBeNull();
    expect(port.calls).toEqual(["readWorkbook"]);
  });

  it("keeps the clerk's month when the table is read again, even if it could not be saved", async () => {
    const port = await paneWithTable();
    port.failNext("saveSetting", new Error("protected"));
    fireEvent.change(screen.getByLabelText("数据月份"), { target: { value: "9" } });
    expect(await screen.findByText("未能完成：记住所选月份")).toBeTruthy();
    expect(port.settings.has(savedMonthKey)).toBe(false);
    fireEvent.click(button("重新识别"));
    await waitFor(() =>
      expect(port.calls.filter((call) => call === "readWorkbook")).toHaveLength(2)
    );
    await screen.findByText("工作表：分解表");
    expect(shownMonth()).toBe("9");
  });
});

describe("a month without actuals", () => {
  /** Opens the pane, chooses September (no actual) and asks for the summary. */
  async function askForSeptember(): Promise<{ port: MemoryPort; before: number }> {
    const port = await paneWithTable();
    fireEvent.change(screen.getByLabelText("数据月份"), { target: { value: "9" } });
    await waitFor(() => expect(port.settings.has(savedMonthKey)).toBe(true));
    const before = port.calls.length;
    fireEvent.click(button("生成月度通报"));
    expect(await screen.findByText("9月还没有任何完成数")).toBeTruthy();
    return { port, before };
  }

  it("warns before anything is written and says how many indicators have actuals", async () => {
    const { port, before } = await askForSeptember();
    expect(
      screen.getByText(
        "表中5项指标在9月均未填报累计完成数（有完成数的指标：0项），生成的通报将全部为“未报送”。"
      )
    ).toBeTruthy();
    expect(screen.getByText("最近有完成数的月份是7月（4项指标有完成数）。")).toBeTruthy();
    expect(callsSince(port, before)).toEqual(["readWorkbook"]);
    expect(port.written.size).toBe(0);
    expect(button("生成月度通报").disabled).toBe(true);
  });

  it("writes nothing on 取消", async () => {
    const { port, before } = await askForSeptember();
    fireEvent.click(button("取消"));
    await waitFor(() => expect(screen.queryByText("9月还没有任何完成数")).toBeNull());
    expect(callsSince(port, before)).toEqual(["readWorkbook"]);
    expect(port.written.size).toBe(0);
    expect(button("生成月度通报").disabled).toBe(false);
  });

  it("writes the summary once on 仍然生成, after reading the workbook again", async () => {
    const { port, before } = await askForSeptember();
    fireEvent.click(button("仍然生成"));
    expect(await screen.findByText("9月结果")).toBeTruthy();
    expect(callsSince(port, before)).toEqual(["readWorkbook", "readWorkbook", "writeSummary"]);
    expect([...port.written.keys()]).toEqual([
      "9月进度通报",
      "9月排名",
      "9月加减分汇总",
      "9月预警",
      "9月预警通知",
      "9月迟报",
    ]);
    expect(screen.queryByText("9月还没有任何完成数")).toBeNull();
  });

  it("asks nothing for a month with actuals: one read, one write", async () => {
    const port = await paneWithTable();
    const before = port.calls.length;
    fireEvent.click(button("生成月度通报"));
    expect(await screen.findByText("7月结果")).toBeTruthy();
    expect(callsSince(port, before)).toEqual(["readWorkbook", "writeSummary"]);
    expect(screen.queryByText("仍然生成")).toBeNull();
  });

  it("says it in English too", async () => {
    const port = new MemoryPort(seedWorkbook());
    port.settings.set(savedMonthKey, JSON.stringify({ month: 9, periods: 12 }));
    renderPane({ port, initialLocale: "en-US" });
    await screen.findByText("Sheet: 分解表");
    fireEvent.click(button("Generate monthly summary"));
    expect(await screen.findByText("No actuals for month 9 yet")).toBeTruthy();
    expect(
      screen.getByText("The latest month with actuals is month 7 (4 indicators have one).")
    ).toBeTruthy();
    fireEvent.click(await findButton("Cancel"));
    await waitFor(() => expect(screen.queryByText("No actuals for month 9 yet")).toBeNull());
    expect(port.written.size).toBe(0);
  });
});
