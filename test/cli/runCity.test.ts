import ExcelJS from "exceljs";
import { join } from "path";
import { benchCounties, writeCountyWorkbooks } from "../../bench/countyWorkbooks";
import { run } from "../../src/cli/main";
import {
  buildMonthlySummary,
  cityLowRank,
  GridSheet,
  MonthlySummary,
  readCityRanks,
} from "../../src/engine";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { collectingIo, temporaryDirectory } from "./cliFixture";

/** 山区县: seven of the fifteen, 镇巴县 among them. */
const mountain = new Set(["镇巴县", "留坝县", "佛坪县", "略阳县", "宁强县", "西乡县", "东岭县"]);

describe("assess city", () => {
  let directory: { path: string; remove: () => Promise<void> };
  let folder: string;
  let groups: string;
  beforeAll(async () => {
    directory = await temporaryDirectory();
    folder = join(directory.path, "各县");
    // 城固县 calls 第二产业增加值 by another name: missing there, not silently ranked.
    await writeCountyWorkbooks(folder, benchCounties, (county, workbook) => {
      if (county !== "城固县") {
        return;
      }
      workbook.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            if (cell.value === "第二产业增加值") {
              cell.value = "二产增加值";
            }
          })
        )
      );
    });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("设置");
    sheet.addRow(["县区", "分组"]);
    for (const county of benchCounties) {
      sheet.addRow([county, mountain.has(county) ? "山区县" : "平原县"]);
    }
    groups = join(directory.path, "分组.xlsx");
    await workbook.xlsx.writeFile(groups);
  }, 60_000);
  afterAll(() => directory.remove());

  const city = async (month: number, ...more: string[]) => {
    const io = collectingIo();
    const out = join(directory.path, `全市排名-${month}${more.join("")}.xlsx`);
    const code = await run(
      ["city", folder, "--month", String(month), "--groups", groups, "--out", out, ...more],
      io
    );
    return { code, io, out, sheet: (await readWorkbook(out))[0] };
  };

  it("ranks the 15 counties per indicator, with groups, one 全市排名 sheet with 县区", async () => {
    const { code, io, out, sheet } = await city(7);
    expect(code).toBe(0);
    expect(io.out()).toBe(`已生成全市排名工作簿：${out}（15个县区、24项指标、345行）\n`);
    const err = io.err().split("\n");
    expect(err.filter((line) => line.startsWith("["))).toHaveLength(30);
    expect(err).toContain(
      "提示：指标“第二产业增加值”（增幅）在以下县区的工作簿中没有，未参加该指标排名：城固县"
    );
    expect(err).toContain(
      "提示：指标“二产增加值”（增幅）在以下县区的工作簿中没有，未参加该指标排名：东岭县、佛坪县、勉县、北山县、南河县、南郑区、宁强县、汉台区、洋县、留坝县、略阳县、西乡县、西坪县、镇巴县"
    );
    expect(sheet.name).toBe("全市排名");
    expect(sheet.values[0]).toEqual([
      "县区",
      "指标名称",
      "口径",
      "月份",
      "全市排名",
      "参评县数",
      "组别",
      "组内排名",
      "组内县数",
    ]);
    const first = sheet.values.slice(1).filter((row) => row[1] === "第二产业增加值");
    expect(first.map((row) => [row[0], row[4], row[5], row[6], row[7], row[8]])).toEqual([
      ["佛坪县", 1, 14, "山区县", 1, 7],
      ["留坝县", 2, 14, "山区县", 2, 7],
      ["略阳县", 3, 14, "山区县", 3, 7],
      ["宁强县", 4, 14, "山区县", 4, 7],
      ["勉县", 5, 14, "平原县", 1, 7],
      ["西乡县", 6, 14, "山区县", 5, 7],
      ["洋县", 7, 14, "平原县", 2, 7],
      ["镇巴县", 8, 14, "山区县", 6, 7],
      ["汉台区", 9, 14, "平原县", 3, 7],
      ["西坪县", 10, 14, "平原县", 4, 7],
      ["南郑区", 11, 14, "平原县", 5, 7],
      ["东岭县", 12, 14, "山区县", 7, 7],
      ["南河县", 13, 14, "平原县", 6, 7],
      ["北山县", 14, 14, "平原县", 7, 7],
    ]);
  }, 60_000);

  it("gives 镇巴县 its own 全市排名 sheet, which its monthly summary reads as its city ranks", async () => {
    const june = await city(6, "--for", "镇巴县");
    const july = await city(7, "--for", "镇巴县");
    expect([june.code, july.code]).toEqual([0, 0]);
    expect(july.io.out()).toBe(`已生成全市排名工作簿：${july.out}（15个县区、23项指标、23行）\n`);
    expect(july.sheet.name).toBe("全市排名");
    expect(july.sheet.values.slice(0, 2)).toEqual([
      ["指标名称", "口径", "月份", "全市排名", "参评县数", "组别", "组内排名", "组内县数"],
      ["第二产业增加值", "增幅", 7, 8, 14, "山区县", 6, 7],
    ]);
    const ranks: GridSheet = {
      name: "全市排名",
      values: [...june.sheet.values, ...july.sheet.values.slice(1)],
      merges: [],
    };
    const read = readCityRanks(ranks);
    expect(read.diagnostics).toEqual([]);
    expect(read.ranks).toHaveLength(june.sheet.values.length - 1 + july.sheet.values.length - 1);
    const own = (await readWorkbook(join(folder, "镇巴县.xlsx"))).concat([ranks]);
    const summaries = new Map<number, MonthlySummary>(
      [6, 7].map((month) => [month, buildMonthlySummary(own, { month })])
    );
    const july7 = summaries.get(7)!;
    expect(july7.diagnostics.map((found) => found.code)).not.toContain("city_ranks_absent");
    expect(july7.diagnostics.map((found) => found.code)).not.toContain("invalid_city_rank");

    // The rule, applied by hand to the rows written: behind pace and (in the city's last 3 or last
    // of 山区县) → 序时扣分; so two months running → 约谈.
    const deducted = (month: number): string[] =>
      summaries.get(month)!.indicators.flatMap((indicator) => {
        const rank = read.ranks.find(
          (row) =>
            row.month === month &&
            row.indicator === indicator.name &&
            row.measure === indicator.measure
        );
        const low = cityLowRank(rank ?? null, 3, null);
        return indicator.paceGap !== null &&
          indicator.paceGap < 0 &&
          low !== null &&
          (low.bottom || low.lastInGroup)
          ? [`${indicator.name}|${indicator.measure}`]
          : [];
      });
    const expected = deducted(7);
    expect(expected).toEqual([
      "社会消费品零售总额|绝对量",
      "外贸进出口总额|绝对量",
      "农村居民人均可支配收入|绝对量",
      "农村居民人均可支配收入|增幅",
      "万元GDP能耗下降率|绝对量",
    ]);
    const byRule = july7.adjustments.flatMap((line) =>
      line.byRule.filter((rule) => rule.code === "序时扣分").map((rule) => rule.count)
    );
    expect(byRule.reduce((sum, count) => sum + count, 0)).toBe(expected.length);
    const twice = deducted(6).filter((key) => expected.includes(key));
    expect(july7.interviews.map((item) => `${item.indicator}|${item.measure}`)).toEqual(twice);
    expect(twice).toEqual(expected);
    expect(july7.interviews.map((item) => item.reason)).toEqual([
      "6月全市排名第15/15、山区县最后一名（第7/7），进度差-11.0个百分点，已扣分；7月全市排名第15/15、山区县最后一名（第7/7），进度差-13.2个百分点，已扣分；连续2期排名靠后，提请约谈",
      "6月全市排名第14/15、山区县最后一名（第7/7），进度差-18.2个百分点，已扣分；7月全市排名第14/15、山区县最后一名（第7/7），进度差-21.0个百分点，已扣分；连续2期排名靠后，提请约谈",
      "6月全市排名第13/15、山区县最后一名（第7/7），进度差-6.2个百分点，已扣分；7月全市排名第13/15、山区县最后一名（第7/7），进度差-7.7个百分点，已扣分；连续2期排名靠后，提请约谈",
      "6月全市排名第12/15、山区县最后一名（第7/7），进度差-1.3个百分点，已扣分；7月全市排名第12/15、山区县最后一名（第7/7），进度差-1.4个百分点，已扣分；连续2期排名靠后，提请约谈",
      "6月全市排名第13/15、山区县最后一名（第7/7），进度差-19.5个百分点，已扣分；7月全市排名第13/15、山区县最后一名（第7/7），进度差-20.0个百分点，已扣分；连续2期排名靠后，提请约谈",
    ]);
  }, 60_000);

  it("ranks a county given twice once, and says so", async () => {
    const io = collectingIo();
    const again = join(folder, "镇巴县.xlsx");
    const out = join(directory.path, "twice.xlsx");
    expect(await run(["city", folder, again, "--month", "7", "--out", out], io)).toBe(1);
    expect(io.err()).toContain(
      "[16/16] 镇巴县.xlsx\n镇巴县.xlsx：县区“镇巴县”已由镇巴县.xlsx给出，本文件未参加排名\n[16/16] 镇巴县.xlsx：失败（见上），继续下一个\n"
    );
    expect(io.err()).toContain("共16个工作簿，1个失败：镇巴县.xlsx\n");
    expect(io.out()).toBe(`已生成全市排名工作簿：${out}（15个县区、24项指标、345行）\n`);
  }, 60_000);

  it("refuses a --for county that was not ranked", async () => {
    const io = collectingIo();
    const code = await run(["city", folder, "--month", "7", "--for", "宁陕县"], io);
    expect(code).toBe(1);
    expect(io.err()).toContain(
      "--for 指定的县区“宁陕县”不在参评县区中（东岭县、佛坪县、勉县、北山县、南河县、南郑区、城固县、宁强县、汉台区、洋县、留坝县、略阳县、西乡县、西坪县、镇巴县），未生成文件\n"
    );
  }, 60_000);
});
