/** What changed in the preview's workbook, for the grid to redraw. */
export type WorkbookChange =
  | { readonly kind: "sheets"; readonly written: readonly string[] }
  | { readonly kind: "cells"; readonly sheet: string }
  | { readonly kind: "select"; readonly sheet: string; readonly address: string };
