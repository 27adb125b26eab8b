import fc from "fast-check";
import { boundedMemo } from "../../../src/engine/table/boundedMemo";

describe("boundedMemo", () => {
  it("computes a key once while under the limit, undefined answers included", () => {
    const calls: string[] = [];
    const memo = boundedMemo((key: string) => {
      calls.push(key);
      return key === "none" ? undefined : key.length;
    }, 10);
    expect([memo("ab"), memo("ab"), memo("none"), memo("none"), memo("abc")]).toEqual([
      2,
      2,
      undefined,
      undefined,
      3,
    ]);
    expect(calls).toEqual(["ab", "none", "abc"]);
  });

  it("keeps the first keys only, computing later ones each time", () => {
    const calls: number[] = [];
    const memo = boundedMemo((key: number) => {
      calls.push(key);
      return key * 2;
    }, 2);
    expect([1, 2, 3, 3, 1, 2].map(memo)).toEqual([2, 4, 6, 6, 2, 4]);
    expect(calls).toEqual([1, 2, 3, 3]);
  });

  it("changes no answer", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 })), fc.nat(4), (keys, limit) => {
        const memo = boundedMemo((key: number) => key * key - 1, limit);
        expect(keys.map(memo)).toEqual(keys.map((key) => key * key - 1));
      })
    );
  });
});
