/*
 * The summary ops as plain data (see `summaryOps`) and the helpers that size and group them.
 */
import { CellValue, PrintSetup } from "../engine";
import { utf8Length } from "./utf8Length";

/** What Excel takes as one cell's input: text, a number, a boolean, or "" to clear. */
export type CellInput = string | number | boolean;

/** A block of a sheet, 0-based. */
export interface Block {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/**
 * One step of writing a summary sheet, as plain data: the Office.js adapter turns each into a few
 * proxy calls. Number formats go with the values they belong to and are set first.
 */
export type SummaryOp =
  | {
      readonly kind: "columnWidth";
      readonly column: number;
      readonly count: number;
      readonly points: number;
    }
  | {
      readonly kind: "cells";
      readonly top: number;
      readonly left: number;
      readonly numberFormat: readonly (readonly string[])[] | null;
      readonly values: readonly (readonly CellInput[])[];
    }
  | {
      readonly kind: "format";
      readonly block: Block;
      readonly fill?: string;
      readonly bold?: boolean;
      readonly fontColor?: string;
      readonly fontSize?: number;
      readonly wrapText?: boolean;
      readonly horizontalAlignment?: "Center" | "Left" | "Right";
      /** Height of the block's rows, in points. */
      readonly rowHeight?: number;
    }
  | { readonly kind: "merge"; readonly block: Block }
  | { readonly kind: "borders"; readonly block: Block }
  | { readonly kind: "freeze"; readonly rows: number; readonly columns: number }
  | {
      readonly kind: "print";
      readonly print: PrintSetup;
      /** The print area, 0-based: the printed columns from the first printed row to the last row. */
      readonly area?: Block;
    }
  /** A manual page break above the 0-based sheet row. */
  | { readonly kind: "pageBreak"; readonly row: number }
  | {
      readonly kind: "chart";
      readonly title: string;
      readonly seriesName: string;
      readonly categoryColumn: number;
      readonly valueColumn: number;
      readonly firstRow: number;
      readonly rows: number;
      readonly pointColors: readonly string[];
      /** Where the chart sits: top-left cell and bottom-right cell, 0-based. */
      readonly from: { readonly row: number; readonly column: number };
      readonly to: { readonly row: number; readonly column: number };
    };

/** An op with its estimated request size in bytes. */
export interface SizedOp {
  readonly op: SummaryOp;
  readonly bytes: number;
}

/** Estimated bytes one API call adds to a request besides its arguments (ids, names, paths). */
export const callOverheadBytes = 256;

/**
 * What Excel is given for one cell. Text is written with a leading apostrophe unless the cell is
 * formatted as text, so "#N/A", "=…", "007" or "1-7月" stay text and never turn into errors,
 * formulas, numbers or dates; blank is "" (clears the cell).
 */
export function cellInputOf(value: CellValue, isTextCell: boolean): CellInput {
  if (value === null || value === "") {
    return "";
  }
  if (typeof value === "string") {
    return isTextCell && !value.startsWith("'") ? value : `'${value}`;
  }
  if (typeof value === "number") {
    return Number.isFinite(value) ? value : "'#NUM!";
  }
  return value;
}

export function sized(op: SummaryOp, payload: unknown): SizedOp {
  return { op, bytes: callOverheadBytes + utf8Length(JSON.stringify(payload)) };
}

/** Runs of equal keys: [a, a, b, null, b] → [{start 0, length 2, key a}, {2, 1, b}, {4, 1, b}] (nulls skipped). */
export function runsOf<K>(
  keys: readonly (K | null)[],
  same: (a: K, b: K) => boolean
): { start: number; length: number; key: K }[] {
  const runs: { start: number; length: number; key: K }[] = [];
  keys.forEach((key, index) => {
    if (key === null) {
      return;
    }
    const last = runs[runs.length - 1];
    if (last !== undefined && last.start + last.length === index && same(last.key, key)) {
      last.length++;
    } else {
      runs.push({ start: index, length: 1, key });
    }
  });
  return runs;
}
