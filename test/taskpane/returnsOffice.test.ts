import { GridSheet } from "../../src/engine/kernel/grid";
import { buildMonthlySummary } from "../../src/engine/summary/buildMonthlySummary";
import {
  applyCollect,
  deliverForm,
  PickedReturn,
  prepareForms,
  previewCollect,
} from "../../src/taskpane/returnsCase";
import { FakeExcel } from "../excel/fake";
import { addGrid } from "../excel/ledgerFixtures";
import { adapterOn, syncsOf } from "../excel/officeFixtures";
import { actualsOf, zhenbaSheets } from "../engine/returns/returnsFixture";
import { FILLED, filledReturn, ledgerBeforeAugust } from "./returnsFixture";

describe("the pane's returns through the Office.js adapter (Excel fake)", () => {
  let original: GridSheet[];

  beforeAll(async () => {
    original = await zhenbaSheets();
  });

  it("opens each form as a new workbook, then collects the returns into the open ledger", async () => {
    const fake = new FakeExcel({ sheets: [] });
    for (const grid of ledgerBeforeAugust(original)) {
      addGrid(fake, grid);
    }
    const workbook = adapterOn(fake);
    const prepared = await prepareForms(workbook, { month: 8 });
    const picked: PickedReturn[] = [];
    for (const form of prepared.forms.filter((item) => item.unit in FILLED)) {
      expect(await deliverForm(workbook, form)).toBe("opened");
      const opened = fake.newWorkbooks.opened[fake.newWorkbooks.opened.length - 1];
      picked.push(await filledReturn(form, opened, original));
    }
    expect(fake.newWorkbooks.opened).toHaveLength(9);

    const preview = await previewCollect(workbook, picked, { month: 8 });
    expect(preview.result.figures).toHaveLength(26);
    const before = fake.valuesOf("月度完成", "E7:E7");
    expect(await syncsOf(fake, () => applyCollect(workbook, preview))).toBe(2);
    expect(fake.valuesOf("月度完成", "E11:E11")).toEqual([[9.31]]);
    expect(fake.valuesOf("月度完成", "E7:E7")).toEqual(before); // the conflict left as it was
    // Arrival dates are date cells: Excel serials with a date format.
    expect(fake.valuesOf("报送登记", "A29:C29")).toEqual([["县经合局", 8, 42631]]);

    const read = await workbook.readWorkbook();
    expect(actualsOf(read.grids, 8)).toEqual(actualsOf(original, 8));
    expect(buildMonthlySummary(read.grids, { month: 8 }).late).toEqual([
      { unit: "县经合局", month: 8, dueDate: "2016-09-15", reportedOn: "2016-09-18", daysLate: 3 },
    ]);
  });

  it("writes nothing when the clerk typed into a planned cell meanwhile", async () => {
    const fake = new FakeExcel({ sheets: [] });
    for (const grid of ledgerBeforeAugust(original)) {
      addGrid(fake, grid);
    }
    const workbook = adapterOn(fake);
    const prepared = await prepareForms(workbook, { month: 8 });
    const form = prepared.forms.find((item) => item.unit === "县经合局")!;
    await deliverForm(workbook, form);
    const picked = await filledReturn(form, fake.newWorkbooks.opened[0], original);
    const preview = await previewCollect(workbook, [picked], { month: 8 });
    fake.sheet("月度完成").ensureCell(10, 4).value = 9.5; // E11, typed by the clerk
    const snapshot = fake.snapshot();
    await expect(applyCollect(workbook, preview)).rejects.toMatchObject({
      key: "returnLedgerChanged",
    });
    expect(fake.snapshot()).toEqual(snapshot);
  });
});
