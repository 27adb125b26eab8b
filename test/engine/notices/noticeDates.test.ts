import { addDays } from "../../../src/engine/notices/addDays";
import { chineseDate } from "../../../src/engine/notices/chineseDate";
import { noticeDates } from "../../../src/engine/notices/noticeDates";

describe("noticeDates", () => {
  it.each([
    [8, 12, 2016, 15, {}, ["县考核办", "2016-09-15", "2016-09-22"]],
    [12, 12, 2016, 15, {}, ["县考核办", "2017-01-15", "2017-01-22"]],
    [3, 4, 2018, 10, {}, ["县考核办", "2018-04-10", "2018-04-17"]],
    [7, 12, null, 31, {}, ["县考核办", "--08-28", "--09-04"]],
    [
      7,
      12,
      2016,
      15,
      { issuer: "  ", replyBy: "2016-08-31" },
      ["县考核办", "2016-08-15", "2016-08-31"],
    ],
  ])(
    "month %p of %p in %p, due day %p, settings %p",
    (month, periods, year, dueDay, settings, expected) => {
      const dates = noticeDates({ month, periods, year, dueDay }, settings);
      expect([dates.issuer, dates.issuedOn, dates.replyBy]).toEqual(expected);
    }
  );
});

describe("addDays", () => {
  it.each([
    ["2016-08-15", 7, "2016-08-22"],
    ["2016-12-28", 7, "2017-01-04"],
    ["2016-02-25", 5, "2016-03-01"],
    ["2015-02-25", 5, "2015-03-02"],
    ["--08-28", 7, "--09-04"],
    ["8月15日", 7, "8月15日"],
    ["2016-08-15", 1.5, "2016-08-15"],
  ])("%p + %p days = %p", (iso, days, expected) => {
    expect(addDays(iso, days)).toBe(expected);
  });
});

describe("chineseDate", () => {
  it.each([
    ["2016-09-15", "2016年9月15日"],
    ["--09-05", "9月5日"],
    ["下月初", "下月初"],
  ])("%p → %p", (iso, expected) => {
    expect(chineseDate(iso)).toBe(expected);
  });
});
