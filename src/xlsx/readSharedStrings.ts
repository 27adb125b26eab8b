import { scanPart } from "./scanPart";
import type { OpenedPackage } from "./openPackage";
import { decodeXml, localName } from "./xmlScanner";
import type { ZipEntry } from "./zipDirectory";

/**
 * OOXML's escapes of characters XML cannot carry: "_x000D_" is a carriage return, "_x005F_" an
 * underscore (so "_x005F_x000D_" is the text "_x000D_").
 */
export function unescapeOoxml(text: string): string {
  if (text.indexOf("_x") < 0) {
    return text;
  }
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_whole, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  );
}

/**
 * 共享字符串 (shared strings): the texts of xl/sharedStrings.xml in order — rich text as its runs'
 * text joined, phonetic guides (`rPh`) left out, OOXML escapes undone. [] without the part.
 */
export async function readSharedStrings(
  pkg: OpenedPackage,
  entry: ZipEntry | undefined
): Promise<string[]> {
  if (entry === undefined) {
    return [];
  }
  const strings: string[] = [];
  let current = "";
  let inItem = false;
  let inText = false;
  let phonetic = 0;
  await scanPart(pkg.bytes, entry, pkg.file, {
    open(name, _attributes, empty) {
      const local = localName(name);
      if (local === "si") {
        inItem = true;
        current = "";
      } else if (local === "t" && inItem && phonetic === 0 && !empty) {
        inText = true;
      } else if (local === "rPh") {
        phonetic++;
      }
    },
    close(name) {
      const local = localName(name);
      if (local === "si") {
        strings.push(unescapeOoxml(decodeXml(current)));
        inItem = false;
      } else if (local === "t") {
        inText = false;
      } else if (local === "rPh") {
        phonetic--;
      }
    },
    text(raw, cdata) {
      if (inText) {
        current += cdata ? raw.replace(/&/g, "&amp;") : raw;
      }
    },
  });
  return strings;
}
