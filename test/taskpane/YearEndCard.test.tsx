/** @jest-environment jsdom */
import { configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { panshanGrids } from "../engine/yearEnd/yearEndFixture";
import { MemoryPort } from "./memoryPort";
import { renderPane } from "./renderPane";

configure({ defaultHidden: true });

/** The button whose own text is `name`. */
async function findButton(name: string): Promise<HTMLButtonElement> {
  const found = (await screen.findByText(name, { selector: "button, button *" })).closest("button");
  if (found === null) {
    throw new Error(`no button ${name}`);
  }
  return found;
}

describe("the pane's year-end card", () => {
  it("makes the 年度考核汇总 in one click and shows the grades and their reasons", async () => {
    const port = new MemoryPort(panshanGrids());
    renderPane({ port });
    await screen.findByText("工作表：分解表");
    fireEvent.click(await findButton("生成年度考核汇总"));
    expect(await screen.findByText("2018年度考核：12个单位")).toBeTruthy();
    expect(port.written.get("年度考核汇总")?.run).toBe("2018-yearend");
    const badges = screen.getAllByRole("listitem").map((item) => item.textContent);
    expect(badges).toEqual(
      expect.arrayContaining(["优秀 4", "良好 5", "一般 2", "较差 1", "一票否决 1"])
    );
    const overrides = within(screen.getByLabelText("等次调整"));
    expect(overrides.getByText(/^县统计局：市考加分3.0，直接评为优秀$/)).toBeTruthy();
    expect(
      overrides.getByText(/^县住建局：市考减分1.5，不得评为良好以上等次，评为一般$/)
    ).toBeTruthy();
    expect(overrides.getByText(/^县环保局：一票否决：发生较大环境污染事件/)).toBeTruthy();
    fireEvent.click(screen.getByText("年度考核汇总", { selector: "button" }));
    await waitFor(() => expect(port.selection).toEqual({ sheet: "年度考核汇总", address: "A1" }));
  });

  it("says why nothing was made when the workbook has no scores sheet", async () => {
    const port = new MemoryPort(panshanGrids().filter((grid) => grid.name !== "年度评分"));
    renderPane({ port });
    await screen.findByText("工作表：分解表");
    fireEvent.click(await findButton("生成年度考核汇总"));
    expect(await screen.findByText("未能生成年度考核汇总")).toBeTruthy();
    expect(screen.getByText(/^工作簿中找不到年度评分表/)).toBeTruthy();
    expect(port.written.size).toBe(0);
  });
});
