/**
 * Workbook.names (NamedItemCollection): add (ExcelApi 1.4) with Excel's rules for a name (a letter,
 * "_" or "\" first, then letters, digits, "_", "." or "\"; at most 255 characters; not like a cell
 * reference; unique whatever the case), a comment of at most 255 characters and a reference to a
 * range; getItem and getItemOrNullObject (case-insensitive).
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.nameditemcollection
 * https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/1399f3cb-927c-4611-96ee-666143a8be35
 */
import { FakeCollection } from "./fakeCollection";
import { FakeNamedItem, FakeNamedItemProxy } from "./fakeNamedItem";
import { officeError } from "./fakeOfficeError";
import type { FakeRange } from "./fakeRange";
import type { FakeSheet } from "./fakeSheet";
import { parseAddress, type Rect } from "./parseAddress";

function nameProblem(name: string): string | null {
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) || name.length > 255) {
    return "invalid characters";
  }
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^R\d*C\d*$/i.test(name)) {
    return "looks like a cell reference";
  }
  return null;
}

export class FakeNamedItemCollection extends FakeCollection<FakeNamedItem, FakeNamedItemProxy> {
  protected itemProxy(model: FakeNamedItem): FakeNamedItemProxy {
    return new FakeNamedItemProxy(this.context, () => model);
  }
  protected itemProperties(): Readonly<Record<string, string>> {
    return {
      name: "1.1",
      comment: "1.4",
      formula: "1.7",
      type: "1.1",
      value: "1.1",
      visible: "1.1",
      scope: "1.4",
    };
  }
  add(name: string, reference: FakeRange | string, comment = ""): FakeNamedItemProxy {
    let created: FakeNamedItem | undefined;
    this.enqueue(
      "names.add",
      [name, typeof reference === "string" ? reference : "range", comment],
      "1.4",
      (names) => {
        const problem = nameProblem(name);
        if (problem !== null) {
          throw officeError("InvalidArgument", `The name '${name}' is not valid: ${problem}.`);
        }
        if (names.some((item) => item.name.toLowerCase() === name.toLowerCase())) {
          throw officeError("ItemAlreadyExists", `The name '${name}' already exists.`);
        }
        if (comment.length > 255) {
          throw officeError("InvalidArgument", "A name's comment is at most 255 characters.");
        }
        let target: { sheet: FakeSheet; rect: Rect };
        if (typeof reference === "string") {
          const match = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(reference);
          const sheetName =
            match === null ? undefined : (match[1]?.replace(/''/g, "'") ?? match[2]);
          const sheet = this.context.excel.sheets.find((candidate) => candidate.name === sheetName);
          const rect = match === null ? null : parseAddress(match[3]);
          if (sheet === undefined || rect === null) {
            throw officeError("InvalidArgument", `The reference '${reference}' is not valid.`);
          }
          target = { sheet, rect };
        } else {
          target = reference.model();
        }
        created = new FakeNamedItem(name, target, comment);
        names.push(created);
      }
    );
    return new FakeNamedItemProxy(this.context, () => {
      if (created === undefined) {
        throw officeError("ItemNotFound", "The name was not created.");
      }
      return created;
    });
  }
  getItem(name: string): FakeNamedItemProxy {
    return new FakeNamedItemProxy(this.context, () => {
      const item = this.model().find(
        (candidate) => candidate.name.toLowerCase() === name.toLowerCase()
      );
      if (item === undefined) {
        throw officeError("ItemNotFound", `The name '${name}' doesn't exist.`);
      }
      return item;
    });
  }
  getItemOrNullObject(name: string): FakeNamedItemProxy {
    return new FakeNamedItemProxy(
      this.context,
      () =>
        this.model().find((candidate) => candidate.name.toLowerCase() === name.toLowerCase()) ??
        null,
      true
    );
  }
}
