import { GridSheet } from "../../../src/engine/kernel/grid";
import { registerPlan } from "../../../src/engine/returns/registerPlan";

const register = (values: GridSheet["values"], merges: GridSheet["merges"] = []): GridSheet => ({
  name: "2016年报送登记",
  values,
  merges,
});

const rows = (plan: ReturnType<typeof registerPlan>): string[] =>
  plan.register.entries.map((entry) =>
    entry.cells.map((cell) => `${cell.cell}=${cell.value}${cell.date ? "(date)" : ""}`).join(" ")
  );

describe("registerPlan", () => {
  it("appends below the last used row, in the header's columns, earliest arrival first", () => {
    const sheet = register([
      ["报送情况登记", null, null, null],
      ["序号", "报送日期", "单位", "所属月份"],
      [1, "2016-08-10", "县财政局", "2016年7月"],
      ["注：以收到邮件日期为准", null, null, null],
    ]);
    const plan = registerPlan(
      sheet,
      [
        { unit: "县统计局", arrivedOn: "2016-09-12", arrivedFrom: "form", source: "a.xlsx" },
        { unit: "县财政局", arrivedOn: "2016-09-09", arrivedFrom: "file", source: "b.xlsx" },
        { unit: "县统计局", arrivedOn: "2016-09-10", arrivedFrom: "form", source: "c.xlsx" },
      ],
      8,
      2016
    );
    expect(plan.diagnostics).toEqual([]);
    expect(plan.register.create).toBe(false);
    expect(rows(plan)).toEqual([
      "C5=县财政局 D5=8 B5=2016-09-09(date)",
      "C6=县统计局 D6=8 B6=2016-09-10(date)",
    ]);
    expect(plan.register.entries.map((entry) => entry.source)).toEqual(["b.xlsx", "c.xlsx"]);
  });

  it("starts below a merged area that reaches further down than the values", () => {
    const sheet = register(
      [
        ["单位", "月份", "报送日期"],
        ["县财政局", 7, "2016-08-10"],
      ],
      [{ top: 1, left: 0, bottom: 3, right: 0 }]
    );
    const plan = registerPlan(
      sheet,
      [{ unit: "县环保局", arrivedOn: "2016-09-01", arrivedFrom: "form", source: "" }],
      8,
      null
    );
    expect(rows(plan)).toEqual(["A5=县环保局 B5=8 C5=2016-09-01(date)"]);
  });

  it("keeps the first date of a unit the register lists for the month (traditional characters)", () => {
    const sheet = register([
      ["單位", "月份", "報送日期"],
      ["縣財政局", 8, "2016-09-05"],
      ["县统计局", 7, "2016-08-05"],
    ]);
    const plan = registerPlan(
      sheet,
      [
        { unit: "县财政局", arrivedOn: "2016-09-01", arrivedFrom: "form", source: "" },
        { unit: "县统计局", arrivedOn: "2016-09-02", arrivedFrom: "form", source: "" },
      ],
      8,
      2016
    );
    expect(plan.register.before).toEqual([
      { unit: "縣財政局", month: 8, reportedOn: "2016-09-05" },
    ]);
    expect(rows(plan)).toEqual(["A4=县统计局 B4=8 C4=2016-09-02(date)"]);
  });

  it("plans a new sheet, with or without a year", () => {
    const arrivals = [
      { unit: "县财政局", arrivedOn: "2016-09-01", arrivedFrom: "form" as const, source: "" },
    ];
    const withYear = registerPlan(undefined, arrivals, 8, 2016);
    expect(withYear.register.create).toBe(true);
    expect(withYear.register.headerCells.map((cell) => `${cell.cell}=${cell.value}`)).toEqual([
      "A1=2016年市考指标数据报送登记",
      "A2=单位",
      "B2=月份",
      "C2=报送日期",
    ]);
    expect(rows(withYear)).toEqual(["A3=县财政局 B3=8 C3=2016-09-01(date)"]);
    expect(registerPlan(undefined, arrivals, 8, null).register.headerCells[0].value).toBe(
      "市考指标数据报送登记"
    );
  });
});
