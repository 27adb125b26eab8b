import fc from "fast-check";
import { packBatches } from "../../src/excel/packBatches";

describe("packBatches", () => {
  it.each([
    [[], 10, []],
    [[4, 4, 4], 10, [[4, 4], [4]]],
    [[10, 1], 10, [[10], [1]]],
    [[12, 1, 1], 10, [[12], [1, 1]]],
    [[3, 3, 3, 1], 10, [[3, 3, 3, 1]]],
  ])("%j within %i → %j", (sizes, budget, expected) => {
    const batches = packBatches(
      sizes.map((bytes) => ({ bytes })),
      budget
    );
    expect(batches.map((batch) => batch.map((item) => item.bytes))).toEqual(expected);
  });

  it("keeps order, loses nothing, and stays within the budget unless an item alone is larger", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 60 }),
        (sizes, budget) => {
          const items = sizes.map((bytes, index) => ({ bytes, index }));
          const batches = packBatches(items, budget);
          expect(batches.flat().map((item) => item.index)).toEqual(items.map((item) => item.index));
          for (const batch of batches) {
            const total = batch.reduce((sum, item) => sum + item.bytes, 0);
            expect(batch.length > 0 && (total <= budget || batch.length === 1)).toBe(true);
          }
          // Greedy: a batch is closed only because the next item did not fit.
          batches.slice(0, -1).forEach((batch, index) => {
            const total = batch.reduce((sum, item) => sum + item.bytes, 0);
            expect(total + batches[index + 1][0].bytes).toBeGreaterThan(budget);
          });
        }
      )
    );
  });
});
