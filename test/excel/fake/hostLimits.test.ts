/** The real host's limits the fake models (hostLimits.ts), each on by default and switchable. */
import { FakeExcel, FakeRequestContext, idealHost, realHost } from ".";
import { failureOf } from "./failureOf";

// These tests drive the fake's proxies directly, a host a loop turn: the office-addins rules
// about load/sync order and syncs in loops do not follow them through.
/* eslint-disable office-addins/load-object-before-read, office-addins/no-context-sync-in-loop */

/** A fake with the table's values and one limit as in `limits`. */
function host(limits: Partial<typeof realHost> = {}): FakeExcel {
  const fake = new FakeExcel({ sheets: [], limits });
  fake.addSheet("分解表", [
    ["指标", "目标"],
    ["地方财政收入", 6800],
  ]);
  return fake;
}

describe("the fake's real-host limits", () => {
  it("is the strict real host unless told otherwise", () => {
    expect(new FakeExcel().limits).toEqual(realHost);
  });

  it.each([
    [true, 1],
    [false, 3],
  ])(
    "counts a sync with nothing queued, and Excel.run's closing one, only when not free (%p)",
    async (freeEmptySyncs, syncs) => {
      const fake = host({ freeEmptySyncs });
      await fake.run(async (context: FakeRequestContext) => {
        await context.sync();
        const range = context.workbook.worksheets.getItem("分解表").getRange("A1").load("values");
        await context.sync();
        await context.sync();
        return range.values;
      });
      expect(fake.syncCount).toBe(syncs);
    }
  );

  it("fails a response over 5 MB, and gives nothing it loaded; without the limit it is read", async () => {
    const big = Array.from({ length: 40000 }, (_, row) => [
      `${"镇巴县财政局关于收入执行情况的说明".repeat(3)}${row}`,
    ]);
    for (const responseLimit of [realHost.responseLimit, idealHost.responseLimit]) {
      const fake = new FakeExcel({ sheets: [], limits: { responseLimit } });
      fake.addSheet("明细", big);
      const read = fake.run(async (context: FakeRequestContext) => {
        const range = context.workbook.worksheets.getItem("明细").getRange("A1:A40000");
        range.load("values");
        range.load("numberFormat");
        await context.sync();
        return range.values.length;
      });
      if (responseLimit === null) {
        expect(await read).toBe(40000);
      } else {
        expect((await failureOf(read)).code).toBe("ResponsePayloadSizeLimitExceeded");
        expect(fake.syncs[0].responseBytes).toBeGreaterThan(responseLimit);
      }
    }
  });

  it("fails getMergedAreasOrNullObject over 512 merged areas, not at 512 or without the limit", async () => {
    const counts: [number, number | null, string | number][] = [
      [512, 512, 512],
      [513, 512, "GeneralException"],
      [513, null, 513],
    ];
    for (const [areas, mergedAreaLimit, outcome] of counts) {
      const fake = new FakeExcel({ sheets: [], limits: { mergedAreaLimit } });
      const sheet = fake.addSheet("分解表");
      for (let row = 0; row < areas; row++) {
        sheet.merges.push({ top: row, left: 0, rows: 1, columns: 2 });
      }
      const count = fake.run(async (context: FakeRequestContext) => {
        const merged = context.workbook.worksheets
          .getItem("分解表")
          .getRange()
          .getMergedAreasOrNullObject()
          .load("areaCount");
        await context.sync();
        return merged.areaCount;
      });
      expect(typeof outcome === "number" ? await count : (await failureOf(count)).code).toBe(
        outcome
      );
    }
  });

  it.each([
    ["topLeft", true],
    ["intersecting", false],
  ] as const)(
    "gives a merged area %s of the range asked (office-js #3611): none from inside it = %p",
    async (mergedAreasReturned, none) => {
      const fake = new FakeExcel({ sheets: [], limits: { mergedAreasReturned } });
      fake.addSheet("分解表").merges.push({ top: 0, left: 0, rows: 3, columns: 1 });
      const isNull = await fake.run(async (context: FakeRequestContext) => {
        const merged = context.workbook.worksheets
          .getItem("分解表")
          .getRange("A2:B3")
          .getMergedAreasOrNullObject()
          .load("address");
        await context.sync();
        return merged.isNullObject;
      });
      expect(isNull).toBe(none);
    }
  );

  it.each([
    ["realHost", [null, null], ["#FFFFFF", "#FFFFFF"], [0, null]],
    ["exact", ["Solid", "None"], ["#FFFFFF", "#FFFFFF"], [0, 0]],
  ] as const)(
    "reads a white fill and no fill back, %s (office-js #4900, #6218)",
    async (fillReport, patterns, colours, tints) => {
      const fake = host({ fillReport });
      Object.assign(fake.sheet("分解表").ensureCell(0, 0).fill, {
        color: "#FFFFFF",
        pattern: "Solid",
      });
      const [cells, pattern] = await fake.run(async (context: FakeRequestContext) => {
        const range = context.workbook.worksheets.getItem("分解表").getRange("A1:B1");
        const properties = range.getCellProperties({
          format: { fill: { color: true, pattern: true, tintAndShade: true } },
        });
        const second = context.workbook.worksheets.getItem("分解表").getRange("B1");
        second.load("format/fill/pattern");
        await context.sync();
        return [properties.value[0], second.format.fill.pattern] as const;
      });
      const fills = (cells as { format: { fill: Record<string, unknown> } }[]).map(
        (cell) => cell.format.fill
      );
      expect(fills.map((fill) => fill.pattern)).toEqual(patterns);
      expect(fills.map((fill) => fill.color)).toEqual(colours);
      expect(fills.map((fill) => fill.tintAndShade)).toEqual(tints);
      expect(pattern).toBe(patterns[1]);
    }
  );

  it("refuses a long address list given to getRanges (office-js #5198), unless told not to", async () => {
    const address = Array.from({ length: 800 }, (_, row) => `A${row * 2 + 1}:B${row * 2 + 1}`).join(
      ", "
    );
    for (const rangeAreasAddressLimit of [realHost.rangeAreasAddressLimit, null]) {
      const fake = host({ rangeAreasAddressLimit });
      const count = fake.run(async (context: FakeRequestContext) => {
        const areas = context.workbook.worksheets.getItem("分解表").getRanges(address);
        areas.load("areaCount");
        await context.sync();
        return areas.areaCount;
      });
      if (rangeAreasAddressLimit === null) {
        expect(await count).toBe(800);
      } else {
        expect((await failureOf(count)).code).toBe("InvalidArgument");
      }
    }
  });
});

describe("the fake's conditional formats", () => {
  it("adds a custom format over the cells without changing them, lists it and deletes it", async () => {
    const fake = host();
    const sheet = fake.sheet("分解表");
    sheet.conditionalFormats.push({
      id: "{clerk}",
      type: "DataBar",
      rects: [{ top: 1, left: 1, rows: 1, columns: 1 }],
      formula: null,
      fill: null,
    });
    const cellsBefore = JSON.stringify([...sheet.cells.entries()]);
    await fake.run(async (context: FakeRequestContext) => {
      const format = context.workbook.worksheets
        .getItem("分解表")
        .getRange("A2:B2")
        .conditionalFormats.add("Custom");
      format.custom.rule.formula = '=ISTEXT("assess.mark")';
      format.custom.format.fill.color = "#FFC7CE";
      await context.sync();
    });
    expect(sheet.displayedFill(1, 0)).toBe("#FFC7CE");
    expect(JSON.stringify([...sheet.cells.entries()])).toBe(cellsBefore);

    const listed = await fake.run(async (context: FakeRequestContext) => {
      const formats = context.workbook.worksheets
        .getItem("分解表")
        .getRange()
        .conditionalFormats.load("items/id,items/type,items/customOrNullObject/rule/formula");
      await context.sync();
      const found = formats.items.map((format) => [
        format.type,
        format.customOrNullObject.isNullObject ? null : format.customOrNullObject.rule.formula,
      ]);
      formats.items[0].delete();
      await context.sync();
      return found;
    });
    expect(listed).toEqual([
      ["Custom", '=ISTEXT("assess.mark")'],
      ["DataBar", null],
    ]);
    expect(sheet.conditionalFormats.map((format) => format.id)).toEqual(["{clerk}"]);
    expect(sheet.displayedFill(1, 0)).toBeNull();
  });
});

/* eslint-enable office-addins/load-object-before-read, office-addins/no-context-sync-in-loop */
