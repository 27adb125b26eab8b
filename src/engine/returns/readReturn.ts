import { cellAddress } from "../kernel/cellAddress";
import { cellText } from "../kernel/cellText";
import { Diagnostic, diagnostic } from "../kernel/diagnostic";
import { CellValue, GridSheet } from "../kernel/grid";
import { readDate } from "../kernel/readDate";
import { sheetReference } from "../kernel/sheetReference";
import { MEASURE_LABELS } from "../table/measureLabels";
import { readFigure } from "../table/readFigure";
import { indicatorChecksum } from "./indicatorChecksum";
import { ReturnIdentity, ReturnRead, ReturnedFigure } from "./returnForm";
import { RETURN_FORM_LAYOUT } from "./returnFormLayout";

const layout = RETURN_FORM_LAYOUT;

/** A cell of a grid, null outside it. */
function at(sheet: GridSheet, row: number, column: number): CellValue {
  return sheet.values[row]?.[column] ?? null;
}

/** The identity of the hidden sheet's label/value rows; null when any part is missing or wrong. */
function identityOf(sheet: GridSheet): ReturnIdentity | null {
  const values = new Map<string, CellValue>();
  for (const row of sheet.values) {
    const label = cellText(row[0] ?? null);
    if (label !== "" && !values.has(label)) {
      values.set(label, row[1] ?? null);
    }
  }
  const labels = layout.identityLabels;
  const text = (label: string): string => cellText(values.get(label) ?? null);
  const whole = (label: string): number | null => {
    const value = Number(text(label));
    return text(label) !== "" && Number.isInteger(value) ? value : null;
  };
  const month = whole(labels.month);
  const count = whole(labels.count);
  const year = whole(labels.year);
  const unit = text(labels.unit);
  const checksum = text(labels.checksum).toLowerCase();
  const name = text(labels.sheet);
  if (
    whole(labels.version) !== layout.version ||
    unit === "" ||
    name === "" ||
    month === null ||
    month < 1 ||
    month > 12 ||
    count === null ||
    count < 0 ||
    !/^[0-9a-f]{8}$/.test(checksum) ||
    (text(labels.year) !== "" && year === null)
  ) {
    return null;
  }
  return { unit, month, year, checksum, count, sheet: name };
}

/**
 * 读取报送表: reads a returned form (a workbook made by `returnForms` and filled in by a unit) — its
 * hidden identity (unit, month, year, checksum of the indicator list), the month's figures and the
 * date it was filled in (填报日期). Diagnostics, each naming sheet and cell:
 * - `return_identity_missing`: no identity sheet, or one without a unit, month or checksum — not a
 *   form of this tool (nothing is read);
 * - `return_tampered`: the indicator list on the form (names, measures, units) no longer matches its
 *   checksum — the form was edited; `intact` is false and it must not be collected;
 * - `return_not_a_number`: text in a figure cell (the figure is null, the others are read);
 * - `invalid_value` (a warning): a 填报日期 that is not a date (`filledOn` null).
 * Blank figure cells are null without a diagnostic (not reported). Never throws on any grid.
 */
export function readReturn(sheets: readonly GridSheet[]): ReturnRead {
  const diagnostics: Diagnostic[] = [];
  const list = Array.isArray(sheets) ? sheets : [];
  const identitySheet = list.find((sheet) => sheet.name === layout.identitySheet);
  const identity = identitySheet === undefined ? null : identityOf(identitySheet);
  const nothing = (found: Diagnostic): ReturnRead => ({
    identity,
    intact: false,
    figures: [],
    filledOn: null,
    dateCell: "",
    diagnostics: [found],
  });
  if (identity === null) {
    return nothing(
      diagnostic(
        "return_identity_missing",
        "error",
        identitySheet?.name ?? String(list[0]?.name ?? ""),
        "",
        "returnIdentityMissing",
        { sheet: layout.identitySheet }
      )
    );
  }
  const form = list.find((sheet) => sheet.name === identity.sheet);
  if (form === undefined) {
    return nothing(
      diagnostic("return_identity_missing", "error", "", "", "returnSheetMissing", {
        sheet: identity.sheet,
      })
    );
  }

  const { columns } = layout;
  const figures: ReturnedFigure[] = [];
  for (let row = layout.firstRow; row < form.values.length; row++) {
    const name = cellText(at(form, row, columns.name));
    if (name === "") {
      continue;
    }
    const measureLabel = cellText(at(form, row, columns.measure));
    const unit = cellText(at(form, row, columns.unit));
    const cell = cellAddress(row, columns.figure);
    const raw = at(form, row, columns.figure);
    const reading = readFigure(raw, unit);
    let value: number | null = null;
    if (reading.kind === "number") {
      value = reading.value;
    } else if (reading.kind !== "blank") {
      const measure = measureLabel === "增幅" ? "growth" : "absolute";
      diagnostics.push(
        diagnostic("return_not_a_number", "error", form.name, cell, "returnNotANumber", {
          unit: identity.unit,
          name,
          measure: measureLabel,
          measureEn: MEASURE_LABELS[measure].en,
          text: cellText(raw),
        })
      );
    }
    figures.push({ key: `${name}|${measureLabel}`, name, measureLabel, unit, value, cell });
  }

  const checksum = indicatorChecksum(figures);
  const intact = checksum === identity.checksum && figures.length === identity.count;
  if (!intact) {
    diagnostics.unshift(
      diagnostic(
        "return_tampered",
        "error",
        form.name,
        cellAddress(layout.firstRow, columns.name),
        "returnTampered",
        {
          expected: identity.checksum,
          actual: checksum,
          count: figures.length,
          unit: identity.unit,
        }
      )
    );
  }

  const dateCell = cellAddress(layout.infoRow, layout.dateColumn);
  const dateValue = at(form, layout.infoRow, layout.dateColumn);
  let filledOn = readDate(dateValue);
  if (filledOn !== null && filledOn.startsWith("--")) {
    // A date without a year: that of the due date (the next month; December's in January).
    const year = identity.year === null ? null : identity.year + (identity.month === 12 ? 1 : 0);
    filledOn = year === null ? filledOn : `${year}${filledOn.slice(1)}`;
  }
  if (filledOn === null && cellText(dateValue) !== "") {
    diagnostics.push(
      diagnostic("invalid_value", "warning", form.name, dateCell, "returnDateUnreadable", {
        text: cellText(dateValue),
      })
    );
  }
  return {
    identity,
    intact,
    figures,
    filledOn,
    dateCell: sheetReference(form.name, dateCell),
    diagnostics,
  };
}
