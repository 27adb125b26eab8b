import fc from "fast-check";
import { indicatorChecksum } from "../../../src/engine/returns/indicatorChecksum";

describe("indicatorChecksum", () => {
  // FNV-1a (32 bits) of the texts hashed, worked out apart from this code (FNV-1a("a") is the
  // published e40c292c; the texts are the count, then per item RS name US measure US unit).
  it.each([
    [[], "350ca8af"],
    [[{ name: "a", measureLabel: "b", unit: "c" }], "5a8e3826"],
    [[{ name: "地方财政收入", measureLabel: "绝对量", unit: "万元" }], "2134935e"],
  ])("hashes %j to %s", (items, expected) => {
    expect(indicatorChecksum(items)).toBe(expected);
  });

  it.each([
    ["a name", [{ name: "地方财政收入", measureLabel: "绝对量", unit: "亿元" }]],
    ["text moved between fields", [{ name: "地方财政收入绝", measureLabel: "对量", unit: "万元" }]],
    [
      "an item added",
      [
        { name: "地方财政收入", measureLabel: "绝对量", unit: "万元" },
        { name: "", measureLabel: "", unit: "" },
      ],
    ],
  ])("changes with %s", (_, items) => {
    expect(indicatorChecksum(items)).not.toBe("2134935e");
  });

  it("is 8 hex digits, the same for the same list, and depends on the order", () => {
    const item = fc.record({ name: fc.string(), measureLabel: fc.string(), unit: fc.string() });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 6 }), (items) => {
        const checksum = indicatorChecksum(items);
        expect(checksum).toMatch(/^[0-9a-f]{8}$/);
        expect(indicatorChecksum(items.map((entry) => ({ ...entry })))).toBe(checksum);
      })
    );
    const a = { name: "专利申请量", measureLabel: "绝对量", unit: "件" };
    const b = { name: "专利授权量", measureLabel: "绝对量", unit: "件" };
    expect(indicatorChecksum([a, b])).not.toBe(indicatorChecksum([b, a]));
  });
});
