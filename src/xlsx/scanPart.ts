import { StringDecoder } from "string_decoder";
import { FileProblem } from "./fileProblem";
import { unpackPart } from "./unpackPart";
import type { ZipEntry } from "./zipDirectory";
import { XmlDamage, XmlHandler, XmlScanner } from "./xmlScanner";

/**
 * 扫描部件 (scan a part): unpacks one XML part of the package piece by piece and feeds it to an
 * {@link XmlHandler}, so even the biggest sheet is never held whole. UTF-8, or UTF-16 (LE) when
 * the part starts with that byte-order mark. Damage becomes a {@link FileProblem} `damagedXml`
 * naming the file, the part and the sheet (`sheet`, "" for the workbook's own parts); a
 * `FileProblem` thrown by the handler (a limit reached) passes through as it is.
 */
export async function scanPart(
  bytes: Uint8Array,
  entry: ZipEntry,
  file: string,
  handler: XmlHandler,
  sheet = ""
): Promise<void> {
  const scanner = new XmlScanner(handler);
  let decoder: StringDecoder | undefined;
  try {
    for await (const chunk of unpackPart(bytes, entry, file)) {
      if (decoder === undefined) {
        const utf16 = chunk.byteLength >= 2 && chunk[0] === 0xff && chunk[1] === 0xfe;
        decoder = new StringDecoder(utf16 ? "utf16le" : "utf8");
      }
      scanner.write(decoder.write(chunk));
    }
    if (decoder !== undefined) {
      scanner.write(decoder.end());
    }
    scanner.end();
  } catch (error) {
    if (error instanceof XmlDamage) {
      throw new FileProblem("damagedXml", {
        file,
        part: entry.name,
        sheet,
        detail: `${error.message} (character ${scanner.position + 1})`,
      });
    }
    throw error;
  }
}
