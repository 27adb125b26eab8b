import fc from "fast-check";
import { dec } from "../../../src/engine/kernel/decimal";
import { statusOf } from "../../../src/engine/status/statusOf";

describe("statusOf", () => {
  it.each([
    [null, 0.05, "not_reported"],
    [0, 0.05, "on_pace"],
    ["-0", 0.05, "on_pace"],
    [0.02, 0.05, "on_pace"],
    [-0.01, 0.05, "lagging"],
    ["-0.0499999", 0.05, "lagging"],
    [-0.05, 0.05, "serious"],
    ["-0.0500001", 0.05, "serious"],
    [-0.051471, 0.05, "serious"], // 地方财政收入 July at 7000
    [-0.06, 0.1, "lagging"],
    [-0.1, 0.1, "serious"],
    [-0.0001, 0, "serious"],
    [0, 0, "on_pace"],
    [null, 0, "not_reported"],
  ])("gap %s with band %s is %s", (gap, band, expected) => {
    expect(statusOf(gap, band)).toBe(expected);
  });

  it("is exact at the band: 0.1 + 0.2 − 0.35 = −0.05 is serious, in decimals", () => {
    expect(statusOf(dec("0.1").plus("0.2").minus("0.35"))).toBe("serious");
    expect(statusOf("-0.05", "0.05")).toBe("serious");
  });

  it("defaults to a 5-point band", () => {
    expect(statusOf(-0.049)).toBe("lagging");
    expect(statusOf(-0.05)).toBe("serious");
  });

  it.each([[-0.01], ["-1"], [Number.NaN], [Number.NEGATIVE_INFINITY]])(
    "rejects band %s as invalidOption",
    (band) => {
      expect(() => statusOf(-0.01, band)).toThrow(
        expect.objectContaining({ kind: "value", key: "invalidOption" })
      );
      expect(() => statusOf(null, band)).toThrow(
        expect.objectContaining({ kind: "value", key: "invalidOption" })
      );
    }
  );

  it("answers each call by its own band when bands alternate (nothing is remembered between calls)", () => {
    const calls: [number, number | string, string][] = [
      [-0.03, 0.05, "lagging"],
      [-0.03, 0.02, "serious"],
      [-0.03, 0.05, "lagging"],
      [-0.03, "0.02", "serious"],
      [-0.03, "0.05", "lagging"],
      [-0.05, 0.05, "serious"],
    ];
    expect(calls.map(([gap, band]) => statusOf(gap, band))).toEqual(
      calls.map(([, , expected]) => expected)
    );
    expect(statusOf(-0.03, 0.05)).toBe("lagging");
    expect(() => statusOf(-0.03, -0.05)).toThrow(
      expect.objectContaining({ kind: "value", key: "invalidOption" })
    );
    expect(statusOf(-0.03, 0.05)).toBe("lagging");
  });

  it("rejects a NaN gap", () => {
    expect(() => statusOf(Number.NaN)).toThrow(
      expect.objectContaining({ kind: "value", key: "notANumber" })
    );
  });

  it("agrees with the sign of the gap and the band", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000, max: 10_000 }),
        fc.integer({ min: 0, max: 2_000 }),
        (gapTenThousandths, bandTenThousandths) => {
          const gap = `${gapTenThousandths}e-4`;
          const band = `${bandTenThousandths}e-4`;
          const status = statusOf(gap, band);
          if (gapTenThousandths >= 0) expect(status).toBe("on_pace");
          else if (gapTenThousandths > -bandTenThousandths) expect(status).toBe("lagging");
          else expect(status).toBe("serious");
        }
      )
    );
  });
});
