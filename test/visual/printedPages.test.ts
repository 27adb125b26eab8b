import { spawnSync } from "child_process";
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { buildMonthlySummary, SheetSpec, textLines } from "../../src/engine";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { summaryPackage } from "../../src/xlsx/summaryPackage";
import { outputCompressionLevel } from "../../src/xlsx/zipPackage";
import { samplePath, temporaryDirectory } from "../cli/cliFixture";

/*
 * What a person sees on paper: each sample's summary, written as `assess summary` writes it by
 * default (the bulletin workbook of `summaryPackage`, the file clerks print), printed to PDF
 * by LibreOffice (one conversion a sample) and read back with poppler (pdftotext, and pdftoppm
 * for two pages of the 镇巴 sample): no text cut off, no text below 9 pt, one notice per page,
 * nothing printed outside the margins.
 */

/** A command's path, or an error telling what to install. */
function required(command: string, packageName: string): string {
  const found = spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" });
  if (found.status !== 0 || found.stdout.trim() === "") {
    throw new Error(`${command} is not installed: apt-get install ${packageName}`);
  }
  return found.stdout.trim();
}

function run(command: string, args: readonly string[]): string {
  const done = spawnSync(command, args, {
    encoding: "utf8",
    timeout: 180_000,
    maxBuffer: 64 << 20,
  });
  if (done.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed: ${done.stderr}`);
  }
  return done.stdout;
}

/** Text without any white space, to find a cell's text however the lines were broken. */
const squeezed = (text: string): string => text.replace(/\s+/g, "");

/** A binary PGM (P5) image: its width, height and grey bytes. */
function readPgm(bytes: Buffer): { width: number; height: number; pixels: Buffer } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString("latin1"))!;
  return {
    width: Number(header[1]),
    height: Number(header[2]),
    pixels: bytes.subarray(header[0].length),
  };
}

describe.each([
  ["zhenba-2016.xlsx", 8, "2016年9月15日"],
  ["county-rules.xlsx", 7, "2016年8月15日"],
  ["ledger-traditional.xlsx", 7, "2016年8月15日"],
])("the printed summary of %s at month %p (LibreOffice)", (sample, month, issuedOn) => {
  let directory: { path: string; remove: () => Promise<void> };
  let sheets: SheetSpec[];
  let pages: string[];
  let pdf: string;

  beforeAll(async () => {
    const soffice = required("soffice", "libreoffice-calc-nogui");
    required("pdftotext", "poppler-utils");
    directory = await temporaryDirectory();
    const summary = buildMonthlySummary(await readWorkbook(samplePath(sample)), { month });
    sheets = [...summary.sheets];
    const bulletin = summaryPackage(summary.run.key, sheets, outputCompressionLevel);
    const xlsx = join(directory.path, "printed.xlsx");
    writeFileSync(xlsx, new Uint8Array(bulletin.bytes));
    run(soffice, [
      `-env:UserInstallation=file://${join(directory.path, "profile")}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      directory.path,
      xlsx,
    ]);
    pdf = join(directory.path, "printed.pdf");
    pages = run("pdftotext", ["-raw", pdf, "-"]).split("\f").slice(0, -1);
  }, 240_000);

  afterAll(() => directory?.remove());

  it("gives every wrapped cell a row as high as its lines need, and fits every other text on one line", () => {
    const problems: string[] = [];
    for (const spec of sheets) {
      const wholeWidth = spec.columns.reduce((sum, column) => sum + column.width, 0);
      spec.rows.forEach((row, index) => {
        const height = spec.rowHeights?.[index] ?? 15;
        const text = spec.textRows?.find((line) => line.row === index);
        const cells = text
          ? [{ value: row[0], width: wholeWidth, points: text.fontSize ?? 11, wraps: true }]
          : row.map((value, column) => ({
              value,
              width: spec.columns[column].width,
              points: 11,
              wraps:
                spec.columns[column].numberFormat === "@" ||
                spec.cellStyles.some(
                  (style) => style.row === index && style.column === column && style.wrapText
                ),
            }));
        for (const cell of cells) {
          if (typeof cell.value !== "string") {
            continue;
          }
          const lines = textLines(cell.value, cell.width, cell.points);
          if (cell.wraps ? lines * cell.points * 1.45 > height : lines > 1) {
            problems.push(`${spec.name} row ${index + 4}: ${cell.value}`);
          }
        }
      });
    }
    expect(problems).toEqual([]);
  });

  it("prints every text cell whole: no line of a wrapped cell is cut off", () => {
    const printed = squeezed(pages.join(""));
    const missing = sheets.flatMap((spec) => {
      const printedColumns = spec.print.printedColumns ?? spec.columns.length;
      return spec.rows.flatMap((row) =>
        row
          .slice(0, printedColumns)
          .filter((value): value is string => typeof value === "string" && value !== "")
          .filter((value) => !printed.includes(squeezed(value)))
          .map((value) => `${spec.name}: ${value}`)
      );
    });
    expect(missing).toEqual([]);
  });

  it("prints each notice on a page of its own", () => {
    const notices = sheets.find((spec) => spec.kind === "notices")!;
    const numbers = (notices.textRows ?? [])
      .filter((line) => line.fontSize === 20)
      .map((line) => String(notices.rows[line.row + 1][0]));
    const titles = (notices.textRows ?? [])
      .filter((line) => line.fontSize === 20)
      .map((line) => String(notices.rows[line.row][0]));
    expect(numbers.length).toBeGreaterThan(1);
    // The text of a page comes in drawing order: look for lines, not for their order.
    const noticePages = pages.filter((page) => /〔\d{4}〕第\d+号/.test(page));
    expect(
      noticePages.map((page) => {
        const lines = page.split("\n");
        return [
          lines.filter((line) => line === "督办单" || line === "预警提示单"),
          lines.filter((line) => /^〔\d{4}〕第\d+号$/.test(line)),
        ];
      })
    ).toEqual(titles.map((title, index) => [[title], [numbers[index]]]));
    // Nothing of one notice spills onto the next page: each has its signature, office and date.
    for (const page of noticePages) {
      expect(page.split("\n")).toEqual(
        expect.arrayContaining([
          "签收人：＿＿＿＿＿＿＿＿ 签收日期：＿＿＿＿＿＿＿＿",
          "县考核办（盖章）",
          issuedOn,
        ])
      );
    }
  });

  it("prints no text smaller than 9 pt", () => {
    const boxes = run("pdftotext", ["-bbox", pdf, "-"]);
    const pageHeight = 595.3;
    let smallest = Number.POSITIVE_INFINITY;
    for (const match of boxes.matchAll(
      /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g
    )) {
      const top = Number(match[1]);
      // The footer's page numbers are set by the page style, outside the scaled sheet.
      if (top < pageHeight - 40) {
        smallest = Math.min(smallest, Number(match[2]) - top);
      }
    }
    // A word's box is the font's ascent plus descent: 1.3 × its size for these fonts.
    expect(smallest / 1.3).toBeGreaterThanOrEqual(9 - 0.05);
  });

  // Rendering pages is the slow part: two pages of one sample.
  if (sample !== "zhenba-2016.xlsx") {
    return;
  }
  it("prints nothing outside the margins of the first bulletin page and the first notice", () => {
    required("pdftoppm", "poppler-utils");
    const first = (kind: string): number =>
      pages.findIndex((page) =>
        kind === "notices" ? /〔\d{4}〕第1号/.test(page) : page.includes(sheets[0].title)
      ) + 1;
    for (const page of [first("bulletin"), first("notices")]) {
      const stem = join(directory.path, `page${page}`);
      run("pdftoppm", [
        "-gray",
        "-r",
        "36",
        "-f",
        String(page),
        "-l",
        String(page),
        "-singlefile",
        pdf,
        stem,
      ]);
      const image = readPgm(readFileSync(`${stem}.pgm`));
      // 0.25 in margins at 36 dpi: 9 pixels; look at the outer 6 on each side.
      const edge = 6;
      let inkInside = 0;
      let inkOutside = 0;
      for (let y = 0; y < image.height; y++) {
        for (let x = 0; x < image.width; x++) {
          const ink = image.pixels[y * image.width + x] < 200;
          const outside =
            x < edge || x >= image.width - edge || y < edge || y >= image.height - edge;
          if (ink) {
            if (outside) inkOutside += 1;
            else inkInside += 1;
          }
        }
      }
      expect({ page, inkOutside, printed: inkInside > 1000 }).toEqual({
        page,
        inkOutside: 0,
        printed: true,
      });
    }
  });
});
