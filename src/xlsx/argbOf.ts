/** "#RRGGBB" (or "RRGGBB") → the ARGB "FFRRGGBB" .xlsx files and exceljs use; 8 digits stay as they are. */
export function argbOf(colour: string): string {
  const hex = colour.replace(/^#/, "").toUpperCase();
  return hex.length === 8 ? hex : `FF${hex.padStart(6, "0")}`;
}
