import fc from "fast-check";
import { excelSerialDate, maxDateSerial } from "../../../src/engine/kernel/excelSerialDate";

const day = (year: number, month: number, date: number) => ({
  year,
  month,
  day: date,
  hour: 0,
  minute: 0,
  second: 0,
  millisecond: 0,
});

describe("excelSerialDate", () => {
  it.each([
    [1, day(1900, 1, 1)],
    [59, day(1900, 2, 28)],
    [60, day(1900, 2, 29)],
    [61, day(1900, 3, 1)],
    [0, day(1900, 1, 0)],
    [25569, day(1970, 1, 1)],
    [42582, day(2016, 7, 31)],
    [42598, day(2016, 8, 16)],
    [maxDateSerial, day(9999, 12, 31)],
  ])("serial %s is the day Excel shows", (serial, expected) => {
    expect(excelSerialDate(serial)).toEqual(expected);
  });

  it.each([
    [42566.5, { hour: 12, minute: 0, second: 0, millisecond: 0 }],
    [42566.35416666667, { hour: 8, minute: 30, second: 0, millisecond: 0 }],
    [42566 + 1 / 86400 / 2, { hour: 0, minute: 0, second: 0, millisecond: 500 }],
    [60.75, { hour: 18, minute: 0, second: 0, millisecond: 0 }],
  ])("serial %s carries its time of day, to the millisecond", (serial, time) => {
    expect(excelSerialDate(serial)).toMatchObject(time);
  });

  it("rounds a time a hair before midnight into the next day", () => {
    expect(excelSerialDate(42566.999999999)).toEqual(day(2016, 7, 16));
    expect(excelSerialDate(59.999999999)).toEqual(day(1900, 2, 29));
  });

  it.each([[-1], [-0.5], [maxDateSerial + 1], [3e6], [Number.NaN], [Infinity], [-Infinity]])(
    "serial %s has no date Excel can show",
    (serial) => {
      expect(excelSerialDate(serial)).toBeNull();
    }
  );

  it("counts one day a serial after 1900-03-01, as a plain day count from 1899-12-30 does", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: maxDateSerial }), (serial) => {
        const date = excelSerialDate(serial)!;
        const plain = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
        expect([date.year, date.month, date.day]).toEqual([
          plain.getUTCFullYear(),
          plain.getUTCMonth() + 1,
          plain.getUTCDate(),
        ]);
      })
    );
  });
});
