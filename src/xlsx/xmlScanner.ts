/** A document the scanner cannot read: its words go into the clerk's `damagedXml` message. */
export class XmlDamage extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = "XmlDamage";
  }
}

/** What an {@link XmlScanner} reports, in document order. */
export interface XmlHandler {
  /** An element starts: its qualified name, its raw attribute text, whether it is empty (`<a/>`). */
  open(name: string, attributes: string, empty: boolean): void;
  /** An element ends (right after `open` for an empty one). */
  close(name: string): void;
  /** Character data inside the root: raw (entities not decoded) unless `cdata`. */
  text(raw: string, cdata: boolean): void;
}

const lessThan = 60; // <
const slash = 47; // /
const bang = 33; // !
const question = 63; // ?
const doubleQuote = 34;

const singleQuote = 39;

const namedEntities: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
};

/**
 * Decodes XML character data: the five named entities and numeric references (`&#20013;`,
 * `&#x4E2D;`). Throws {@link XmlDamage} for any other entity (no DTD is ever read).
 */
export function decodeXml(raw: string): string {
  if (raw.indexOf("&") < 0) {
    return raw;
  }
  return raw.replace(/&([^;&\s]{0,12});/g, (whole: string, name: string) => {
    const named = namedEntities[name];
    if (named !== undefined) {
      return named;
    }
    const code = /^#x([0-9a-f]+)$/i.test(name)
      ? parseInt(name.slice(2), 16)
      : /^#[0-9]+$/.test(name)
        ? parseInt(name.slice(1), 10)
        : Number.NaN;
    if (!(code >= 0 && code <= 0x10ffff)) {
      throw new XmlDamage(`unknown entity ${whole}`);
    }
    return String.fromCodePoint(code);
  });
}

/** One attribute's decoded value from an element's raw attribute text, or undefined. */
export function attributeOf(attributes: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = attributes.indexOf(name, from);
    if (at < 0) {
      return undefined;
    }
    from = at + name.length;
    const before = at === 0 ? 32 : attributes.charCodeAt(at - 1);
    if (before !== 32 && before !== 9 && before !== 10 && before !== 13) {
      continue; // "r" inside "ref" or "xr:uid"
    }
    let index = at + name.length;
    while (index < attributes.length && attributes.charCodeAt(index) <= 32) {
      index++;
    }
    if (attributes.charCodeAt(index) !== 61) {
      continue; // not followed by "="
    }
    index++;
    while (index < attributes.length && attributes.charCodeAt(index) <= 32) {
      index++;
    }
    const quote = attributes.charCodeAt(index);
    if (quote !== doubleQuote && quote !== singleQuote) {
      throw new XmlDamage(`attribute ${name} without quotes`);
    }
    const end = attributes.indexOf(String.fromCharCode(quote), index + 1);
    if (end < 0) {
      throw new XmlDamage(`attribute ${name} not closed`);
    }
    return decodeXml(attributes.slice(index + 1, end));
  }
}

/** The local part of a qualified name: "x14:dataValidation" → "dataValidation". */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * XML 扫描器 (XML scanner): a small, fast, streaming reader of the XML a spreadsheet package holds,
 * fed text in pieces of any size (a tag may straddle two pieces). It checks what a reader of
 * SpreadsheetML needs — tags closed in order, quotes closed, entities known, one root — and reports
 * elements and text to an {@link XmlHandler}; nothing else is kept, so memory stays at one piece.
 * Document type declarations are refused (no entity expansion, so no "billion laughs").
 * Damage is thrown as {@link XmlDamage}.
 */
export class XmlScanner {
  private readonly handler: XmlHandler;
  /** The incomplete tag the last piece ended in. */
  private pending = "";
  /** The names of the elements open. */
  private readonly stack: string[] = [];
  private seenRoot = false;
  /** Characters scanned before `pending`. */
  private consumed = 0;
  private at = 0;

  constructor(handler: XmlHandler) {
    this.handler = handler;
  }

  /** Where the tag being read starts (0-based, in characters), for the damage message. */
  get position(): number {
    return this.at;
  }
  /** Feeds the next piece of the document. */
  write(piece: string): void {
    const text = this.pending === "" ? piece : this.pending + piece;
    const end = this.scan(text);
    this.consumed += end;
    this.pending = end < text.length ? text.slice(end) : "";
  }
  /** Ends the document: anything left open is damage. */
  end(): void {
    if (this.pending.trim() !== "") {
      throw new XmlDamage("the document ends inside a tag");
    }
    if (this.stack.length > 0) {
      throw new XmlDamage(`<${this.stack[this.stack.length - 1]}> is never closed`);
    }
    if (!this.seenRoot) {
      throw new XmlDamage("the document is empty");
    }
  }
  /** Scans complete tags of `text`; returns where the first incomplete one starts. */
  private scan(text: string): number {
    const handler = this.handler;
    const stack = this.stack;
    let position = 0;
    for (;;) {
      const start = text.indexOf("<", position);
      if (start < 0) {
        if (position < text.length) {
          this.characters(text.slice(position));
        }
        return text.length;
      }
      if (start > position) {
        this.characters(text.slice(position, start));
      }
      this.at = this.consumed + start;
      if (start + 1 >= text.length) {
        return start;
      }
      const next = text.charCodeAt(start + 1);
      if (next === bang) {
        if (text.startsWith("<!--", start)) {
          const close = text.indexOf("-->", start + 4);
          if (close < 0) {
            return start;
          }
          position = close + 3;
          continue;
        }
        if (text.startsWith("<![CDATA[", start)) {
          const close = text.indexOf("]]>", start + 9);
          if (close < 0) {
            return start;
          }
          if (stack.length === 0) {
            throw new XmlDamage("character data outside the root element");
          }
          handler.text(text.slice(start + 9, close), true);
          position = close + 3;
          continue;
        }
        if (text.length - start < 9) {
          return start;
        }
        throw new XmlDamage(
          text.startsWith("<!DOCTYPE", start)
            ? "a document type declaration (not allowed in a workbook)"
            : `unknown markup ${text.slice(start, start + 9)}`
        );
      }
      if (next === question) {
        const close = text.indexOf("?>", start + 2);
        if (close < 0) {
          return start;
        }
        position = close + 2;
        continue;
      }
      const end = tagEnd(text, start + 1);
      if (end < 0) {
        return start;
      }
      if (next === slash) {
        const name = text.slice(start + 2, end).trim();
        const open = stack.pop();
        if (open !== name) {
          throw new XmlDamage(
            open === undefined ? `</${name}> closes nothing` : `</${name}> closes <${open}>`
          );
        }
        handler.close(name);
      } else {
        const empty = text.charCodeAt(end - 1) === slash;
        const inner = empty ? end - 1 : end;
        let nameEnd = start + 1;
        while (nameEnd < inner && text.charCodeAt(nameEnd) > 32) {
          nameEnd++;
        }
        const name = text.slice(start + 1, nameEnd);
        if (name === "") {
          throw new XmlDamage("an element without a name");
        }
        if (stack.length === 0) {
          if (this.seenRoot) {
            throw new XmlDamage(`a second root element <${name}>`);
          }
          this.seenRoot = true;
        }
        handler.open(name, text.slice(nameEnd, inner), empty);
        if (empty) {
          handler.close(name);
        } else {
          stack.push(name);
        }
      }
      position = end + 1;
    }
  }
  private characters(raw: string): void {
    if (this.stack.length > 0) {
      this.handler.text(raw, false);
    } else if (raw.trim() !== "" && raw.charCodeAt(0) !== 0xfeff) {
      throw new XmlDamage("text outside the root element");
    }
  }
}

/** The index of the ">" ending the tag that starts before `from`, skipping quoted values; -1 if not here yet. */
function tagEnd(text: string, from: number): number {
  let index = from;
  for (;;) {
    const close = text.indexOf(">", index);
    if (close < 0) {
      return -1;
    }
    let quote = -1;
    for (let scan = index; scan < close; scan++) {
      const code = text.charCodeAt(scan);
      if (code === doubleQuote || code === singleQuote) {
        quote = scan;
        break;
      }
      if (code === lessThan) {
        throw new XmlDamage("a tag inside a tag");
      }
    }
    if (quote < 0) {
      return close;
    }
    const quoteEnd = text.indexOf(text[quote], quote + 1);
    if (quoteEnd < 0) {
      return -1;
    }
    index = quoteEnd + 1;
  }
}
