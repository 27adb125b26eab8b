import { Diagnostic, diagnostic } from "../kernel/diagnostic";
import { GridSheet } from "../kernel/grid";
import { isAfterMonth } from "../kernel/isAfterMonth";
import { AdjustmentEvent } from "../kernel/types";
import { EventCells, readEvents } from "./readEvents";

/** The events that count in a month, their cells (parallel), and the findings of reading them. */
export interface EventsInMonth {
  readonly events: readonly AdjustmentEvent[];
  readonly cells: readonly EventCells[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * 当月加减分事项: the events of a 加减分登记 sheet (`readEvents`) that count in the summary of
 * `month` (of `year`, when known). An event dated after the month ({@link isAfterMonth}) counts from
 * its own month on: it is left out and reported (`event_after_month`, naming its date cell).
 */
export function eventsInMonth(
  eventsSheet: GridSheet | undefined,
  month: number,
  year: number | null
): EventsInMonth {
  if (eventsSheet === undefined) {
    return { events: [], cells: [], diagnostics: [] };
  }
  const read = readEvents(eventsSheet);
  const events: AdjustmentEvent[] = [];
  const cells: EventCells[] = [];
  const diagnostics: Diagnostic[] = [...read.diagnostics];
  read.events.forEach((event, index) => {
    const at = read.cells[index];
    if (isAfterMonth(event.date, month, year)) {
      diagnostics.push(
        diagnostic("event_after_month", "warning", eventsSheet.name, at.date, "eventAfterMonth", {
          date: event.date ?? "",
          month,
        })
      );
      return;
    }
    events.push(event);
    cells.push(at);
  });
  return { events, cells, diagnostics };
}
