/**
 * A defined name (NamedItem) of workbook scope: the model, which follows its sheet through a
 * rename and reads "=#REF!" once the sheet is deleted; and its proxy (name, comment from ExcelApi
 * 1.4, formula from ExcelApi 1.7, type, value, visible, scope, delete).
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.nameditem
 */
import { FakeObject, type PropertySpec } from "./fakeObject";
import { officeError } from "./fakeOfficeError";
import type { FakeSheet } from "./fakeSheet";
import { addressOf, quoteSheet, type Rect } from "./parseAddress";

export class FakeNamedItem {
  name: string;
  comment: string;
  visible = true;
  target: { sheet: FakeSheet; rect: Rect } | null;
  deleted = false;
  constructor(name: string, target: { sheet: FakeSheet; rect: Rect }, comment: string) {
    this.name = name;
    this.target = target;
    this.comment = comment;
  }
  get live(): boolean {
    return this.target !== null && !this.target.sheet.deleted;
  }
  get formula(): string {
    return this.live && this.target !== null
      ? `=${quoteSheet(this.target.sheet.name)}!${addressOf(this.target.rect, true)}`
      : "=#REF!";
  }
}

export class FakeNamedItemProxy extends FakeObject<FakeNamedItem> {
  protected override checkAlive(item: FakeNamedItem): void {
    if (item.deleted) {
      throw officeError("ItemNotFound", `The name '${item.name}' was deleted.`);
    }
  }
  protected properties(): Readonly<Record<string, PropertySpec<FakeNamedItem>>> {
    return {
      name: { get: (n) => n.name },
      comment: { get: (n) => n.comment, requires: "1.4" },
      formula: { get: (n) => n.formula, requires: "1.7" },
      type: { get: (n) => (n.live ? "Range" : "Error") },
      value: { get: (n) => (n.live ? n.formula.slice(1) : "#REF!") },
      visible: { get: (n) => n.visible },
      scope: { get: () => "Workbook", requires: "1.4" },
    };
  }
  get name(): string {
    return this.read("name");
  }
  get comment(): string {
    return this.read("comment");
  }
  set comment(comment: string) {
    this.enqueue("name.comment", comment, "1.4", (item) => {
      item.comment = comment;
    });
  }
  get formula(): string {
    return this.read("formula");
  }
  get type(): string {
    return this.read("type");
  }
  get value(): string {
    return this.read("value");
  }
  get visible(): boolean {
    return this.read("visible");
  }
  set visible(visible: boolean) {
    this.enqueue("name.visible", visible, "1.1", (item) => {
      item.visible = visible;
    });
  }
  delete(): void {
    this.enqueue("name.delete", null, "1.4", (item) => {
      const names = this.context.excel.names;
      names.splice(names.indexOf(item), 1);
      item.deleted = true;
    });
  }
}
