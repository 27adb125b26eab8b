/**
 * Round trips of the pane's real paths, counted as Office.js counts them (a sync with nothing
 * queued is none, see fake/hostLimits.ts), on the benchmarks' ledgers, with every request and
 * every response under Excel on the web's 5 MB.
 */
import {
  clearMarks,
  detectTable,
  generateSummary,
  markLagging,
  readSummary,
} from "../../src/taskpane/useCases";
import { FakeExcel } from "./fake";
import { ledgerSheetName, ledgerWorkbook } from "./ledgerFixtures";
import { adapterOn, fiveMegabytes } from "./officeFixtures";

/** Syncs of one path and the largest request and response they made. */
async function counted(
  fake: FakeExcel,
  action: () => Promise<unknown>
): Promise<{ syncs: number; request: number; response: number }> {
  const before = fake.syncs.length;
  await action();
  const made = fake.syncs.slice(before);
  return {
    syncs: made.length,
    request: Math.max(0, ...made.map((sync) => sync.bytes)),
    response: Math.max(0, ...made.map((sync) => sync.responseBytes)),
  };
}

describe("round trips of the pane's paths", () => {
  // [indicators, pane open, click: read + write, mark: read + write, clear: read + write]. A
  // read is 1 sync plus one per further 4 MB of response (the ledgers' tables take 43 KB, 2.1 MB
  // and 8.5 MB); the first read of a workbook takes 1 more, for its sheets' names. A write is one
  // sync per 4 MB of estimated request, a sheet's rows not split across two: the summary of 5,000
  // indicators is estimated at 5.2 MB (writes of 2.5, 2.5 and 0.2 MB, the 预警通知 sheet among
  // them: the warnings again, grouped into one notice per unit), of 20,000 at 19.1 MB.
  it.each([
    [100, 2, [1, 1], [1, 1], [1, 1]],
    [5000, 2, [1, 3], [1, 1], [1, 1]],
    // 20,000 bulletin rows with 当月完成, 较上月, 增减%, 上年同期, 绝对量欠账, and the notices: 8 writes
    [20000, 4, [3, 8], [3, 1], [1, 1]],
  ])(
    "%i indicators: pane open %i syncs; click, mark and clear one read and one write (+1 per 4 MB)",
    async (indicators, open, click, mark, clear) => {
      const { fake } = ledgerWorkbook(indicators);
      const workbook = adapterOn(fake);
      const settings = { month: 7, sheet: ledgerSheetName };

      let detection = await detectTable(workbook);
      expect(
        (await counted(fake, async () => (detection = await detectTable(adapterOn(fake))))).syncs
      ).toBe(open);
      expect(detection.table?.indicators).toHaveLength(indicators);

      const before = fake.syncs.length;
      const generated = await counted(fake, () =>
        generateSummary(workbook, settings, { saved: detection.saved })
      );
      const writes = fake.syncs.slice(before).filter((sync) => sync.calculationSuspended).length;
      expect([generated.syncs - writes, writes]).toEqual(click);

      const marked = await counted(fake, async () => {
        const { summary, read } = await readSummary(workbook, settings, {
          saved: detection.saved,
          marks: true,
        });
        await markLagging(workbook, summary, detection.table!, read);
      });
      expect(marked.syncs).toBe(mark[0] + mark[1]);

      const cleared = await counted(fake, () => clearMarks(workbook));
      expect(cleared.syncs).toBe(clear[0] + clear[1]);

      for (const path of [generated, marked, cleared]) {
        expect(path.request).toBeLessThan(fiveMegabytes);
        expect(path.response).toBeLessThan(fiveMegabytes);
      }
    },
    240000
  );
});
