/**
 * Conditional formats (ExcelApi 1.6): Range.conditionalFormats and, from ExcelApi 1.9,
 * RangeAreas.conditionalFormats (ConditionalFormatCollection: the
 * formats that meet the range; add puts a new one first, at the top priority; getItem by id;
 * items loadable with id, type, priority and, through `customOrNullObject`, a custom rule's
 * formula — a null object for the other types), ConditionalFormat (delete, custom), and a custom
 * format's rule formula and fill colour. The sheet keeps them as plain data (fakeSheet.ts); they
 * never change a cell's own format.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformatcollection
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformat
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-conditional-formatting
 */
import { normaliseColor } from "./fakeCell";
import { FakeObject, propertyList, type LoadOption, type PropertySpec } from "./fakeObject";
import { notLoaded, officeError } from "./fakeOfficeError";
import type { FakeRequestContext } from "./fakeRequestContext";
import type { FakeConditionalFormatModel, FakeSheet } from "./fakeSheet";
import { intersects, type Rect } from "./parseAddress";
import { loadBytes, responseBytesOf } from "./requestBytes";

const formatTypes = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
];

let nextFormatId = 1;

interface FormatModel {
  readonly sheet: FakeSheet;
  readonly format: FakeConditionalFormatModel;
}

/** The formats of a sheet that meet some blocks, in priority order. */
function formatsMeeting(sheet: FakeSheet, rects: readonly Rect[]): FakeConditionalFormatModel[] {
  return sheet.conditionalFormats.filter((format) =>
    format.rects.some((area) => rects.some((rect) => intersects(area, rect)))
  );
}

/** What a collection is of: the blocks of a Range or of a RangeAreas. */
interface CollectionModel {
  readonly sheet: FakeSheet;
  readonly rects: readonly Rect[];
}

/** A custom format's rule: its formula. */
export class FakeConditionalFormatRule extends FakeObject<FormatModel> {
  protected properties(): Readonly<Record<string, PropertySpec<FormatModel>>> {
    return { formula: { get: (m) => m.format.formula, requires: "1.6" } };
  }
  get formula(): string {
    return this.read("formula");
  }
  set formula(formula: string) {
    this.enqueue("conditionalFormat.rule.formula", formula, "1.6", (m) => {
      if (typeof formula !== "string" || !formula.startsWith("=")) {
        throw officeError("InvalidArgument", `A rule formula starts with "=": ${String(formula)}`);
      }
      m.format.formula = formula;
    });
  }
}

/** A custom format's fill (ConditionalRangeFill): its colour. */
export class FakeConditionalRangeFill extends FakeObject<FormatModel> {
  protected properties(): Readonly<Record<string, PropertySpec<FormatModel>>> {
    return { color: { get: (m) => m.format.fill, requires: "1.6" } };
  }
  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.enqueue("conditionalFormat.fill.color", color, "1.6", (m) => {
      m.format.fill = normaliseColor(color, "conditionalFormat.fill.color");
    });
  }
}

/** CustomConditionalFormat: rule and format (its fill). */
export class FakeCustomConditionalFormat extends FakeObject<FormatModel> {
  readonly rule: FakeConditionalFormatRule;
  readonly format: { readonly fill: FakeConditionalRangeFill };
  constructor(context: FakeRequestContext, resolver: () => FormatModel | null, nullable: boolean) {
    super(context, resolver, nullable);
    this.rule = new FakeConditionalFormatRule(context, () => this.model());
    this.format = { fill: new FakeConditionalRangeFill(context, () => this.model()) };
  }
  protected properties(): Readonly<Record<string, PropertySpec<FormatModel>>> {
    return {};
  }
}

/** ConditionalFormat: id, type, priority; custom (its type must be Custom); delete. */
export class FakeConditionalFormat extends FakeObject<FormatModel> {
  readonly custom: FakeCustomConditionalFormat;
  readonly customOrNullObject: FakeCustomConditionalFormat;
  constructor(context: FakeRequestContext, resolver: () => FormatModel | null) {
    super(context, resolver);
    this.custom = new FakeCustomConditionalFormat(
      context,
      () => {
        const m = this.model();
        if (m.format.type !== "Custom") {
          throw officeError("InvalidArgument", `A ${m.format.type} format has no custom rule.`);
        }
        return m;
      },
      false
    );
    // Only loaded through the collection (see FakeConditionalFormatCollection.load).
    this.customOrNullObject = new FakeCustomConditionalFormat(context, () => this.model(), false);
  }
  protected override checkAlive(m: FormatModel): void {
    if (!m.sheet.conditionalFormats.includes(m.format)) {
      throw officeError("ItemNotFound", "The conditional format was deleted.");
    }
  }
  protected properties(): Readonly<Record<string, PropertySpec<FormatModel>>> {
    return {
      id: { get: (m) => m.format.id, requires: "1.6" },
      type: { get: (m) => m.format.type, requires: "1.6" },
      priority: { get: (m) => m.sheet.conditionalFormats.indexOf(m.format), requires: "1.6" },
    };
  }
  get id(): string {
    return this.read("id");
  }
  get type(): string {
    return this.read("type");
  }
  get priority(): number {
    return this.read("priority");
  }
  delete(): void {
    this.enqueue("conditionalFormat.delete", null, "1.6", (m) => {
      m.sheet.conditionalFormats.splice(m.sheet.conditionalFormats.indexOf(m.format), 1);
    });
  }
}

/** Range.conditionalFormats, RangeAreas.conditionalFormats. */
export class FakeConditionalFormatCollection extends FakeObject<CollectionModel> {
  private loadedItems: FakeConditionalFormat[] | undefined;
  protected properties(): Readonly<Record<string, PropertySpec<CollectionModel>>> {
    return { count: { get: (m) => formatsMeeting(m.sheet, m.rects).length, requires: "1.6" } };
  }

  add(type: string): FakeConditionalFormat {
    let created: FormatModel | undefined;
    this.enqueue("conditionalFormats.add", type, "1.6", (m) => {
      if (!formatTypes.includes(type)) {
        throw officeError("InvalidArgument", `Unknown conditional format type ${type}.`);
      }
      const format = {
        id: `{CF-${nextFormatId++}}`,
        type,
        rects: [...m.rects],
        formula: null,
        fill: null,
      };
      m.sheet.conditionalFormats.unshift(format);
      created = { sheet: m.sheet, format };
    });
    return new FakeConditionalFormat(this.context, () => {
      if (created === undefined) {
        throw officeError("ItemNotFound", "The conditional format was not added.");
      }
      return created;
    });
  }

  getItem(id: string): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, () => {
      const m = this.model();
      const format = formatsMeeting(m.sheet, m.rects).find((candidate) => candidate.id === id);
      if (format === undefined) {
        throw officeError("ItemNotFound", `No conditional format ${id}.`);
      }
      return { sheet: m.sheet, format };
    });
  }

  /** Loads items' id, type, priority and `customOrNullObject/rule/formula` ("items/" optional). */
  override load(option?: LoadOption): this {
    const paths = (propertyList(option) ?? ["id", "type", "priority"]).map((path) =>
      path.startsWith("items/") ? path.slice("items/".length) : path
    );
    const own = paths.filter((path) => ["id", "type", "priority"].includes(path));
    const withFormula = paths.includes("customOrNullObject/rule/formula");
    const unknown = paths.filter(
      (path) => !own.includes(path) && path !== "customOrNullObject/rule/formula"
    );
    if (unknown.length > 0) {
      throw officeError("PropertyNotFound", `Cannot load ${unknown.join(",")} of the items.`);
    }
    this.context.enqueue({
      bytes: loadBytes(paths),
      requires: "1.6",
      label: `load conditional formats ${paths.join(",")}`,
      apply: () => {
        const m = this.model();
        const items = formatsMeeting(m.sheet, m.rects).map((format) => {
          const model = { sheet: m.sheet, format };
          const item = new FakeConditionalFormat(this.context, () => model).loadedWith(model, own);
          if (withFormula) {
            item.customOrNullObject.loadedAsNull(format.type !== "Custom");
            if (format.type === "Custom") {
              item.customOrNullObject.rule.loadedWith(model, ["formula"]);
            }
          }
          return item;
        });
        this.context.respond(
          responseBytesOf(
            items.map((item) => ({
              ...item.loadedValues(),
              ...(withFormula ? { rule: item.customOrNullObject.rule.loadedValues() } : {}),
            }))
          )
        );
        this.context.afterSync(() => {
          this.loadedItems = items;
        });
      },
    });
    return this;
  }

  get items(): FakeConditionalFormat[] {
    if (this.loadedItems === undefined) {
      throw notLoaded("items");
    }
    return this.loadedItems;
  }
}
