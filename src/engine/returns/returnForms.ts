import { cellAddress } from "../kernel/cellAddress";
import { checkMonth } from "../kernel/checkMonth";
import { actualAt } from "../summary/actualAt";
import { TableModel } from "../table/tableModel";
import { formChecksum } from "./formChecksum";
import { returnDueDate } from "./returnDueDate";
import { ReturnForm } from "./returnForm";
import { RETURN_FORM_LAYOUT } from "./returnFormLayout";
import { unitIndicators } from "./unitIndicators";

/** Options of {@link returnForms}. */
export interface ReturnFormsOptions {
  /** The ledger's year (from its title or the settings); null when not known. */
  readonly year?: number | null;
  /** Day of the next month by which the figures are due (报送截止日), 15 by default. */
  readonly dueDay?: number;
}

/** The name of a form's sheet: "8月报送表". */
function formSheetName(month: number): string {
  return `${month}月报送表`;
}

/**
 * 报送表: one form per lead unit (牵头单位) of the ledger for data month `month`, in the order the
 * units first appear in the table. A form lists the unit's indicators (name, measure, unit, annual
 * target, the cumulative actual of the month before — none in January — and the form's cell to
 * fill), the due date (day `dueDay` of the next month) and its identity: unit, month, year and the
 * checksum of the indicator list. Indicators without a lead unit get no form.
 *
 * @throws AssessError from {@link returnDueDate} for a month outside 1…12 or a due day outside 1…31.
 */
export function returnForms(
  table: TableModel,
  month: number,
  options: ReturnFormsOptions = {}
): ReturnForm[] {
  checkMonth(month, 12);
  const year = options.year ?? null;
  const dueDate = returnDueDate(month, year, options.dueDay ?? 15);
  const units = unitIndicators(table.indicators);
  const { firstRow, columns } = RETURN_FORM_LAYOUT;
  return [...units.values()].map(({ unit, records }) => {
    const indicators = records.map((record, position) => ({
      key: record.key,
      name: record.name,
      measureLabel: record.measureLabel,
      unit: record.unit,
      annualTarget: record.annualTarget,
      lastMonth: month === 1 ? null : actualAt(record, month - 1),
      cell: cellAddress(firstRow + position, columns.figure),
    }));
    return {
      unit,
      month,
      year,
      dueDate,
      indicators,
      identity: {
        unit,
        month,
        year,
        checksum: formChecksum(indicators),
        count: indicators.length,
        sheet: formSheetName(month),
      },
    };
  });
}
