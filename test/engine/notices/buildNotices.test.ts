import fc from "fast-check";
import { dec } from "../../../src/engine/kernel/decimal";
import { buildNotices, NoticesInput } from "../../../src/engine/notices/buildNotices";
import { WarningNotice } from "../../../src/engine/summary/summaryTypes";

/** A warning of one indicator led by `leadUnit`. */
function warning(
  indicator: string,
  leadUnit: string,
  kind: WarningNotice["kind"],
  extra: Partial<WarningNotice> = {}
): WarningNotice {
  return {
    kind,
    indicator,
    measure: "绝对量",
    measureUnit: "万元",
    leadUnit,
    cooperatingUnits: [],
    leader: "魏巍",
    person: "刘明江",
    target: 13600,
    paceTarget: 8600,
    actual: 8235,
    paceGap: -0.0268,
    arrears: 365,
    remainingMonthly: 1341.25,
    month: 8,
    reason: "截至8月累计完成8235万元",
    ...extra,
  };
}

const input = (warnings: WarningNotice[], year: number | null = 2016): NoticesInput => ({
  warnings,
  warningGaps: warnings.map((_, index) => dec("-0.07").minus(index)),
  month: 8,
  periods: 12,
  year,
  dueDay: 15,
});

describe("buildNotices", () => {
  const warnings = [
    warning("地方财政收入", "县财政局", "notice", { cooperatingUnits: ["县税务局"] }),
    warning("第二产业增加值", "县统计局", "supervision", { cooperatingUnits: ["县经贸局"] }),
    warning("专利申请量", "县科技局", "notice", { leader: "包继强", person: "冯启彬" }),
    warning("城镇居民人均可支配收入", "县统计局", "notice", {
      cooperatingUnits: ["县经贸局", "县人社局"],
      person: "张正银",
    }),
  ];
  const notices = buildNotices(input(warnings));

  it("makes one document per lead unit: 督办单 first, then 预警提示单, each kind numbered from 1", () => {
    expect(notices.map((notice) => [notice.title, notice.documentNumber, notice.leadUnit])).toEqual(
      [
        ["督办单", "〔2016〕第1号", "县统计局"],
        ["预警提示单", "〔2016〕第1号", "县财政局"],
        ["预警提示单", "〔2016〕第2号", "县科技局"],
      ]
    );
  });

  it("gives a unit a 督办单 when any of its indicators calls for one, with all its indicators", () => {
    const [statistics] = notices;
    expect(statistics.kind).toBe("supervision");
    expect(statistics.lines.map((line) => [line.indicator, line.kind])).toEqual([
      ["第二产业增加值", "supervision"],
      ["城镇居民人均可支配收入", "notice"],
    ]);
    expect([statistics.cooperatingUnits, statistics.leaders, statistics.persons]).toEqual([
      ["县经贸局", "县人社局"],
      ["魏巍"],
      ["刘明江", "张正银"],
    ]);
  });

  it("shows each gap in points exactly (the fraction × 100) and the figures as given", () => {
    const line = notices[1].lines[0];
    expect([line.paceGapPoints, line.target, line.paceTarget, line.actual, line.arrears]).toEqual([
      // −0.07 × 100 in binary floating point would be −7.000000000000001.
      -7, 13600, 8600, 8235, 365,
    ]);
    expect(line.remainingMonthly).toBe(1341.25);
  });

  it("asks for a reply by the reply date, to the issuing office, dated the 15th of the next month", () => {
    expect(notices[0].body).toBe(
      "根据2016年1—8月市考指标完成情况，你单位牵头的2项指标落后序时进度，其中1项严重滞后或连续两个月滞后，现列入督办。" +
        "请会同配合单位认真分析原因，制定整改措施，倒排工期，加快进度，确保完成全年目标任务，并于2016年9月22日前将整改落实情况书面报送县考核办。"
    );
    expect(notices[1].body).toBe(
      "根据2016年1—8月市考指标完成情况，你单位牵头的1项指标落后序时进度且有欠账，现予预警提示。" +
        "请会同配合单位分析原因，采取有效措施，尽快补齐欠账，并于2016年9月22日前将整改落实情况书面报送县考核办。"
    );
    expect([notices[0].issuer, notices[0].issuedOn, notices[0].replyBy]).toEqual([
      "县考核办",
      "2016-09-15",
      "2016-09-22",
    ]);
  });

  it.each([
    [
      { numberPrefix: "镇考核办〔2016〕", firstNumber: 12 },
      "镇考核办〔2016〕第12号",
      "镇考核办〔2016〕第13号",
    ],
    [{ numberPrefix: "" }, "第1号", "第2号"],
    [{ firstNumber: 0 }, "〔2016〕第1号", "〔2016〕第2号"],
  ])("numbers with the settings %p", (settings, first, second) => {
    const numbered = buildNotices(input(warnings), settings).filter(
      (notice) => notice.kind === "notice"
    );
    expect(numbered.map((notice) => notice.documentNumber)).toEqual([first, second]);
  });

  it("takes the office, issuing and reply dates from the settings", () => {
    const [notice] = buildNotices(input(warnings), {
      issuer: "镇巴县目标责任考核领导小组办公室",
      issuedOn: "2016-09-10",
      replyDays: 5,
    });
    expect([notice.issuer, notice.issuedOn, notice.replyBy]).toEqual([
      "镇巴县目标责任考核领导小组办公室",
      "2016-09-10",
      "2016-09-15",
    ]);
    expect(notice.body).toContain(
      "并于2016年9月15日前将整改落实情况书面报送镇巴县目标责任考核领导小组办公室。"
    );
  });

  it("without a year: no year in the number, the period or the dates", () => {
    const [notice] = buildNotices(input(warnings, null));
    expect([notice.documentNumber, notice.issuedOn, notice.replyBy]).toEqual([
      "第1号",
      "--09-15",
      "--09-22",
    ]);
    expect(notice.body).toMatch(/^根据1—8月市考指标完成情况/);
  });

  it("addresses a warning without a lead unit to 未明确牵头单位, and makes nothing of no warnings", () => {
    expect(buildNotices(input([warning("旅游总收入", " ", "notice")]))[0].leadUnit).toBe(
      "未明确牵头单位"
    );
    expect(buildNotices(input([]))).toEqual([]);
  });

  it("gives every warning to exactly one notice, of its own lead unit", () => {
    const units = ["县统计局", "县财政局", "县科技局", "县经贸局"];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...units), fc.boolean()), { maxLength: 20 }),
        (drawn) => {
          const list = drawn.map(([unit, serious], index) =>
            warning(`指标${index}`, unit, serious ? "supervision" : "notice")
          );
          const made = buildNotices(input(list));
          expect(made.flatMap((notice) => notice.lines).length).toBe(list.length);
          expect(new Set(made.map((notice) => notice.leadUnit)).size).toBe(made.length);
          for (const notice of made) {
            expect(notice.kind === "supervision").toBe(
              notice.lines.some((line) => line.kind === "supervision")
            );
          }
        }
      )
    );
  });
});
