/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { RequirementStatus } from "../../src/excel/requirements";
import { WorkbookError } from "../../src/excel/workbookError";
import { getFunctionDefaults, setFunctionDefaults } from "../../src/functions/runtimeDefaults";
import { savedTableKey } from "../../src/taskpane/useCases";
import { MemoryPort } from "./memoryPort";
import { button, findButton, paneWithTable } from "./paneQueries";
import { renderPane } from "./renderPane";
import { seedActuals, seedTable, seedWorkbook } from "./seedWorkbook";

/** The fixture with the 责任单位 header written in words the reader does not know. */
function unknownUnitHeader(): MemoryPort {
  const table = seedTable();
  const values = table.values.map((row) => [...row]);
  values[1][8] = "负责科室";
  return new MemoryPort([{ ...table, values }, seedActuals()]);
}

describe("no table found", () => {
  it("says so, names the sheets looked at, offers 重新识别 and no actions", async () => {
    const port = new MemoryPort([
      {
        name: "通讯录",
        values: [
          ["姓名", "电话"],
          ["张三", "123"],
        ],
        merges: [],
      },
    ]);
    renderPane({ port });
    expect(await screen.findByText("未找到任务分解表")).toBeTruthy();
    expect(screen.getByText(/^工作簿中找不到任务分解表/)).toBeTruthy();
    expect(screen.getByText("已查看的工作表：通讯录")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "生成月度通报" })).toBeNull();

    port.sheets = seedWorkbook();
    fireEvent.click(button("重新识别"));
    expect(await screen.findByText("工作表：分解表")).toBeTruthy();
    expect(screen.queryByText("未找到任务分解表")).toBeNull();
  });
});

describe("table found", () => {
  it("shows the sheet, the header rows, the indicators and every column's header and role", async () => {
    await paneWithTable();
    expect(screen.getByText("表头：第2行")).toBeTruthy();
    expect(screen.getByText("共识别5项指标")).toBeTruthy();
    const roles = screen
      .getAllByRole("combobox", { name: /的含义$/ })
      .map((box) => `${box.getAttribute("aria-label")} = ${box.textContent}`);
    expect(roles).toEqual([
      "第A列（序号）的含义 = （不使用）",
      "第B列（主要指标）的含义 = 指标名称",
      "第C列（口径）的含义 = 口径（绝对量/增幅）",
      "第D列（倒排时间）的含义 = 倒排时间",
      "第E列（监管部门）的含义 = 监管部门",
      "第F列（单位）的含义 = 单位",
      "第G列（考核任务）的含义 = 考核任务（目标）",
      "第H列（包抓领导）的含义 = 包抓领导",
      "第I列（责任单位）的含义 = 牵头单位",
      "第J列（责任人）的含义 = 责任人",
    ]);
  });

  it("saves a corrected role and uses it the next time the pane opens", async () => {
    const port = unknownUnitHeader();
    const { unmount } = renderPane({ port });
    const box = await screen.findByLabelText("第I列（负责科室）的含义");
    expect(box.textContent).toBe("（不使用）");
    fireEvent.click(box);
    fireEvent.click(await screen.findByText("牵头单位", { selector: "[role=option]" }));
    // Choosing a role re-reads and re-renders the whole table: in jsdom on a loaded machine that
    // takes far longer than waitFor's default 1 s.
    await waitFor(
      () => expect(screen.getByLabelText("第I列（负责科室）的含义").textContent).toBe("牵头单位"),
      { timeout: 60000 }
    );
    expect(JSON.parse(port.settings.get(savedTableKey) ?? "null")).toEqual({
      sheet: "分解表",
      columns: [{ column: 8, role: "leadUnit" }],
    });
    unmount();

    renderPane({ port });
    const again = await screen.findByLabelText("第I列（负责科室）的含义");
    await waitFor(() => expect(again.textContent).toBe("牵头单位"), { timeout: 60000 });
    expect(screen.getByText("已按您的更正识别")).toBeTruthy();
  }, 150000);

  it("defaults to the latest month with actuals (July), automatic pace and a 5-point band", async () => {
    await paneWithTable();
    expect((screen.getByLabelText("数据月份") as HTMLSelectElement).value).toBe("7");
    expect(screen.getByText("默认取表中最近有完成数的月份：7月（4项指标有完成数）")).toBeTruthy();
    expect((screen.getByLabelText("自动（有节点则按节点倒排）") as HTMLInputElement).checked).toBe(
      true
    );
    expect((screen.getByLabelText(/^预警幅度/) as HTMLInputElement).value).toBe("5");
  });
});

describe("settings", () => {
  afterEach(() => setFunctionDefaults({ periods: 12, band: 0.05 }));

  it("makes a new warning band the functions' default and recalculates", async () => {
    const port = await paneWithTable();
    const band = screen.getByLabelText(/^预警幅度/);
    fireEvent.change(band, { target: { value: "7.5" } });
    fireEvent.blur(band);
    await waitFor(() => expect(port.recalculations).toBe(1));
    expect(getFunctionDefaults()).toEqual({ periods: 12, band: 0.075 });
  });

  it("uses the month chosen for the summary", async () => {
    const port = await paneWithTable();
    fireEvent.change(screen.getByLabelText("数据月份"), { target: { value: "6" } });
    fireEvent.click(button("生成月度通报"));
    // June has no actual: the pane asks first.
    fireEvent.click(await findButton("仍然生成"));
    expect(await screen.findByText("6月结果")).toBeTruthy();
    expect([...port.written.keys()][0]).toBe("6月进度通报");
  });
});

describe("working", () => {
  it("shows the current step while the port's promise is pending, and disables the actions", async () => {
    const port = await paneWithTable();
    const held = port.hold("writeSummary");
    fireEvent.click(button("生成月度通报"));
    expect(await screen.findByText("正在处理：写入通报工作表")).toBeTruthy();
    expect(screen.getByLabelText("第3步，共3步")).toBeTruthy();
    expect(button("生成月度通报").disabled).toBe(true);
    expect(button("标记滞后指标").disabled).toBe(true);
    await act(async () => held.release());
    expect(await screen.findByText("7月结果")).toBeTruthy();
    expect(screen.queryByText("正在处理：写入通报工作表")).toBeNull();
    expect(button("生成月度通报").disabled).toBe(false);
  });
});

describe("done", () => {
  it("counts the indicators by status, lists the lagging ones and the sheets written", async () => {
    const port = await paneWithTable();
    fireEvent.click(button("生成月度通报"));
    await screen.findByText("7月结果");
    const counts = screen.getByLabelText("各状态指标数");
    expect(
      within(counts)
        .getAllByRole("listitem")
        .map((badge) => badge.textContent)
    ).toEqual(["正常 2", "滞后 1", "严重滞后 1", "未报送 1"]);
    const lagging = screen.getByLabelText("滞后指标（点击定位）");
    expect(
      within(lagging)
        .getAllByRole("listitem")
        .map((item) => item.textContent)
    ).toEqual([
      "严重滞后 社会消费品零售总额（绝对量）进度差-9.16个百分点，牵头：县经贸局",
      "滞后 招商引资(引进市外资金)（绝对量）进度差-2.14个百分点，牵头：县经合局",
      "未报送 专利申请量（绝对量）牵头：县科技局",
    ]);
    const sheets = screen.getByLabelText("已写入的工作表");
    expect(
      within(sheets)
        .getAllByRole("listitem")
        .map((item) => item.textContent)
    ).toEqual(["7月进度通报", "7月排名", "7月加减分汇总", "7月预警", "7月预警通知", "7月迟报"]);
    expect([...port.written.keys()]).toHaveLength(6);
    // No download from the pane (Excel desktop blocks it): it says where the .docx come from.
    expect(within(sheets).getByText(/--docx/).textContent).toContain("下载预警通知（Word）");
  });

  it("goes to an indicator's row when the clerk clicks it", async () => {
    const port = await paneWithTable();
    fireEvent.click(button("生成月度通报"));
    await screen.findByText("7月结果");
    fireEvent.click(button("招商引资(引进市外资金)（绝对量）"));
    await waitFor(() => expect(port.selection).toEqual({ sheet: "分解表", address: "B6" }));
    fireEvent.click(button("7月预警"));
    await waitFor(() => expect(port.selection).toEqual({ sheet: "7月预警", address: "A1" }));
  });

  it("explains a sheet written under another name and one replaced", async () => {
    const port = new MemoryPort([
      ...seedWorkbook(),
      { name: "7月排名", values: [["我的排名"]], merges: [] },
    ]);
    await paneWithTable(port);
    fireEvent.click(button("生成月度通报"));
    expect(
      await screen.findByText("“7月排名”是您自己的工作表，未改动；通报写在“7月排名 (2)”中。")
    ).toBeTruthy();
    fireEvent.click(button("生成月度通报"));
    expect(await screen.findByText("已替换本工具此前为同一月份生成的“7月进度通报”。")).toBeTruthy();
  });

  it("lists the reader's findings with their cells and goes there on a click", async () => {
    const table = seedTable();
    const values = table.values.map((row) => [...row]);
    values[3][6] = "约9500";
    const port = new MemoryPort([{ ...table, values }, seedActuals()]);
    await paneWithTable(port);
    fireEvent.click(button("标记滞后指标"));
    const finding = await findButton("分解表!G4：“约9500”不是数字，已跳过该目标");
    fireEvent.click(finding);
    await waitFor(() => expect(port.selection).toEqual({ sheet: "分解表", address: "G4" }));
  });

  it("marks the lagging rows and clears them", async () => {
    const port = await paneWithTable();
    fireEvent.click(button("标记滞后指标"));
    expect(await screen.findByText("已在“分解表”中标记8行（可随时清除）。")).toBeTruthy();
    expect(port.marks.get("分解表")?.map((mark) => `${mark.row}:${mark.status}`)).toEqual([
      "6:lagging",
      "7:lagging",
      "8:lagging",
      "9:serious",
      "10:serious",
      "11:serious",
      "15:not_reported",
      "16:not_reported",
    ]);
    fireEvent.click(button("清除标记"));
    expect(await screen.findByText("已清除标记，表格恢复原样。")).toBeTruthy();
    expect(port.marks.size).toBe(0);
  });
});

describe("failed", () => {
  it("shows the port's failure in an error MessageBar with what to do, and stays usable", async () => {
    const port = await paneWithTable();
    port.failNext(
      "writeSummary",
      new WorkbookError("accessDenied", { detail: "Sheet1 is protected" })
    );
    fireEvent.click(button("生成月度通报"));
    expect(await screen.findByText("未能完成：写入通报工作表")).toBeTruthy();
    expect(screen.getByText("工作簿或工作表受保护，无法修改：Sheet1 is protected")).toBeTruthy();
    expect(screen.getByText(/请确认工作簿未受保护、未处于单元格编辑状态/)).toBeTruthy();
    expect(port.written.size).toBe(0);

    fireEvent.click(button("生成月度通报"));
    expect(await screen.findByText("7月结果")).toBeTruthy();
    expect(screen.queryByText("未能完成：写入通报工作表")).toBeNull();
  });

  it("shows a failure to read the workbook and offers to detect again", async () => {
    const port = new MemoryPort(seedWorkbook());
    port.failNext("readWorkbook", new WorkbookError("cellEditMode"));
    renderPane({ port });
    expect(
      await screen.findByText("Excel 正处于单元格编辑状态，请先按回车或 Esc 结束编辑，再重试")
    ).toBeTruthy();
    fireEvent.click(button("重新识别"));
    expect(await screen.findByText("工作表：分解表")).toBeTruthy();
  });

  it("shows a failure to go to a cell without losing the results", async () => {
    const port = await paneWithTable();
    fireEvent.click(button("生成月度通报"));
    await screen.findByText("7月结果");
    port.failNext("selectCell", new WorkbookError("sheetNotFound", { sheet: "分解表" }));
    fireEvent.click(button("专利申请量（绝对量）"));
    expect(await screen.findByText("找不到工作表“分解表”，请确认它没有被删除或改名")).toBeTruthy();
    expect(screen.getByText("7月结果")).toBeTruthy();
  });
});

describe("language", () => {
  it("switches to English in the pane", async () => {
    await paneWithTable();
    fireEvent.click(button("English"));
    expect(await screen.findByText("Sheet: 分解表")).toBeTruthy();
    expect(screen.getByLabelText("Role of column B (主要指标)").textContent).toBe("Indicator");
    fireEvent.click(button("Generate monthly summary"));
    await screen.findByText("Results for month 7");
    const counts = screen.getByLabelText("Indicators by status");
    expect(
      within(counts)
        .getAllByRole("listitem")
        .map((badge) => badge.textContent)
    ).toEqual(["On pace 2", "Lagging 1", "Seriously lagging 1", "Not reported 1"]);
    fireEvent.click(button("中文"));
    expect(await screen.findByText("7月结果")).toBeTruthy();
  });

  it("starts in the language Office reports", async () => {
    renderPane({ port: new MemoryPort(seedWorkbook()), initialLocale: "en-US" });
    expect(await screen.findByText("Sheet: 分解表")).toBeTruthy();
    expect(button("Mark lagging indicators")).toBeTruthy();
  });
});

describe("capabilities", () => {
  it("warns about each feature this Excel lacks", async () => {
    const capabilities: RequirementStatus[] = [
      {
        api: "ExcelApi 1.7",
        supported: true,
        required: true,
        feature: "featureCore",
        description: "",
      },
      {
        api: "ExcelApi 1.13",
        supported: false,
        required: false,
        feature: "featureMergedAreas",
        description: "",
      },
    ];
    renderPane({ port: new MemoryPort(seedWorkbook()), capabilities });
    expect(await screen.findByText("此版本的 Excel 不支持部分功能")).toBeTruthy();
    expect(
      screen.getByText(
        "当前 Excel 版本不支持“读取合并单元格”（需要 ExcelApi 1.13），请升级 Office 或使用网页版 Excel"
      )
    ).toBeTruthy();
    expect(screen.queryByText(/读取表格、生成汇总表和图表/)).toBeNull();
  });
});

describe("cell text", () => {
  it("shows markup in a cell as text and creates no element from it", async () => {
    const hostile = "<img src=x onerror=alert(1)>";
    const table = seedTable(undefined, { 招商引资: hostile, "招商引资(引进市外资金)": hostile });
    const values = table.values.map((row) => [...row]);
    values[1][0] = hostile;
    const port = new MemoryPort([
      { ...table, values },
      seedActuals(undefined, { "招商引资(引进市外资金)": hostile }),
    ]);
    const { container } = renderPane({ port });
    await screen.findByText("工作表：分解表");
    expect(screen.getByText(hostile)).toBeTruthy();
    fireEvent.click(button("生成月度通报"));
    expect(await findButton(`${hostile}（绝对量）`)).toBeTruthy();
    expect(container.querySelector("img")).toBeNull();
    expect(document.querySelector("img")).toBeNull();
  });
});
