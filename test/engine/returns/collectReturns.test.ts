import { GridSheet } from "../../../src/engine/kernel/grid";
import { applyCollectPlan } from "../../../src/engine/returns/applyCollectPlan";
import { collectChanges } from "../../../src/engine/returns/collectChanges";
import { collectReturns } from "../../../src/engine/returns/collectReturns";
import { readLedger } from "../../../src/engine/returns/readLedger";
import { ReturnForm } from "../../../src/engine/returns/returnForm";
import { returnForms } from "../../../src/engine/returns/returnForms";
import { buildMonthlySummary } from "../../../src/engine/summary/buildMonthlySummary";
import { diagnosticTexts } from "../fixtures/diagnosticText";
import { actualsOf, blanked, returned, zhenbaSheets } from "./returnsFixture";

/** 月度完成's August column below its header (E5:E31). */
const AUGUST = Array.from({ length: 27 }, (_, index) => `E${index + 5}`);

/** The day each unit filled in its form ("file": no date on the form, the file's day counts). */
const FILLED: Readonly<Record<string, string>> = {
  县统计局: "2016-09-08",
  县财政局: "2016-09-13",
  县发改局: "2016-09-12",
  县经合局: "2016-09-18", // three days after the 15th: late
  县经贸局: "2016-09-09",
  县科技局: "2016-09-10",
  县住建局: "file",
  县文广局: "2016-09-15", // on the due day: in time
  县环保局: "2016-09-11",
};

let original: GridSheet[];
/** The sample with August's figures blanked, except 地方财政收入's 8235 (E7), already entered. */
let ledger: GridSheet[];
let forms: ReturnForm[];
/** What the units report: the sample's August figures, but 县财政局 writes 8300 for 8235. */
let reported: Map<string, number>;

beforeAll(async () => {
  original = await zhenbaSheets();
  ledger = blanked(
    original,
    "月度完成",
    AUGUST.filter((cell) => cell !== "E7")
  );
  const read = readLedger(ledger);
  forms = returnForms(read.table!, 8, { year: read.year });
  reported = new Map(actualsOf(original, 8));
  reported.set("地方财政收入|绝对量", 8300);
});

function returnsOfAll() {
  return forms.map((form) =>
    FILLED[form.unit] === "file"
      ? returned(form, { figures: reported }, "2016-09-14")
      : returned(form, { figures: reported, date: FILLED[form.unit] }, "2016-09-30")
  );
}

describe("collectReturns on the 镇巴 sample, August", () => {
  it("writes every blank figure, keeps the conflicting one, and says so", () => {
    const plan = collectReturns(ledger, returnsOfAll(), { month: 8 });
    expect(diagnosticTexts(plan.diagnostics)).toEqual([
      {
        code: "return_conflict",
        severity: "error",
        sheet: "月度完成",
        cell: "E7",
        message:
          "月度完成!E7：“地方财政收入”（绝对量）8月台账已有“8235”，县财政局报送8300，不一致，未覆盖（确认后可强制覆盖）",
        messageEn:
          '月度完成!E7: the ledger already holds "8235" for "地方财政收入" (absolute value) in month 8, 县财政局 returned 8300; not overwritten (force it once checked)',
      },
    ]);
    expect(plan.figures).toHaveLength(26);
    expect(plan.figures.every((figure) => figure.sheet === "月度完成" && !figure.forced)).toBe(
      true
    );
    expect(plan.figures.map((figure) => figure.cell).sort()).toEqual(
      AUGUST.filter((cell) => cell !== "E7").sort()
    );
    expect(plan.unchanged).toEqual([]);
  });

  it.each([
    ["E5", "第二产业增加值|增幅", 16.35],
    ["E7", "地方财政收入|绝对量", 8235],
    ["E8", "地方财政收入|增幅", 22.4],
    ["E11", "招商引资(引进市外资金)|绝对量", 9.31],
    ["E21", "专利授权量|绝对量", 7],
    ["E24", "旅游总收入|绝对量", 1.13],
    ["E31", "万元GDP能耗下降率|绝对量", 2.12],
  ])("leaves 月度完成!%s (%s) at %s", (cell, key, figure) => {
    const plan = collectReturns(ledger, returnsOfAll(), { month: 8 });
    const result = readLedger(applyCollectPlan(ledger, plan)).table!;
    const record = result.indicators.find((candidate) => candidate.key === key)!;
    expect(record.actuals.find((actual) => actual.month === 8)).toEqual({
      month: 8,
      value: figure,
      cell,
      sheet: "月度完成",
    });
  });

  it("gives back the sample's whole August column", () => {
    const plan = collectReturns(ledger, returnsOfAll(), { month: 8 });
    expect(actualsOf(applyCollectPlan(ledger, plan), 8)).toEqual(actualsOf(original, 8));
  });

  it("registers every arrival below the register, in order of arrival", () => {
    const plan = collectReturns(ledger, returnsOfAll(), { month: 8 });
    expect(plan.register.create).toBe(false);
    expect(plan.register.before).toEqual([]);
    expect(
      plan.register.entries.map((entry) => [
        entry.cells.map((cell) => `${cell.sheet}!${cell.cell}=${cell.value}`).join(" "),
        entry.arrivedFrom,
      ])
    ).toEqual([
      ["报送登记!A21=县统计局 报送登记!B21=8 报送登记!C21=2016-09-08", "form"],
      ["报送登记!A22=县经贸局 报送登记!B22=8 报送登记!C22=2016-09-09", "form"],
      ["报送登记!A23=县科技局 报送登记!B23=8 报送登记!C23=2016-09-10", "form"],
      ["报送登记!A24=县环保局 报送登记!B24=8 报送登记!C24=2016-09-11", "form"],
      ["报送登记!A25=县发改局 报送登记!B25=8 报送登记!C25=2016-09-12", "form"],
      ["报送登记!A26=县财政局 报送登记!B26=8 报送登记!C26=2016-09-13", "form"],
      ["报送登记!A27=县住建局 报送登记!B27=8 报送登记!C27=2016-09-14", "file"],
      ["报送登记!A28=县文广局 报送登记!B28=8 报送登记!C28=2016-09-15", "form"],
      ["报送登记!A29=县经合局 报送登记!B29=8 报送登记!C29=2016-09-18", "form"],
    ]);
  });

  it("makes 县经合局, three days late, the month's only late report", () => {
    const plan = collectReturns(ledger, returnsOfAll(), { month: 8 });
    const summary = buildMonthlySummary(applyCollectPlan(ledger, plan), { month: 8 });
    expect(summary.late).toEqual([
      {
        unit: "县经合局",
        month: 8,
        dueDate: "2016-09-15",
        reportedOn: "2016-09-18",
        daysLate: 3,
      },
    ]);
    const investment = summary.indicators.find(
      (indicator) => indicator.name === "招商引资(引进市外资金)"
    )!;
    expect(investment.actual).toBe(9.31);
    expect(summary.indicators.filter((indicator) => indicator.status === "not_reported")).toEqual(
      []
    );
  });

  it("without the returns, lists every unit as missing in August", () => {
    const summary = buildMonthlySummary(ledger, { month: 8 });
    expect(summary.late.map((late) => [late.unit, late.reportedOn])).toEqual(
      forms.map((form) => [form.unit, null])
    );
  });

  it("with force, overwrites the conflicting figure and warns what it replaced", () => {
    const plan = collectReturns(ledger, returnsOfAll(), { month: 8, force: true });
    const forced = plan.figures.filter((figure) => figure.forced);
    expect(forced.map((figure) => [figure.cell, figure.previous, figure.value])).toEqual([
      ["E7", 8235, 8300],
    ]);
    expect(
      diagnosticTexts(plan.diagnostics).map((found) => [found.severity, found.message])
    ).toEqual([
      [
        "warning",
        "月度完成!E7：“地方财政收入”（绝对量）8月台账原有“8235”，已按强制覆盖改为县财政局报送的8300",
      ],
    ]);
    expect(actualsOf(applyCollectPlan(ledger, plan), 8).get("地方财政收入|绝对量")).toBe(8300);
  });

  it("needs nothing for a figure already in the ledger, and registers the unit once", () => {
    const finance = forms.find((form) => form.unit === "县财政局")!;
    const once = returned(finance, { figures: actualsOf(original, 8), date: "2016-09-13" });
    const again = returned(finance, { figures: actualsOf(original, 8), date: "2016-09-16" });
    const plan = collectReturns(ledger, [once, again], { month: 8 });
    expect(plan.diagnostics).toEqual([]);
    expect(plan.figures.map((figure) => `${figure.cell}=${figure.value}`)).toEqual(["E8=22.4"]);
    expect(plan.unchanged.map((figure) => `${figure.cell}=${figure.value}`)).toEqual([
      "E7=8235",
      "E7=8235",
    ]);
    expect(plan.register.entries.map((entry) => [entry.unit, entry.arrivedOn])).toEqual([
      ["县财政局", "2016-09-13"],
    ]);
  });

  it("does not register again a unit the register lists for the month", () => {
    const investment = forms.find((form) => form.unit === "县经合局")!;
    const july = returnForms(readLedger(ledger).table!, 7, { year: 2016 }).find(
      (form) => form.unit === "县经合局"
    )!;
    const plan = collectReturns(
      ledger,
      [returned(july, { figures: actualsOf(original, 7), date: "2016-08-20" })],
      { month: 7 }
    );
    expect(investment.unit).toBe(july.unit);
    expect(plan.register.entries).toEqual([]);
    expect(plan.register.before).toEqual([
      { unit: "县经合局", month: 7, reportedOn: "2016-08-18" },
    ]);
    expect(plan.unchanged.map((figure) => `${figure.cell}=${figure.value}`)).toEqual(["D11=8.01"]);
    expect(collectChanges(plan)).toEqual([
      "县经合局7月已登记报送日期2016-08-18，不再重复登记",
      "1项报送数与台账已有数一致，无需改动",
      "没有需要改动的内容",
    ]);
  });
});
