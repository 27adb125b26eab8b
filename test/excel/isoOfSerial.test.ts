import { isoOfSerial } from "../../src/excel/isoOfSerial";

describe("isoOfSerial", () => {
  it.each([
    [42582, "2016-07-31"],
    [42566.5, "2016-07-15T12:00:00"],
    [1, "1900-01-01"],
    [61, "1900-03-01"],
    [Number.NaN, "#VALUE!"],
  ])("serial %s is %s", (serial, iso) => {
    expect(isoOfSerial(serial)).toBe(iso);
  });

  it.each([
    [59, "1900-02-28"],
    [60, "1900-02-29"],
    [0, "1900-01-00"],
    [42566.35416666667, "2016-07-15T08:30:00"],
    [42566.99999999, "2016-07-16"],
    [2958465, "9999-12-31"],
    [2958466, "#VALUE!"],
    [-1, "#VALUE!"],
  ])("serial %s is %s, as Excel numbers its days (see excelSerialDate)", (serial, iso) => {
    expect(isoOfSerial(serial)).toBe(iso);
  });
});
