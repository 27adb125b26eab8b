import { isDateFormat } from "./isDateFormat";
import { scanPart } from "./scanPart";
import type { OpenedPackage } from "./openPackage";
import { attributeOf, localName } from "./xmlScanner";
import type { ZipEntry } from "./zipDirectory";

/**
 * 日期样式 (date styles): for each cell style of xl/styles.xml (the `s` index of a cell), whether
 * its number format shows a date (`isDateFormat`). [] when the workbook has no styles part.
 */
export async function readStyles(
  pkg: OpenedPackage,
  entry: ZipEntry | undefined
): Promise<boolean[]> {
  if (entry === undefined) {
    return [];
  }
  const codes = new Map<number, string>();
  const dates: boolean[] = [];
  const formatIds: number[] = [];
  let inCellFormats = false;
  await scanPart(pkg.bytes, entry, pkg.file, {
    open(name, attributes) {
      const local = localName(name);
      if (local === "numFmt") {
        const id = Number(attributeOf(attributes, "numFmtId"));
        codes.set(id, attributeOf(attributes, "formatCode") ?? "");
      } else if (local === "cellXfs") {
        inCellFormats = true;
      } else if (local === "xf" && inCellFormats) {
        formatIds.push(Number(attributeOf(attributes, "numFmtId") ?? 0));
      }
    },
    close(name) {
      if (localName(name) === "cellXfs") {
        inCellFormats = false;
      }
    },
    text() {},
  });
  for (const id of formatIds) {
    dates.push(isDateFormat(id, codes.get(id)));
  }
  return dates;
}
