import { xmlText } from "./xmlText";

const mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The shared strings of a package under construction. */
export class SharedStrings {
  private readonly indices = new Map<string, number>();
  /** Cells that use a shared string. */
  private count = 0;

  /** The index of a text (each call counts one use). */
  indexOf(text: string): number {
    this.count++;
    const known = this.indices.get(text);
    if (known !== undefined) {
      return known;
    }
    this.indices.set(text, this.indices.size);
    return this.indices.size - 1;
  }
  /** xl/sharedStrings.xml. */
  xml(): string {
    const items: string[] = [];
    for (const text of this.indices.keys()) {
      const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
      items.push(`<si><t${space}>${xmlText(text)}</t></si>`);
    }
    return `${declaration}<sst xmlns="${mainNamespace}" count="${this.count}" uniqueCount="${this.indices.size}">${items.join("")}</sst>`;
  }
}
