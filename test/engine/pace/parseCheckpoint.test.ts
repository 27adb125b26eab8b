import fc from "fast-check";
import { AssessError } from "../../../src/engine/kernel/errors";
import { parseCheckpoint } from "../../../src/engine/pace/parseCheckpoint";

describe("parseCheckpoint", () => {
  it.each([
    // quarters and halves
    ["一季度", 3],
    ["1季度", 3],
    ["第一季度", 3],
    ["一季度末", 3],
    ["Q1", 3],
    ["q1", 3],
    ["上半年", 6],
    ["半年", 6],
    ["上半年度", 6],
    ["上半年末", 6],
    ["二季度", 6],
    ["前两季度", 6],
    ["前兩季度", 6],
    ["前2个季度", 6],
    ["H1", 6],
    ["前三季度", 9],
    ["三季度", 9],
    ["三季度末", 9],
    ["1-3季度", 9],
    ["一季度至三季度", 9],
    ["Q1-Q3", 9],
    ["全年", 12],
    ["年度", 12],
    ["全年度", 12],
    ["年底", 12],
    ["年末", 12],
    ["年終", 12],
    ["四季度", 12],
    ["「年度」", 12],
    ["“全年”", 12],
    ["2016年", 12],
    ["本年度", 12],
    ["全年目标", 12],
    // months (seed 000's table and its variants)
    ["1-7月", 7],
    ["1—7月", 7],
    ["1–7月", 7],
    ["1～7月", 7],
    ["1~7月", 7],
    ["１－７月", 7],
    ["1至7月", 7],
    ["1月至7月", 7],
    ["1月—7月", 7],
    ["1 - 7 月", 7],
    ["7月", 7],
    ["７月", 7],
    ["7月份", 7],
    ["7月累计", 7],
    ["1-7月累計", 7],
    ["7月底", 7],
    ["7月末", 7],
    ["截至7月", 7],
    ["截止7月底", 7],
    ["截至7月份累计", 7],
    ["七月", 7],
    ["1-七月", 7],
    ["前7个月", 7],
    ["前七個月", 7],
    ["2016年1-7月", 7],
    ["7", 7],
    [" 07 ", 7],
    ["1-7", 7],
    ["1-8月", 8],
    ["1—8月", 8],
    ["1-9月", 9],
    ["1-10月", 10],
    ["十月", 10],
    ["1-11月", 11],
    ["十一月", 11],
    ["1-12月", 12],
    ["1-十二月", 12],
    ["十二月", 12],
    ["元月", 1],
    ["1月", 1],
    ["一月", 1],
  ])("%j → month %d", (text, month) => {
    expect(parseCheckpoint(text)).toBe(month);
  });

  it.each([[1], [7], [12]])("takes the plain number %d as the month", (month) => {
    expect(parseCheckpoint(month)).toBe(month);
  });

  it.each([
    // [text, periods, month]: quarter words scale with the period count, month words stay months
    ["全年", 4, 4],
    ["一季度", 4, 1],
    ["上半年", 4, 2],
    ["前三季度", 4, 3],
    ["一季度", 24, 6],
    ["上半年", 24, 12],
    ["全年", 24, 24],
    ["1-7月", 24, 7],
    ["1-12月", 24, 12],
    ["2", 4, 2],
  ])("%j with %d periods → %d", (text, periods, month) => {
    expect(parseCheckpoint(text, periods)).toBe(month);
  });

  it.each([
    ["下半年"],
    ["2-7月"],
    ["6-12月"],
    ["五季度"],
    ["2-3季度"],
    ["十十月"],
    ["一二月"],
    ["foo"],
    [""],
    ["   "],
    ["月"],
    ["季度"],
    ["截至"],
    ["7.5月"],
    ["第二产业增加值"],
  ])("rejects %j as value/unknownCheckpoint", (text) => {
    expect(() => parseCheckpoint(text)).toThrow(
      expect.objectContaining({ kind: "value", key: "unknownCheckpoint", params: { text } })
    );
  });

  it.each([
    ["13月", 13, 12],
    ["1-13月", 13, 12],
    ["0月", 0, 12],
    ["1-7月", 7, 4],
    [13, 13, 12],
    [0, 0, 12],
    [7.5, 7.5, 12],
  ])("rejects %j as number/monthOutOfRange", (text, month, periods) => {
    expect(() => parseCheckpoint(text, periods)).toThrow(
      expect.objectContaining({
        kind: "number",
        key: "monthOutOfRange",
        params: { month, periods },
      })
    );
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY]])(
    "rejects the number %d as unknownCheckpoint",
    (value) => {
      expect(() => parseCheckpoint(value)).toThrow(
        expect.objectContaining({ kind: "value", key: "unknownCheckpoint" })
      );
    }
  );

  it.each([
    ["一季度", 6],
    ["上半年", 5],
    ["前三季度", 10],
  ])("rejects %j with %d periods as checkpointNotWhole", (text, periods) => {
    expect(() => parseCheckpoint(text, periods)).toThrow(
      expect.objectContaining({
        kind: "number",
        key: "checkpointNotWhole",
        params: { text, periods },
      })
    );
  });

  it.each([[0], [-1], [12.5]])("rejects %d periods as periodsInvalid", (periods) => {
    expect(() => parseCheckpoint("全年", periods)).toThrow(
      expect.objectContaining({ kind: "number", key: "periodsInvalid" })
    );
  });

  it("reads every checkpoint of seed 000's decomposition table", () => {
    const words = [
      "上半年",
      "前三季度",
      "全年",
      "1-7月",
      "1-8月",
      "1-9月",
      "1-10月",
      "1-11月",
      "1-12月",
    ];
    expect(words.map((word) => parseCheckpoint(word))).toEqual([6, 9, 12, 7, 8, 9, 10, 11, 12]);
  });

  const chineseMonths = [
    "一",
    "二",
    "三",
    "四",
    "五",
    "六",
    "七",
    "八",
    "九",
    "十",
    "十一",
    "十二",
  ];
  const dashes = ["-", "—", "–", "－", "―", "─", "~", "～", "〜", "至", "到", "——", " - "];

  it("reads every month in every spelling", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom(...dashes),
        fc.boolean(),
        fc.constantFrom("", "份", "底", "末", "累计", "累計"),
        fc.constantFrom("", "截至", "截止", "2016年"),
        (month, dash, chinese, suffix, prefix) => {
          const number = chinese ? chineseMonths[month - 1] : String(month);
          expect(parseCheckpoint(`${prefix}1${dash}${number}月${suffix}`)).toBe(month);
          expect(parseCheckpoint(`${prefix}${number}月${suffix}`)).toBe(month);
        }
      )
    );
  });

  const checkpointish = fc.string({
    unit: fc.constantFrom(
      ..."0123456789一二三四五六七八九十两〇月季度年上半前全第至到截止底末份累计-—～~ QqHh「」（）１７－",
      "十二"
    ),
    maxLength: 12,
  });

  it("throws nothing but AssessError, and returns only months in 1…periods", () => {
    fc.assert(
      fc.property(
        fc.oneof(checkpointish, fc.string(), fc.string({ unit: "binary" })),
        fc.integer({ min: 1, max: 24 }),
        (text, periods) => {
          try {
            const month = parseCheckpoint(text, periods);
            expect(Number.isInteger(month)).toBe(true);
            expect(month).toBeGreaterThanOrEqual(1);
            expect(month).toBeLessThanOrEqual(periods);
          } catch (error) {
            expect(error).toBeInstanceOf(AssessError);
          }
        }
      ),
      { numRuns: 2000 }
    );
  });
});
