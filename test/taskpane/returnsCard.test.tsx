/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { TextDecoder, TextEncoder } from "util";
import { configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { GridSheet } from "../../src/engine/kernel/grid";
import { buildMonthlySummary } from "../../src/engine/summary/buildMonthlySummary";
import { actualsOf, zhenbaSheets } from "../engine/returns/returnsFixture";
import { MemoryPort } from "./memoryPort";
import { renderPane } from "./renderPane";
import { FILLED, filledReturn, ledgerBeforeAugust } from "./returnsFixture";

configure({ defaultHidden: true });
// jsdom has no TextDecoder; the sample's sparse reader (Node's side of the test) needs it.
Object.assign(globalThis, { TextDecoder, TextEncoder });

/** The button whose own text is `name`. */
async function findButton(name: string): Promise<HTMLButtonElement> {
  const found = (await screen.findByText(name, { selector: "button, button *" })).closest("button");
  if (found === null) {
    throw new Error(`no button ${name}`);
  }
  return found;
}

/** A File of the picked bytes, as the file input gives it. */
function fileOf(name: string, bytes: Uint8Array, lastModified: number): File {
  return new File([bytes as unknown as BlobPart], name, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    lastModified,
  });
}

describe("the pane's returns card", () => {
  let original: GridSheet[];

  beforeAll(async () => {
    original = await zhenbaSheets();
  });

  it("lists the month's forms and hands out one unit's", async () => {
    const port = new MemoryPort(ledgerBeforeAugust(original));
    renderPane({ port });
    fireEvent.click(await findButton("列出8月报送表"));
    const list = await screen.findByRole("list", { name: "报送表" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(9);
    expect(within(list).getByText("县经合局（1项指标）")).toBeTruthy();
    expect(screen.getByText(/截止2016年9月15日/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "生成 报送表-县经合局-8月.xlsx" }));
    expect(await screen.findByText("已下载 报送表-县经合局-8月.xlsx")).toBeTruthy();
    expect(port.delivered.map((file) => file.name)).toEqual(["报送表-县经合局-8月.xlsx"]);
  });

  it("says when Excel opened the form as a new workbook", async () => {
    const port = new MemoryPort(ledgerBeforeAugust(original));
    port.delivery = "opened";
    renderPane({ port });
    fireEvent.click(await findButton("列出8月报送表"));
    fireEvent.click(await screen.findByRole("button", { name: "生成 报送表-县财政局-8月.xlsx" }));
    expect(
      await screen.findByText(
        "已在新的Excel工作簿中打开，请另存为“报送表-县财政局-8月.xlsx”后发给县财政局"
      )
    ).toBeTruthy();
  });

  it("collects the chosen returns only after the clerk confirms, the conflict left as it is", async () => {
    const port = new MemoryPort(ledgerBeforeAugust(original));
    renderPane({ port });
    fireEvent.click(await findButton("列出8月报送表"));
    await screen.findByRole("list", { name: "报送表" });
    const files: File[] = [];
    for (const unit of Object.keys(FILLED)) {
      const fileName = `报送表-${unit}-8月.xlsx`;
      fireEvent.click(screen.getByRole("button", { name: `生成 ${fileName}` }));
      await screen.findByText(`已下载 ${fileName}`);
      const delivered = port.delivered.find((file) => file.name === fileName)!;
      const picked = await filledReturn({ unit, fileName }, delivered.bytes, original);
      files.push(fileOf(picked.name, picked.bytes, picked.lastModified ?? 0));
    }

    fireEvent.change(screen.getByLabelText("报送表文件"), { target: { files } });
    const changes = await screen.findByRole("region", { name: "将写入台账" });
    expect(
      within(changes).getByText(
        "月度完成!E11：写入县经合局报送的“招商引资(引进市外资金)”（绝对量）8月累计9.31"
      )
    ).toBeTruthy();
    expect(
      within(changes).getByText("报送登记!C27：登记县住建局8月报送日期2016-09-14（文件修改日期）")
    ).toBeTruthy();
    expect(
      screen.getByText(
        "报送表-县财政局-8月.xlsx：月度完成!E7：“地方财政收入”（绝对量）8月台账已有“8235”，县财政局报送8300，不一致，未覆盖（确认后可强制覆盖）"
      )
    ).toBeTruthy();
    expect(screen.getByLabelText("以报送表为准，覆盖1个不同的已有数据")).toBeTruthy();
    expect(port.calls).not.toContain("writeCells");

    fireEvent.click(await findButton("写入台账（26个数据、9条报送登记）"));
    expect(await screen.findByText("确认写入台账？")).toBeTruthy();
    fireEvent.click(await findButton("取消"));
    expect(port.calls).not.toContain("writeCells");

    fireEvent.click(await findButton("写入台账（26个数据、9条报送登记）"));
    fireEvent.click(await findButton("确认写入"));
    expect(await screen.findByText(/^已写入26个数据，登记9个单位的报送日期。/)).toBeTruthy();
    expect(port.calls.filter((call) => call === "writeCells")).toHaveLength(1);
    expect(actualsOf(port.sheets, 8)).toEqual(actualsOf(original, 8));
    expect(buildMonthlySummary(port.sheets, { month: 8 }).late.map((late) => late.unit)).toEqual([
      "县经合局",
    ]);
    // The pane reads the table again afterwards.
    await waitFor(() => expect(port.calls[port.calls.length - 1]).toBe("readWorkbook"));
  });

  it("replaces the differing figure when the clerk ticks replace, and says so before writing", async () => {
    const port = new MemoryPort(ledgerBeforeAugust(original));
    renderPane({ port });
    fireEvent.click(await findButton("列出8月报送表"));
    fireEvent.click(await screen.findByRole("button", { name: "生成 报送表-县财政局-8月.xlsx" }));
    await screen.findByText("已下载 报送表-县财政局-8月.xlsx");
    const picked = await filledReturn(
      { unit: "县财政局", fileName: "报送表-县财政局-8月.xlsx" },
      port.delivered[0].bytes,
      original
    );
    fireEvent.change(screen.getByLabelText("报送表文件"), {
      target: { files: [fileOf(picked.name, picked.bytes, picked.lastModified ?? 0)] },
    });
    fireEvent.click(await screen.findByLabelText("以报送表为准，覆盖1个不同的已有数据"));
    const button = await findButton("写入台账（2个数据、1条报送登记）");
    fireEvent.click(button);
    expect(await screen.findByText(/其中1个将改写台账中已有的不同数据。/)).toBeTruthy();
    fireEvent.click(await findButton("确认写入"));
    await screen.findByText(/^已写入2个数据/);
    expect(actualsOf(port.sheets, 8).get("地方财政收入|绝对量")).toBe(8300);
  });

  it("names a chosen file that is no workbook, and offers nothing to write", async () => {
    const port = new MemoryPort(ledgerBeforeAugust(original));
    renderPane({ port });
    await findButton("列出8月报送表");
    const text = new TextEncoder().encode("不是工作簿");
    fireEvent.change(screen.getByLabelText("报送表文件"), {
      target: { files: [fileOf("说明.txt", text, 0)] },
    });
    expect(
      await screen.findByText("说明.txt：不是 .xlsx 工作簿（.xls 请先另存为 .xlsx），未汇总")
    ).toBeTruthy();
    expect(screen.getByText("没有需要写入台账的内容。")).toBeTruthy();
    expect(port.calls).not.toContain("writeCells");
    // Another month: the plan was for August, and goes.
    fireEvent.change(screen.getByLabelText("数据月份"), { target: { value: "7" } });
    await waitFor(() => expect(screen.queryByText("没有需要写入台账的内容。")).toBeNull());
    expect(await findButton("列出7月报送表")).toBeTruthy();
  });
});
