import { formatDiagnostic } from "../../src/engine/kernel/diagnostic";
import { buildMonthlySummary } from "../../src/engine/summary/buildMonthlySummary";
import { readTable } from "../../src/engine/table/readTable";
import { sheetReference } from "../../src/engine/kernel/sheetReference";
import { MonthlySummary } from "../../src/engine/summary/summaryTypes";
import { Diagnostic, IndicatorRecord } from "../../src/engine/table/tableModel";
import {
  BadFixture,
  ExpectedDiagnostic,
  ExpectedRow,
  loadBadFixtures,
} from "./fixtures/badFixtures";

/**
 * Bad input, measured: every malformed table of test/fixtures/bad/ is read, and the reader must
 * report EXACTLY the findings the fixture lists (code, sheet, cell, severity — the whole list, as a
 * multiset) while every good row of the same table still comes through with its exact figures.
 */

const fixtures = loadBadFixtures();

/** A diagnostic as compared: code, sheet, cell and severity. */
const shapeOf = (diagnostic: Diagnostic | ExpectedDiagnostic): string =>
  `${diagnostic.code} ${diagnostic.sheet}!${diagnostic.cell} ${diagnostic.severity ?? "?"}`;

/** The multiset of diagnostics, sorted so that order does not matter but count does. */
const multiset = (diagnostics: readonly (Diagnostic | ExpectedDiagnostic)[]): string[] =>
  diagnostics.map(shapeOf).sort();

/** The fields an expected row names, taken from the record read. */
function picked(record: IndicatorRecord, expected: ExpectedRow): Record<string, unknown> {
  const out: Record<string, unknown> = { key: record.key };
  for (const field of Object.keys(expected) as (keyof ExpectedRow)[]) {
    if (field === "key") {
      continue;
    }
    if (field === "checkpoints") {
      out.checkpoints = record.checkpoints.map(
        (checkpoint) => `${checkpoint.month}:${checkpoint.target}@${checkpoint.cell}`
      );
    } else if (field === "actuals" || field === "lastYear") {
      const figures = field === "actuals" ? record.actuals : record.lastYear;
      out[field] =
        figures?.map(
          (actual) =>
            `${actual.month}:${actual.value}@${actual.sheet === undefined ? "" : `${actual.sheet}!`}${actual.cell}`
        ) ?? null;
    } else {
      out[field] = record[field];
    }
  }
  return out;
}

/** The fields an expected summary item names, taken from the item found. */
function pick(item: object, expected: Record<string, unknown>): Record<string, unknown> {
  const source = item as Record<string, unknown>;
  return Object.fromEntries(Object.keys(expected).map((field) => [field, source[field]]));
}

function checkMessages(diagnostics: readonly Diagnostic[]): void {
  for (const diagnostic of diagnostics) {
    expect(formatDiagnostic(diagnostic, "zh-CN").length).toBeGreaterThan(0);
    expect(formatDiagnostic(diagnostic, "en-US").length).toBeGreaterThan(0);
    if (diagnostic.cell !== "") {
      // the clerk's message names the sheet and cell it is about
      const reference = sheetReference(diagnostic.sheet, diagnostic.cell);
      expect(formatDiagnostic(diagnostic, "zh-CN").startsWith(reference)).toBe(true);
      expect(formatDiagnostic(diagnostic, "en-US").startsWith(reference)).toBe(true);
    }
  }
}

function checkSummary(fixture: BadFixture, summary: MonthlySummary): void {
  const expected = fixture.expect.summary;
  if (expected === undefined) {
    return;
  }
  if (expected.sheets !== undefined) {
    expect(summary.sheets.map((spec) => spec.name)).toEqual(expected.sheets);
  }
  if (expected.county !== undefined) {
    expect(summary.county).toBe(expected.county);
  }
  if (expected.year !== undefined) {
    expect(summary.year).toBe(expected.year);
  }
  for (const item of expected.warnings ?? []) {
    const found = summary.warnings.find(
      (warning) =>
        warning.indicator === item.indicator && warning.measure === (item.measure ?? "绝对量")
    );
    expect(found === undefined ? `no ${String(item.indicator)}` : pick(found, item)).toEqual(item);
  }
  const bulletin = summary.sheets.find((spec) => spec.kind === "bulletin");
  for (const item of expected.bulletin ?? []) {
    const keys = bulletin?.columns.map((column) => column.key) ?? [];
    const row = bulletin?.rows.find(
      (cells) =>
        cells[keys.indexOf("name")] === item.name &&
        cells[keys.indexOf("measure")] === (item.measure ?? "绝对量")
    );
    const cells =
      row === undefined
        ? `no ${String(item.name)}`
        : Object.fromEntries(Object.keys(item).map((key) => [key, row[keys.indexOf(key)]]));
    expect(cells).toEqual(item);
  }
  for (const item of expected.indicators ?? []) {
    const found = summary.indicators.find(
      (indicator) =>
        indicator.name === item.name && indicator.measure === (item.measure ?? "绝对量")
    );
    expect(found === undefined ? `no ${String(item.name)}` : pick(found, item)).toEqual(item);
  }
  for (const item of expected.adjustments ?? []) {
    const found = summary.adjustments.find((adjustment) => adjustment.unit === item.unit);
    expect(found === undefined ? `no ${String(item.unit)}` : pick(found, item)).toEqual(item);
  }
  if (expected.late !== undefined) {
    expect(
      summary.late.map((late, position) => pick(late, expected.late?.[position] ?? {}))
    ).toEqual(expected.late);
  }
}

/**
 * The rows of the table's sheet, below its header, that hold a figure (a number, or text in a
 * target, actual or 上年同期 column) and are neither read into an indicator nor named (by row) in
 * a finding about that sheet: rows dropped without a word. As "row N".
 */
function unaccountedRows(fixture: BadFixture, result: ReturnType<typeof readTable>): string[] {
  const table = result.table;
  const grid = fixture.sheets.find((sheet) => sheet.name === table?.sheet);
  if (table === null || grid === undefined) {
    return [];
  }
  const read = new Set(table.indicators.flatMap((record) => record.rows));
  const named = new Set(
    result.diagnostics
      .filter((found) => found.sheet === table.sheet && found.cell !== "")
      .map((found) => Number(/\d+$/.exec(found.cell)?.[0]))
  );
  const figureColumns = table.columns
    .filter((mapping) =>
      ["target", "checkpointTarget", "actual", "lastYear"].includes(mapping.role)
    )
    .map((mapping) => mapping.column);
  const covered = (row: number, column: number): boolean =>
    grid.merges.some(
      (area) =>
        area.top <= row &&
        row <= area.bottom &&
        area.left <= column &&
        column <= area.right &&
        (area.top !== row || area.left !== column)
    );
  // the header's own texts, repeated below it on a pasted second page, are no figures
  const headerTexts = new Set(
    grid.values
      .slice(table.headerRows[0] - 1, table.headerRows[1])
      .flat()
      .filter((value): value is string => typeof value === "string")
  );
  const lost: string[] = [];
  for (let row = table.headerRows[1]; row < grid.values.length; row++) {
    const figures = figureColumns.filter((column) => {
      const value = covered(row, column) ? null : grid.values[row]?.[column];
      return (
        typeof value === "number" ||
        (typeof value === "string" && value.trim() !== "" && !headerTexts.has(value))
      );
    });
    if (figures.length > 0 && !read.has(row + 1) && !named.has(row + 1)) {
      lost.push(`row ${row + 1}`);
    }
  }
  return lost;
}

describe("the bad-input corpus", () => {
  it("holds at least 40 distinct cases, each with a description and its expected findings", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
    expect(new Set(fixtures.map((fixture) => fixture.description)).size).toBe(fixtures.length);
    for (const fixture of fixtures) {
      expect(fixture.description.length).toBeGreaterThan(20);
      expect(Array.isArray(fixture.expect.diagnostics)).toBe(true);
      for (const diagnostic of fixture.expect.diagnostics) {
        expect(["error", "warning"]).toContain(diagnostic.severity);
      }
    }
  });

  it("covers every diagnostic code of the table reader at least once", () => {
    const seen = new Set(
      fixtures.flatMap((fixture) => fixture.expect.diagnostics.map((item) => item.code))
    );
    expect(
      [
        "not_a_number",
        "duplicate_indicator",
        "checkpoint_conflict",
        "unit_changed",
        "suspect_magnitude",
        "unknown_checkpoint",
        "no_header",
        "unmatched_actual",
        "missing_target",
        "unreadable_actual",
        "sheet_not_found",
        "missing_checkpoint",
        "unknown_measure",
        "unknown_direction",
        "actual_without_month",
        "actual_conflict",
        "invalid_value",
        "missing_value",
        "rejected_event",
      ].filter((code) => !seen.has(code))
    ).toEqual([]);
  });
});

describe.each(fixtures.filter((fixture) => fixture.run === "readTable"))(
  "readTable on $file",
  (fixture) => {
    const result = readTable(fixture.sheets, fixture.options);

    it("reports exactly the expected findings (code, sheet, cell, severity)", () => {
      expect(multiset(result.diagnostics)).toEqual(multiset(fixture.expect.diagnostics));
      checkMessages(result.diagnostics);
    });

    it("reads the table from the expected sheet, every indicator", () => {
      expect(result.table?.sheet ?? null).toBe(fixture.expect.table ?? null);
      if (fixture.expect.indicatorCount !== undefined) {
        expect(result.table?.indicators.length ?? 0).toBe(fixture.expect.indicatorCount);
      }
    });

    it("passes the same findings on through buildMonthlySummary, which does not throw", () => {
      const periods = fixture.options?.periods ?? 12;
      const summary = buildMonthlySummary(fixture.sheets, {
        month: Math.min(7, periods),
        periods,
        ...(fixture.options?.sheet === undefined ? {} : { sheet: fixture.options.sheet }),
      });
      const found = multiset(summary.diagnostics);
      const missing = multiset(result.diagnostics).filter((item) => {
        const at = found.indexOf(item);
        if (at < 0) {
          return true;
        }
        found.splice(at, 1);
        return false;
      });
      expect(missing).toEqual([]);
      expect(summary.indicators).toHaveLength(result.table?.indicators.length ?? 0);
    });

    it("reads every row with a figure as an indicator, or names the row in a finding", () => {
      expect(unaccountedRows(fixture, result)).toEqual([]);
    });

    const rows = fixture.expect.goodRows ?? [];
    if (rows.length > 0) {
      it.each(rows.map((row) => [row.key, row] as const))(
        "%s comes through with its exact figures",
        (key, expected) => {
          const record = result.table?.indicators.find((indicator) => indicator.key === key);
          expect(record === undefined ? `no ${key}` : picked(record, expected)).toEqual(expected);
        }
      );
    }
  }
);

describe.each(fixtures.filter((fixture) => fixture.run === "summary"))(
  "buildMonthlySummary on $file",
  (fixture) => {
    const summary = buildMonthlySummary(fixture.sheets, fixture.settings ?? { month: 7 });

    it("reports exactly the expected findings (code, sheet, cell, severity)", () => {
      expect(multiset(summary.diagnostics)).toEqual(multiset(fixture.expect.diagnostics));
      checkMessages(summary.diagnostics);
    });

    it("assesses every indicator and keeps the good rows' exact figures", () => {
      if (fixture.expect.indicatorCount !== undefined) {
        expect(summary.indicators).toHaveLength(fixture.expect.indicatorCount);
      }
      checkSummary(fixture, summary);
    });
  }
);
