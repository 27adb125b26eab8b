/**
 * A city's county workbooks for the batch and city benchmarks and tests: copies of the 镇巴 sample
 * (assets/samples/zhenba-2016.xlsx) with the county's name in the titles and its 月度完成 figures
 * scaled by a factor that turns with the row — 0.80 + 0.02 × ((county's place + row) mod 15), so
 * each indicator ranks the counties in another order — rounded to 2 decimals. The sample's 全市排名 sheet is left out (the city makes it). Deterministic.
 *
 * Run on its own to write them: `npx ts-node --transpile-only bench/countyWorkbooks.ts <folder>`.
 */
import { mkdirSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";

/** The 15 counties: 汉中's eleven and four more; 镇巴县 is the second. */
export const benchCounties: readonly string[] = [
  "汉台区",
  "镇巴县",
  "城固县",
  "洋县",
  "西乡县",
  "勉县",
  "宁强县",
  "略阳县",
  "留坝县",
  "佛坪县",
  "北山县",
  "南河县",
  "东岭县",
  "南郑区",
  "西坪县",
];

/** The factor the county at `position` scales the actuals of 月度完成's `row` by. */
export function countyFactor(position: number, row: number): number {
  return Number((0.8 + 0.02 * ((position + row) % 15)).toFixed(2));
}

const samplePath = join(__dirname, "..", "assets", "samples", "zhenba-2016.xlsx");

/**
 * Writes one workbook per county into `folder` as <县>.xlsx and returns their paths, in the order
 * of `counties`. `edit` may change a county's workbook before it is written.
 */
export async function writeCountyWorkbooks(
  folder: string,
  counties: readonly string[] = benchCounties,
  edit: (county: string, workbook: ExcelJS.Workbook) => void = () => undefined
): Promise<string[]> {
  mkdirSync(folder, { recursive: true });
  const paths: string[] = [];
  for (const [position, county] of counties.entries()) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(samplePath);
    const ranks = workbook.getWorksheet("全市排名");
    if (ranks !== undefined) {
      workbook.removeWorksheet(ranks.id);
    }
    workbook.eachSheet((sheet) => {
      for (const row of [1, 2]) {
        sheet.getRow(row).eachCell((cell) => {
          if (typeof cell.value === "string") {
            cell.value = cell.value.replace(/镇巴县/g, county);
          }
        });
      }
    });
    const actuals = workbook.getWorksheet("月度完成")!;
    actuals.eachRow((row, number) => {
      if (number <= 4) {
        return;
      }
      const factor = countyFactor(position, number);
      row.eachCell((cell) => {
        if (typeof cell.value === "number") {
          cell.value = Number((cell.value * factor).toFixed(2));
        }
      });
    });
    edit(county, workbook);
    const path = join(folder, `${county}.xlsx`);
    await workbook.xlsx.writeFile(path);
    paths.push(path);
  }
  return paths;
}

if (require.main === module) {
  void writeCountyWorkbooks(process.argv[2] ?? join(__dirname, ".data", "counties"));
}
