import { dec } from "../kernel/decimal";
import { CURRENCY_FACTORS } from "./headerVocabulary";
import { FigureReading } from "./readFigure";
import { TableSink } from "./tableSink";

/** Longest cell text a message quotes; longer texts are cut with their length named. */
const QUOTED = 24;

/**
 * 读数诊断: reports what a target or actual cell's reading needs said — a cell that gave no figure
 * (`not_a_number` for a target, `unreadable_actual` for an actual or last year's figure; a formula without a result
 * `uncalculated_formula`; numeric text no figure holds exactly `number_out_of_range`), or a figure
 * converted from another unit (`unit_converted`, a warning). Blank cells and plain figures are not
 * reported. Returns whether the reading gave a figure.
 */
export function reportFigure(
  report: TableSink["report"],
  cell: string,
  reading: FigureReading,
  role: "target" | "actual" | "lastYear"
): boolean {
  switch (reading.kind) {
    case "blank":
      return false;
    case "number":
      if (reading.converted !== undefined) {
        const { from, to, written } = reading.converted;
        const factor = dec(CURRENCY_FACTORS[from]).div(CURRENCY_FACTORS[to]).toString();
        report("unit_converted", "warning", cell, "tableUnitConverted", {
          text: written,
          from,
          to,
          factor,
          value: String(reading.value),
        });
      }
      return true;
    case "formula":
      report("uncalculated_formula", "error", cell, "tableUncalculatedFormula", {
        text: quoted(reading.text),
      });
      return false;
    case "outOfRange":
      report("number_out_of_range", "error", cell, "tableNumberOutOfRange", {
        text: quoted(reading.text),
      });
      return false;
    default:
      if (role === "target") {
        report("not_a_number", "error", cell, "tableNotANumber", { text: reading.text });
      } else if (role === "lastYear") {
        report("unreadable_actual", "error", cell, "tableUnreadableLastYear", {
          text: reading.text,
        });
      } else {
        report("unreadable_actual", "error", cell, "tableUnreadableActual", {
          text: reading.text,
        });
      }
      return false;
  }
}

/** A cell's text as a message quotes it: cut after 24 characters, its length named. */
function quoted(text: string): string {
  const characters = [...text];
  return characters.length <= QUOTED
    ? text
    : `${characters.slice(0, QUOTED).join("")}…(${characters.length})`;
}
