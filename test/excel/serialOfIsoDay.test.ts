import { isoOfSerial } from "../../src/excel/isoOfSerial";
import { serialOfIsoDay } from "../../src/excel/serialOfIsoDay";

describe("serialOfIsoDay", () => {
  it("counts days as Excel does, its phantom 1900-02-29 included", () => {
    expect(serialOfIsoDay("2016-08-14")).toBe(42596);
    expect(serialOfIsoDay("1900-01-01")).toBe(1);
    expect(serialOfIsoDay("1900-02-28")).toBe(59);
    expect(serialOfIsoDay("1900-03-01")).toBe(61);
    expect(serialOfIsoDay("9999-12-31")).toBe(2958465);
  });

  it("is the inverse of isoOfSerial for every day of 1900 and around today", () => {
    for (const serial of [1, 59, 61, 366, 42596, 45000, 2958465]) {
      expect(serialOfIsoDay(isoOfSerial(serial))).toBe(serial);
    }
  });

  it("gives null for what is no real day", () => {
    for (const text of [
      "2016-02-30",
      "2016-13-01",
      "2016-8-14",
      "1899-12-31",
      "2016-08-14T08:00:00",
      "",
    ]) {
      expect(serialOfIsoDay(text)).toBeNull();
    }
  });
});
