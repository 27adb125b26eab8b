import { bandPoints } from "../../../../src/engine/summary/sheets/bandPoints";

describe("bandPoints", () => {
  it.each([
    [0.05, "5"],
    [0.1, "10"],
    [0.025, "2.5"],
    [0.07, "7"],
    [0.3, "30"],
    [0, "0"],
  ])("band %p → %s points, exactly", (band, expected) => {
    expect(bandPoints(band)).toBe(expected);
  });
});
