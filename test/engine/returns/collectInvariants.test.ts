import fc from "fast-check";
import { CellValue, GridSheet } from "../../../src/engine/kernel/grid";
import { applyCollectPlan } from "../../../src/engine/returns/applyCollectPlan";
import { collectReturns } from "../../../src/engine/returns/collectReturns";
import { readLedger } from "../../../src/engine/returns/readLedger";
import { returnForms } from "../../../src/engine/returns/returnForms";
import { traditionalLedger } from "../fixtures/ledgerGrids";
import { returned } from "./returnsFixture";

/** The ledger's August column (J) on the indicator rows the reader finds. */
const AUGUST_ROWS = [3, 4, 6, 7, 8, 9, 11];
const J = 9;

const existing = fc.oneof(
  fc.constant<CellValue>(null),
  fc.constantFrom<CellValue>(1, 2.5, 68, "待核", "1,920"),
  fc.double({ min: -1e6, max: 1e6, noNaN: true })
);
const figure = fc.oneof(fc.constant(undefined), fc.constantFrom(1, 2.5, 68, 1920), fc.integer());

/** The ledger with the given August values. */
function ledgerWith(values: readonly CellValue[]): GridSheet[] {
  const sheet = traditionalLedger();
  const rows = sheet.values.map((row) => [...row]);
  AUGUST_ROWS.forEach((row, position) => {
    rows[row][J] = values[position];
  });
  return [{ ...sheet, values: rows }];
}

describe("collectReturns invariants", () => {
  it("never changes a filled ledger cell without force, and reports every refusal", () => {
    fc.assert(
      fc.property(
        fc.array(existing, { minLength: 7, maxLength: 7 }),
        fc.array(figure, { minLength: 7, maxLength: 7 }),
        (before, reported) => {
          const sheets = ledgerWith(before);
          const table = readLedger(sheets).table!;
          const forms = returnForms(table, 8, { year: 2018 });
          const figures = new Map<string, CellValue>();
          table.indicators.forEach((record, position) => {
            if (reported[position] !== undefined) {
              figures.set(record.key, reported[position] as number);
            }
          });
          const returns = forms.map((form) => returned(form, { figures, date: "2018-09-10" }));
          const plan = collectReturns(sheets, returns, { month: 8 });
          expect(plan.figures.every((write) => write.previous === null && !write.forced)).toBe(
            true
          );
          const after = applyCollectPlan(sheets, plan)[0];
          AUGUST_ROWS.forEach((row, position) => {
            const was = before[position];
            const now = after.values[row][J];
            if (was !== null) {
              expect(now).toBe(was);
            }
          });
          const refused = plan.diagnostics.filter((found) => found.code === "return_conflict");
          const changedCells = plan.figures.length + plan.unchanged.length + refused.length;
          expect(changedCells).toBe(reported.filter((value) => value !== undefined).length);
        }
      ),
      { numRuns: 60 }
    );
  });
});
