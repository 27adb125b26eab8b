/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { TableCard } from "../../src/taskpane/components/TableCard";
import { columnChanges } from "../../src/taskpane/columnChanges";
import { implausibleRole } from "../../src/taskpane/implausibleRole";
import { restoreAutomatic } from "../../src/taskpane/restoreAutomatic";
import { TableColumn } from "../../src/taskpane/tableColumns";
import {
  Detection,
  correctColumnRole,
  detectTable,
  savedTableKey,
} from "../../src/taskpane/useCases";
import { MemoryPort } from "./memoryPort";
import { button, paneWithTable } from "./paneQueries";
import { seedWorkbook } from "./seedWorkbook";

/** A column of the card as a test writes it. */
function column(letter: string, role: TableColumn["role"], content: TableColumn["content"]) {
  const number = letter.charCodeAt(0) - 65;
  return { column: number, letter, header: `H${letter}`, role, corrected: false, content };
}

/** The table card of a detection, as the pane shows it. */
function renderCard(detection: Detection, corrected = false) {
  if (detection.table === null) {
    throw new Error("no table");
  }
  return render(
    <FluentProvider theme={webLightTheme}>
      <TableCard
        table={detection.table}
        columns={detection.columns}
        unapplied={detection.unapplied}
        corrected={corrected}
        effect={detection.effect}
        disabled={false}
        onCorrect={() => undefined}
        onRedetect={() => undefined}
        onRestore={() => undefined}
      />
    </FluentProvider>
  );
}

describe("what a column holds", () => {
  it("reads the seed table's columns as numbers or text", async () => {
    const detection = await detectTable(new MemoryPort(seedWorkbook()));
    expect(detection.columns.map((item) => `${item.letter} ${item.content}`)).toEqual([
      "A numbers",
      "B text",
      "C text",
      "D text",
      "E text",
      "F text",
      "G numbers",
      "H text",
      "I text",
      "J text",
    ]);
  });

  it("reads figures written with units or bounds as numbers, and a column of 约… as text", async () => {
    const ledger = {
      name: "台账",
      values: [
        ["指标名称", "单位", "全年目标", "7月累计完成", "备注", "责任单位"],
        ["固定资产投资", "亿元", "25亿元", "约16", "", "县发改局"],
        ["地方财政收入", "万元", "1,234.5万元", "约800", "已核", "县财政局"],
        ["PM10浓度", "μg/m3", "≤72", 68, "", "县环保局"],
      ],
      merges: [],
    };
    const detection = await detectTable(new MemoryPort([ledger]));
    expect(detection.columns.map((item) => `${item.letter} ${item.role} ${item.content}`)).toEqual([
      "A indicator text",
      "B unit text",
      "C checkpointTarget numbers",
      "D actual text",
      "E ignore text",
      "F leadUnit text",
    ]);
    expect(detection.columns.map(implausibleRole)).toEqual([
      null,
      null,
      null,
      "textAsFigures",
      null,
      null,
    ]);
  });
});

describe("implausibleRole", () => {
  it.each([
    ["leadUnit", "numbers", "numbersAsNames"],
    ["units", "numbers", "numbersAsNames"],
    ["cooperatingUnits", "numbers", "numbersAsNames"],
    ["leader", "numbers", "numbersAsNames"],
    ["person", "numbers", "numbersAsNames"],
    ["indicator", "numbers", "numbersAsNames"],
    ["target", "text", "textAsFigures"],
    ["actual", "text", "textAsFigures"],
    ["checkpointTarget", "text", "textAsFigures"],
    ["lastYear", "text", "textAsFigures"],
    ["leadUnit", "text", null],
    ["leadUnit", "empty", null],
    ["target", "numbers", null],
    ["actual", "empty", null],
    ["ignore", "numbers", null],
    ["ignore", "text", null],
    ["unit", "numbers", null],
  ] as const)("%s over %s → %s", (role, content, expected) => {
    expect(implausibleRole(column("B", role, content))).toBe(expected);
  });
});

describe("columnChanges", () => {
  it("names the other columns whose role or month changed, in column order", () => {
    const before = [
      column("A", "ignore", "numbers"),
      column("B", "leadUnit", "text"),
      { ...column("C", "actual", "numbers"), month: 6 },
      column("D", "person", "text"),
    ];
    const after = [
      column("A", "leadUnit", "numbers"),
      column("B", "ignore", "text"),
      { ...column("C", "actual", "numbers"), month: 7 },
      column("D", "person", "text"),
    ];
    expect(columnChanges(before, after, 0)).toEqual([
      {
        column: 1,
        letter: "B",
        header: "HB",
        before: { role: "leadUnit" },
        after: { role: "ignore" },
      },
      {
        column: 2,
        letter: "C",
        header: "HC",
        before: { role: "actual", month: 6 },
        after: { role: "actual", month: 7 },
      },
    ]);
  });

  it("takes a column missing from one list as not used there", () => {
    expect(columnChanges([column("E", "target", "numbers")], [], 0)).toEqual([
      {
        column: 4,
        letter: "E",
        header: "HE",
        before: { role: "target" },
        after: { role: "ignore" },
      },
    ]);
    expect(columnChanges([column("E", "target", "numbers")], [], 4)).toEqual([]);
  });
});

describe("correcting a column", () => {
  it("says which other column lost its role: 责任人 as 牵头单位 takes it from 责任单位", async () => {
    const port = new MemoryPort(seedWorkbook());
    const after = await correctColumnRole(port, await detectTable(port), {
      column: 9,
      role: "leadUnit",
    });
    expect(after.effect).toEqual({
      correction: { column: 9, role: "leadUnit" },
      changes: [
        {
          column: 8,
          letter: "I",
          header: "责任单位",
          before: { role: "leadUnit" },
          after: { role: "ignore" },
        },
      ],
    });
    expect((await detectTable(port)).effect).toBeNull();

    renderCard(after, true);
    const list = screen.getByLabelText("因您将J列设为“牵头单位”，以下列的含义随之改变：");
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((item) => item.textContent)
    ).toEqual(["I列（责任单位）：牵头单位 → （不使用）"]);
  });

  it("moves a once-only role: 序号 as 监管部门 takes it from the 监管部门 column", async () => {
    const port = new MemoryPort(seedWorkbook());
    const after = await correctColumnRole(port, await detectTable(port), {
      column: 0,
      role: "supervisor",
    });
    expect(after.effect?.changes).toEqual([
      {
        column: 4,
        letter: "E",
        header: "监管部门",
        before: { role: "supervisor" },
        after: { role: "ignore" },
      },
    ]);
  });

  it("says so when no other column changed", async () => {
    const port = new MemoryPort(seedWorkbook());
    const after = await correctColumnRole(port, await detectTable(port), {
      column: 4,
      role: "ignore",
    });
    expect(after.effect).toEqual({ correction: { column: 4, role: "ignore" }, changes: [] });
    renderCard(after, true);
    expect(screen.getByText("已将E列设为“（不使用）”，其他列的含义未变。")).toBeTruthy();
  });

  it("warns when a column of numbers is made 牵头单位, and a column of names 考核任务", async () => {
    const port = new MemoryPort(seedWorkbook());
    const numbersAsUnit = await correctColumnRole(port, await detectTable(port), {
      column: 6,
      role: "leadUnit",
    });
    expect(numbersAsUnit.effect?.changes.map((change) => change.letter)).toEqual(["I"]);
    const namesAsTarget = await correctColumnRole(port, numbersAsUnit, {
      column: 8,
      role: "target",
    });
    renderCard(namesAsTarget, true);
    const doubts = screen.getByLabelText("请核对列的含义");
    expect(
      within(doubts)
        .getAllByRole("listitem")
        .map((item) => item.textContent)
    ).toEqual([
      "G列（考核任务）设为“牵头单位”，但该列多为数字，不像单位或人员名称。",
      "I列（责任单位）设为“考核任务（目标）”，但该列多为文字，不像目标或完成数。",
    ]);
  });

  it("shows no warning for the table as the reader understood it", async () => {
    renderCard(await detectTable(new MemoryPort(seedWorkbook())));
    expect(screen.queryByLabelText("请核对列的含义")).toBeNull();
    expect(screen.queryByText("恢复自动识别")).toBeNull();
  });
});

describe("恢复自动识别", () => {
  it("drops the saved corrections and reads the header again, cells untouched", async () => {
    const port = new MemoryPort(seedWorkbook());
    const corrected = await correctColumnRole(port, await detectTable(port), {
      column: 9,
      role: "leadUnit",
    });
    expect(corrected.table?.indicators[0].leadUnit).toBe("张正银");
    const cells = JSON.stringify(port.sheets);
    const before = port.calls.length;
    const restored = await restoreAutomatic(port);
    expect(port.calls.slice(before)).toEqual(["saveSetting", "readWorkbook"]);
    expect(port.settings.get(savedTableKey)).toBe("null");
    expect(restored.saved).toBeNull();
    expect(restored.table?.indicators[0].leadUnit).toBe("县财政局");
    expect(restored.columns.map((item) => `${item.letter} ${item.role}`).slice(7)).toEqual([
      "H leader",
      "I leadUnit",
      "J person",
    ]);
    expect(JSON.stringify(port.sheets)).toBe(cells);
    expect((await detectTable(port)).saved).toBeNull();
  });

  it("is offered in the pane once a correction is saved, and gives the automatic roles back", async () => {
    const port = new MemoryPort(seedWorkbook());
    port.settings.set(
      savedTableKey,
      JSON.stringify({ sheet: "分解表", columns: [{ column: 8, role: "ignore" }] })
    );
    await paneWithTable(port);
    expect(screen.getByLabelText("第I列（责任单位）的含义").textContent).toBe("（不使用）");
    fireEvent.click(button("恢复自动识别"));
    await waitFor(() =>
      expect(screen.getByLabelText("第I列（责任单位）的含义").textContent).toBe("牵头单位")
    );
    expect(screen.queryByText("恢复自动识别")).toBeNull();
    expect(port.settings.get(savedTableKey)).toBe("null");
  });
});
