import { PlannedCell } from "../../../src/engine/returns/collectPlan";

/**
 * A planned cell at an A1 address of columns A to Z ("C3" → row 2, column 2): the value to write,
 * what the plan saw there (blank unless given), and `date` for an ISO date written as a date.
 */
export function plannedCell(
  sheet: string,
  address: string,
  value: number | string,
  previous: PlannedCell["previous"] = null,
  date?: true
): PlannedCell {
  const match = /^([A-Z])(\d+)$/.exec(address);
  if (match === null) {
    throw new Error(`plannedCell takes A1 to Z999…, not ${address}`);
  }
  return {
    sheet,
    row: Number(match[2]) - 1,
    column: match[1].charCodeAt(0) - 65,
    cell: address,
    value,
    previous,
    ...(date === true ? { date } : {}),
  };
}
