/**
 * An in-memory fake of exactly the Excel JavaScript API subset the add-in's adapter uses, with the
 * semantics that matter:
 * - proxies with STRICT load/sync: reading a property that was not loaded, or was loaded but not
 *   yet synced, throws PropertyNotLoaded (Office.js does the same, office-addin-mock does not);
 *   `isNullObject` is readable only after a sync; anything done to a null object fails at sync;
 * - writes are queued and applied in order at `context.sync()`; an action that fails stops the
 *   batch there (earlier actions stay applied, as in Excel); the queue is emptied either way;
 * - `sync()` is counted, each request's size is estimated from the JSON of its arguments (values,
 *   formats …) and a request above 5 MB is rejected whole with RequestPayloadSizeLimitExceeded;
 * - input is checked like Excel checks it: a 2-D array whose shape differs from the range, a null
 *   single property, an invalid sheet or defined name, a duplicate name … fail with
 *   InvalidArgument / ItemAlreadyExists; a missing item with ItemNotFound;
 * - each API carries its ExcelApi version; a call above the fake's `apiVersion` fails with
 *   ApiNotFound, and `isSetSupported` answers from the same version;
 * - failures can be injected on the Nth sync, before or after some of its actions.
 * Test code only: never shipped.
 */

/** A cell's value as Excel returns it: "" when empty. */
export type FakeValue = string | number | boolean;

export interface FakeFill {
  /** null: no fill. */
  color: string | null;
  pattern: string;
  patternColor: string | null;
  tintAndShade: number;
  patternTintAndShade: number;
}

export interface FakeFont {
  bold: boolean;
  italic: boolean;
  color: string;
  size: number;
  name: string;
}

export interface FakeCell {
  value: FakeValue;
  formula: string | null;
  numberFormat: string;
  fill: FakeFill;
  font: FakeFont;
  wrapText: boolean;
  horizontalAlignment: string;
}

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

export interface FakeSeries {
  name: string;
  values: string;
  xValues: string | null;
  fill: string | null;
  pointFills: (string | null)[];
}

export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  legendVisible: boolean;
  categoryReversed: boolean;
  position: { start: string; end: string | null } | null;
  series: FakeSeries[];
}

export interface FakePageLayout {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printTitleRows: string | null;
}

export interface FakeBorder {
  address: string;
  edge: string;
  style: string;
  weight: string | null;
}

/** One sync: its size, actions, and the writes of values / number formats in order. */
export interface SyncRecord {
  readonly index: number;
  readonly bytes: number;
  readonly actions: number;
  calculationSuspended: boolean;
  failed: string | null;
  readonly writes: { sheet: string; address: string; property: string }[];
}

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;
const MAX_READ_CELLS = 5_000_000;

/** The error Office.js raises (OfficeExtension.Error): a code, a message and debug info. */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string };
  constructor(code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message };
  }
}

function officeError(code: string, message: string): FakeOfficeError {
  return new FakeOfficeError(code, message);
}

function notLoaded(property: string): FakeOfficeError {
  return officeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
}

function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value);
  return text === undefined ? 0 : utf8Bytes(text);
}

function compareVersions(a: string, b: string): number {
  const [aMajor, aMinor] = a.split(".").map(Number);
  const [bMajor, bMinor] = b.split(".").map(Number);
  return aMajor !== bMajor ? aMajor - bMajor : (aMinor || 0) - (bMinor || 0);
}

// ---------------------------------------------------------------------------------------------
// Addresses

export function columnName(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function columnNumber(letters: string): number {
  let index = 0;
  for (const letter of letters.toUpperCase()) {
    index = index * 26 + (letter.charCodeAt(0) - 64);
  }
  return index - 1;
}

/** "A1:C3" of a rect; whole rows "3:3" and whole columns "A:C" as Excel writes them. */
export function addressOf(rect: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  if (rect.columns === MAX_COLUMNS && rect.rows === MAX_ROWS) {
    return `${d}1:${d}${MAX_ROWS}`;
  }
  if (rect.columns === MAX_COLUMNS) {
    return `${d}${rect.top + 1}:${d}${rect.top + rect.rows}`;
  }
  if (rect.rows === MAX_ROWS) {
    return `${d}${columnName(rect.left)}:${d}${columnName(rect.left + rect.columns - 1)}`;
  }
  const first = `${d}${columnName(rect.left)}${d}${rect.top + 1}`;
  if (rect.rows === 1 && rect.columns === 1) {
    return first;
  }
  return `${first}:${d}${columnName(rect.left + rect.columns - 1)}${d}${rect.top + rect.rows}`;
}

/** Parses "A1", "B2:D5", "A:C", "3:5" (with or without $) into a rect; null if invalid. */
export function parseAddress(address: string): Rect | null {
  const text = address.replace(/\$/g, "").trim().toUpperCase();
  let match = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(text);
  if (match !== null) {
    const r1 = Number(match[2]) - 1;
    const c1 = columnNumber(match[1]);
    const r2 = match[4] === undefined ? r1 : Number(match[4]) - 1;
    const c2 = match[3] === undefined ? c1 : columnNumber(match[3]);
    const rect = {
      top: Math.min(r1, r2),
      left: Math.min(c1, c2),
      rows: Math.abs(r2 - r1) + 1,
      columns: Math.abs(c2 - c1) + 1,
    };
    return rect.top < 0 ||
      rect.left < 0 ||
      rect.top + rect.rows > MAX_ROWS ||
      rect.left + rect.columns > MAX_COLUMNS
      ? null
      : rect;
  }
  match = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(text);
  if (match !== null) {
    const c1 = columnNumber(match[1]);
    const c2 = columnNumber(match[2]);
    return { top: 0, left: Math.min(c1, c2), rows: MAX_ROWS, columns: Math.abs(c2 - c1) + 1 };
  }
  match = /^(\d+):(\d+)$/.exec(text);
  if (match !== null) {
    const r1 = Number(match[1]) - 1;
    const r2 = Number(match[2]) - 1;
    if (r1 < 0 || r2 < 0) {
      return null;
    }
    return { top: Math.min(r1, r2), left: 0, rows: Math.abs(r2 - r1) + 1, columns: MAX_COLUMNS };
  }
  return null;
}

/** A sheet name as Excel writes it in a reference: quoted unless plain letters/digits/_ (not first a digit). */
export function quoteSheet(name: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RC]\d*$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

function intersects(a: Rect, b: Rect): boolean {
  return (
    a.top < b.top + b.rows &&
    b.top < a.top + a.rows &&
    a.left < b.left + b.columns &&
    b.left < a.left + a.columns
  );
}

function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.top >= outer.top &&
    inner.left >= outer.left &&
    inner.top + inner.rows <= outer.top + outer.rows &&
    inner.left + inner.columns <= outer.left + outer.columns
  );
}

// ---------------------------------------------------------------------------------------------
// Models

function defaultFill(): FakeFill {
  return {
    color: null,
    pattern: "None",
    patternColor: null,
    tintAndShade: 0,
    patternTintAndShade: 0,
  };
}

function defaultCell(): FakeCell {
  return {
    value: "",
    formula: null,
    numberFormat: "General",
    fill: defaultFill(),
    font: { bold: false, italic: false, color: "#000000", size: 11, name: "等线" },
    wrapText: false,
    horizontalAlignment: "General",
  };
}

const namedColors: Readonly<Record<string, string>> = {
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  white: "#FFFFFF",
  black: "#000000",
  gray: "#808080",
};

function normaliseColor(color: unknown, property: string): string {
  if (typeof color !== "string") {
    throw officeError(
      "InvalidArgument",
      `The argument is invalid or missing or has an incorrect format: ${property}`
    );
  }
  const named = namedColors[color.toLowerCase()];
  if (named !== undefined) {
    return named;
  }
  if (!/^#[0-9A-Fa-f]{6}$/.test(color)) {
    throw officeError(
      "InvalidArgument",
      `The argument is invalid or missing or has an incorrect format: ${property}=${color}`
    );
  }
  return color.toUpperCase();
}

const fillPatterns = new Set([
  "None",
  "Solid",
  "Gray50",
  "Gray75",
  "Gray25",
  "Horizontal",
  "Vertical",
  "Down",
  "Up",
  "Checker",
  "SemiGray75",
  "LightHorizontal",
  "LightVertical",
  "LightDown",
  "LightUp",
  "Grid",
  "CrissCross",
  "Gray16",
  "Gray8",
]);

/** Excel's rules for a sheet name. */
export function sheetNameProblem(name: unknown): string | null {
  if (typeof name !== "string" || name.trim() === "") {
    return "blank";
  }
  if (name.length > 31) {
    return "longer than 31 characters";
  }
  if (/[[\]:*?/\\]/.test(name)) {
    return "forbidden character";
  }
  if (name.startsWith("'") || name.endsWith("'")) {
    return "leading or trailing apostrophe";
  }
  if (name.toLowerCase() === "history") {
    return "reserved";
  }
  return null;
}

let nextSheetId = 1;

export class FakeSheet {
  readonly id: string;
  name: string;
  visibility = "Visible";
  readonly cells = new Map<number, FakeCell>();
  readonly columnWidths = new Map<number, number>();
  /** Row heights set in points, by 0-based row (Excel's default is 15). */
  readonly rowHeights = new Map<number, number>();
  readonly hiddenRows = new Set<number>();
  readonly merges: Rect[] = [];
  freeze = { rows: 0, columns: 0 };
  pageLayout: FakePageLayout = {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 },
    printTitleRows: null,
  };
  readonly charts: FakeChart[] = [];
  readonly borders: FakeBorder[] = [];
  deleted = false;

  constructor(name: string) {
    this.id = `{${String(nextSheetId++).padStart(8, "0")}-0001-0000-0000-000000000000}`;
    this.name = name;
  }

  private static key(row: number, column: number): number {
    return row * MAX_COLUMNS + column;
  }

  cell(row: number, column: number): FakeCell {
    return this.cells.get(FakeSheet.key(row, column)) ?? defaultCell();
  }

  ensureCell(row: number, column: number): FakeCell {
    const key = FakeSheet.key(row, column);
    let cell = this.cells.get(key);
    if (cell === undefined) {
      cell = defaultCell();
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Calls back for each cell of a rect (existing or default); refuses absurdly large rects. */
  forEach(rect: Rect, visit: (cell: FakeCell, row: number, column: number) => void): void {
    if (rect.rows * rect.columns > MAX_READ_CELLS) {
      throw officeError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit."
      );
    }
    for (let row = rect.top; row < rect.top + rect.rows; row++) {
      for (let column = rect.left; column < rect.left + rect.columns; column++) {
        visit(this.cell(row, column), row, column);
      }
    }
  }

  /** Applies a change to each cell of a rect, creating the cells. */
  update(rect: Rect, change: (cell: FakeCell, row: number, column: number) => void): void {
    if (rect.rows * rect.columns > MAX_READ_CELLS) {
      throw officeError(
        "InvalidArgument",
        "The fake refuses to format more than 5,000,000 cells at once."
      );
    }
    for (let row = rect.top; row < rect.top + rect.rows; row++) {
      for (let column = rect.left; column < rect.left + rect.columns; column++) {
        change(this.ensureCell(row, column), row, column);
      }
    }
  }

  /** The bounding rect of the cells that have a value (valuesOnly) or anything; null when none. */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of this.cells) {
      if (valuesOnly && cell.value === "" && cell.formula === null) {
        continue;
      }
      const row = Math.floor(key / MAX_COLUMNS);
      const column = key % MAX_COLUMNS;
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row);
      right = Math.max(right, column);
    }
    return bottom < 0 ? null : { top, left, rows: bottom - top + 1, columns: right - left + 1 };
  }
}

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

interface RangeModel {
  readonly sheet: FakeSheet;
  readonly rect: Rect;
}

// ---------------------------------------------------------------------------------------------
// Requests

interface FakeAction {
  readonly bytes: number;
  readonly requires: string;
  readonly label: string;
  readonly write?: { sheet: () => string; address: () => string; property: string };
  apply(): void;
}

type LoadOption = string | string[] | { select?: string };

function propertyList(option: LoadOption | undefined): string[] | null {
  if (option === undefined) {
    return null;
  }
  const text =
    typeof option === "string"
      ? option
      : Array.isArray(option)
        ? option.join(",")
        : (option.select ?? "");
  return text
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

interface Loadable {
  load(option?: LoadOption): unknown;
}

interface PropertySpec<M> {
  readonly get: (model: M) => unknown;
  readonly requires?: string;
}

/** Every proxy: lazy binding at first use inside a sync, strict loaded-property reads. */
abstract class FakeObject<M> {
  readonly context: FakeRequestContext;
  private bound: { model: M | null } | undefined;
  private readonly resolver: () => M | null;
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(context: FakeRequestContext, resolver: () => M | null, nullable = false) {
    this.context = context;
    this.resolver = resolver;
    if (nullable) {
      context.enqueue({
        bytes: 24,
        requires: "1.1",
        label: "resolveNullObject",
        apply: () => {
          const isNull = this.resolve() === null;
          context.afterSync(() => {
            this.nullState = isNull;
          });
        },
      });
    }
  }

  protected resolve(): M | null {
    if (this.bound === undefined) {
      this.bound = { model: this.resolver() };
    }
    return this.bound.model;
  }

  /** The model for an action being applied: fails on a null object or a deleted one. */
  model(): M {
    const model = this.resolve();
    if (model === null) {
      throw officeError("InvalidOperation", "The operation is not valid on a null object.");
    }
    this.checkAlive(model);
    return model;
  }

  protected checkAlive(model: M): void {
    void model;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) {
      throw notLoaded("isNullObject");
    }
    return this.nullState;
  }

  protected abstract properties(): Readonly<Record<string, PropertySpec<M>>>;

  protected navigation(): Readonly<Record<string, () => Loadable>> {
    return {};
  }

  load(option?: LoadOption): this {
    const list = propertyList(option);
    const specs = this.properties();
    const own: string[] = [];
    for (const path of list ?? Object.keys(specs)) {
      const slash = path.indexOf("/");
      if (slash >= 0) {
        const child = this.navigation()[path.slice(0, slash)];
        if (child === undefined) {
          throw officeError(
            "PropertyNotFound",
            `No navigation property '${path.slice(0, slash)}'.`
          );
        }
        child().load(path.slice(slash + 1));
        continue;
      }
      if (specs[path] === undefined) {
        throw officeError(
          "PropertyNotFound",
          `The property '${path}' does not exist on this object.`
        );
      }
      own.push(path);
    }
    if (own.length > 0) {
      const requires =
        own
          .map((name) => specs[name].requires ?? "1.1")
          .sort(compareVersions)
          .pop() ?? "1.1";
      this.context.enqueue({
        bytes: 32 + utf8Bytes(own.join(",")),
        requires,
        label: `load ${own.join(",")}`,
        apply: () => {
          const model = this.resolve();
          if (model === null) {
            return;
          }
          this.checkAlive(model);
          const values = own.map((name) => [name, specs[name].get(model)] as const);
          this.context.afterSync(() => {
            for (const [name, value] of values) {
              this.loaded.set(name, value);
            }
          });
        },
      });
    }
    return this;
  }

  /** Marks properties as loaded with a snapshot (collections load their items this way). */
  loadedWith(model: M, names: readonly string[]): this {
    const specs = this.properties();
    for (const name of names) {
      this.loaded.set(name, specs[name].get(model));
    }
    return this;
  }

  protected read<T>(property: string): T {
    if (this.nullState === true || !this.loaded.has(property)) {
      throw notLoaded(property);
    }
    return this.loaded.get(property) as T;
  }

  protected enqueue(
    label: string,
    payload: unknown,
    requires: string,
    apply: (model: M) => void,
    write?: FakeAction["write"]
  ): void {
    this.context.enqueue({
      bytes: 64 + jsonBytes(payload),
      requires,
      label,
      write,
      apply: () => apply(this.model()),
    });
  }
}

class FakeClientResult<T> {
  private result: { value: T } | undefined;
  set(value: T): void {
    this.result = { value };
  }
  get value(): T {
    if (this.result === undefined) {
      throw notLoaded("value");
    }
    return this.result.value;
  }
}

/** A collection proxy: `items` readable after a load and a sync. */
abstract class FakeCollection<M, P extends FakeObject<M>> extends FakeObject<M[]> {
  private loadedItems: P[] | undefined;
  protected abstract itemProxy(model: M): P;
  /** The item properties that can be loaded, with the ExcelApi version each needs. */
  protected abstract itemProperties(): Readonly<Record<string, string>>;

  protected properties(): Readonly<Record<string, PropertySpec<M[]>>> {
    return { count: { get: (models) => models.length } };
  }

  override load(option?: LoadOption): this {
    const available = this.itemProperties();
    const list = propertyList(option) ?? Object.keys(available);
    const names = list.map((path) =>
      path.startsWith("items/") ? path.slice("items/".length) : path
    );
    if (names.includes("count")) {
      super.load("count");
    }
    const itemNames = names.filter((name) => name !== "count");
    for (const name of itemNames) {
      if (available[name] === undefined) {
        throw officeError(
          "PropertyNotFound",
          `The property '${name}' does not exist on the items.`
        );
      }
    }
    const requires =
      itemNames
        .map((name) => available[name])
        .sort(compareVersions)
        .pop() ?? "1.1";
    this.context.enqueue({
      bytes: 32 + utf8Bytes(itemNames.join(",")),
      requires,
      label: `load items ${itemNames.join(",")}`,
      apply: () => {
        const models = this.model();
        const items = models.map((model) => this.itemProxy(model).loadedWith(model, itemNames));
        this.context.afterSync(() => {
          this.loadedItems = items;
        });
      },
    });
    return this;
  }

  get items(): P[] {
    if (this.loadedItems === undefined) {
      throw notLoaded("items");
    }
    return this.loadedItems;
  }
}

// ---------------------------------------------------------------------------------------------
// Range and its formats

class FakeRangeFill extends FakeObject<RangeModel> {
  protected properties(): Readonly<Record<string, PropertySpec<RangeModel>>> {
    return {
      color: { get: (m) => uniform(m, (cell) => cell.fill.color ?? "#FFFFFF") },
      pattern: { get: (m) => uniform(m, (cell) => cell.fill.pattern), requires: "1.9" },
    };
  }
  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.enqueue(
      "fill.color",
      color,
      "1.1",
      (m) => {
        const value = normaliseColor(color, "color");
        m.sheet.update(m.rect, (cell) => setFillColor(cell.fill, value));
      },
      {
        sheet: () => this.model().sheet.name,
        address: () => addressOf(this.model().rect),
        property: `fill.color ${color}`,
      }
    );
  }
  get pattern(): string {
    return this.read("pattern");
  }
  clear(): void {
    this.enqueue("fill.clear", null, "1.1", (m) =>
      m.sheet.update(m.rect, (cell) => (cell.fill = defaultFill()))
    );
  }
}

function setFillColor(fill: FakeFill, color: string): void {
  fill.color = color;
  fill.tintAndShade = 0;
  if (fill.pattern === "None") {
    fill.pattern = "Solid";
  }
}

function uniform(m: RangeModel, pick: (cell: FakeCell) => unknown): unknown {
  let first: unknown;
  let seen = false;
  let same = true;
  m.sheet.forEach(m.rect, (cell) => {
    const value = pick(cell);
    if (!seen) {
      first = value;
      seen = true;
    } else if (value !== first) {
      same = false;
    }
  });
  return same ? first : null;
}

class FakeRangeFont extends FakeObject<RangeModel> {
  protected properties(): Readonly<Record<string, PropertySpec<RangeModel>>> {
    return {
      bold: { get: (m) => uniform(m, (cell) => cell.font.bold) },
      color: { get: (m) => uniform(m, (cell) => cell.font.color) },
      size: { get: (m) => uniform(m, (cell) => cell.font.size) },
    };
  }
  get bold(): boolean {
    return this.read("bold");
  }
  set bold(bold: boolean) {
    this.enqueue("font.bold", bold, "1.1", (m) => {
      if (typeof bold !== "boolean") {
        throw officeError("InvalidArgument", "font.bold must be a boolean");
      }
      m.sheet.update(m.rect, (cell) => (cell.font.bold = bold));
    });
  }
  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.enqueue("font.color", color, "1.1", (m) => {
      const value = normaliseColor(color, "font.color");
      m.sheet.update(m.rect, (cell) => (cell.font.color = value));
    });
  }
  get size(): number {
    return this.read("size");
  }
  set size(size: number) {
    this.enqueue("font.size", size, "1.1", (m) => {
      if (typeof size !== "number" || !(size >= 1 && size <= 409)) {
        throw officeError("InvalidArgument", "font.size must be between 1 and 409");
      }
      m.sheet.update(m.rect, (cell) => (cell.font.size = size));
    });
  }
}

class FakeRangeBorder extends FakeObject<{ range: RangeModel; edge: string }> {
  protected properties(): Readonly<
    Record<string, PropertySpec<{ range: RangeModel; edge: string }>>
  > {
    return {};
  }
  set style(style: string) {
    this.enqueue("border.style", style, "1.1", (m) => {
      m.range.sheet.borders.push({
        address: addressOf(m.range.rect),
        edge: m.edge,
        style,
        weight: null,
      });
    });
  }
  set weight(weight: string) {
    this.enqueue("border.weight", weight, "1.1", (m) => {
      const last = [...m.range.sheet.borders]
        .reverse()
        .find((border) => border.edge === m.edge && border.address === addressOf(m.range.rect));
      if (last === undefined) {
        m.range.sheet.borders.push({
          address: addressOf(m.range.rect),
          edge: m.edge,
          style: "Continuous",
          weight,
        });
      } else {
        last.weight = weight;
      }
    });
  }
}

const borderEdges = new Set([
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
]);

class FakeRangeBorderCollection extends FakeObject<RangeModel> {
  protected properties(): Readonly<Record<string, PropertySpec<RangeModel>>> {
    return {};
  }
  getItem(edge: string): FakeRangeBorder {
    return new FakeRangeBorder(this.context, () => {
      if (!borderEdges.has(edge)) {
        throw officeError("InvalidArgument", `Unknown border index ${edge}`);
      }
      return { range: this.model(), edge };
    });
  }
}

class FakeRangeFormat extends FakeObject<RangeModel> {
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;
  readonly borders: FakeRangeBorderCollection;
  constructor(context: FakeRequestContext, resolver: () => RangeModel) {
    super(context, resolver);
    this.fill = new FakeRangeFill(context, () => this.model());
    this.font = new FakeRangeFont(context, () => this.model());
    this.borders = new FakeRangeBorderCollection(context, () => this.model());
  }
  protected properties(): Readonly<Record<string, PropertySpec<RangeModel>>> {
    return {
      columnWidth: {
        get: (m) => {
          const widths = new Set<number>();
          for (
            let column = m.rect.left;
            column < m.rect.left + m.rect.columns && widths.size < 2;
            column++
          ) {
            widths.add(m.sheet.columnWidths.get(column) ?? 48);
          }
          return widths.size === 1 ? [...widths][0] : null;
        },
        requires: "1.2",
      },
      rowHeight: {
        get: (m) => {
          const heights = new Set<number>();
          for (let row = m.rect.top; row < m.rect.top + m.rect.rows && heights.size < 2; row++) {
            heights.add(m.sheet.rowHeights.get(row) ?? 15);
          }
          return heights.size === 1 ? [...heights][0] : null;
        },
        requires: "1.2",
      },
      wrapText: { get: (m) => uniform(m, (cell) => cell.wrapText) },
      horizontalAlignment: { get: (m) => uniform(m, (cell) => cell.horizontalAlignment) },
    };
  }
  protected override navigation(): Readonly<Record<string, () => Loadable>> {
    return { fill: () => this.fill, font: () => this.font };
  }
  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(points: number) {
    this.enqueue("columnWidth", points, "1.2", (m) => {
      if (typeof points !== "number" || !(points >= 0 && points <= 1000)) {
        throw officeError("InvalidArgument", "columnWidth out of range");
      }
      for (let column = m.rect.left; column < m.rect.left + m.rect.columns; column++) {
        m.sheet.columnWidths.set(column, points);
      }
    });
  }
  get rowHeight(): number {
    return this.read("rowHeight");
  }
  set rowHeight(points: number) {
    this.enqueue("rowHeight", points, "1.2", (m) => {
      if (typeof points !== "number" || !(points >= 0 && points <= 409)) {
        throw officeError("InvalidArgument", "rowHeight out of range");
      }
      for (let row = m.rect.top; row < m.rect.top + m.rect.rows; row++) {
        m.sheet.rowHeights.set(row, points);
      }
    });
  }
  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(wrap: boolean) {
    this.enqueue("wrapText", wrap, "1.1", (m) => {
      if (typeof wrap !== "boolean") {
        throw officeError("InvalidArgument", "wrapText must be a boolean");
      }
      m.sheet.update(m.rect, (cell) => (cell.wrapText = wrap));
    });
  }
  get horizontalAlignment(): string {
    return this.read("horizontalAlignment");
  }
  set horizontalAlignment(alignment: string) {
    this.enqueue("horizontalAlignment", alignment, "1.1", (m) => {
      if (
        ![
          "General",
          "Left",
          "Center",
          "Right",
          "Fill",
          "Justify",
          "CenterAcrossSelection",
          "Distributed",
        ].includes(alignment)
      ) {
        throw officeError("InvalidArgument", `horizontalAlignment ${alignment}`);
      }
      m.sheet.update(m.rect, (cell) => (cell.horizontalAlignment = alignment));
    });
  }
}

/** What one cell becomes when Excel is given `raw` (as typing it would). */
function storeInput(cell: FakeCell, raw: unknown): void {
  if (raw === "") {
    cell.value = "";
    cell.formula = null;
    return;
  }
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) {
      throw officeError("InvalidArgument", "A number must be finite.");
    }
    cell.value = raw;
    cell.formula = null;
    return;
  }
  if (typeof raw === "boolean") {
    cell.value = raw;
    cell.formula = null;
    return;
  }
  if (typeof raw !== "string") {
    throw officeError("InvalidArgument", `The argument is invalid: a value of type ${typeof raw}.`);
  }
  cell.formula = null;
  if (raw.startsWith("'")) {
    cell.value = raw.slice(1);
    return;
  }
  if (cell.numberFormat === "@") {
    cell.value = raw;
    return;
  }
  if (raw.startsWith("=")) {
    cell.formula = raw;
    cell.value = "#NAME?";
    return;
  }
  const trimmed = raw.trim();
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/.test(trimmed)) {
    const percent = trimmed.endsWith("%");
    const number = Number(percent ? trimmed.slice(0, -1) : trimmed);
    cell.value = percent ? number / 100 : number;
    return;
  }
  if (/^(true|false)$/i.test(trimmed)) {
    cell.value = trimmed.toLowerCase() === "true";
    return;
  }
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(trimmed)) {
    const [year, month, day] = trimmed.split("-").map(Number);
    cell.value = Date.UTC(year, month - 1, day) / 86400000 + 25569;
    cell.numberFormat = "yyyy/m/d";
    return;
  }
  cell.value = raw;
}

function checkShape(values: unknown, rect: Rect, property: string): unknown[][] {
  if (
    !Array.isArray(values) ||
    values.length !== rect.rows ||
    values.some((row) => !Array.isArray(row) || row.length !== rect.columns)
  ) {
    throw officeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${property}).`
    );
  }
  return values as unknown[][];
}

export class FakeRange extends FakeObject<RangeModel> {
  readonly format: FakeRangeFormat;
  constructor(context: FakeRequestContext, resolver: () => RangeModel | null, nullable = false) {
    super(context, resolver, nullable);
    this.format = new FakeRangeFormat(context, () => this.model());
  }
  protected override checkAlive(model: RangeModel): void {
    if (model.sheet.deleted) {
      throw officeError("ItemNotFound", "The worksheet of this range was deleted.");
    }
  }
  protected properties(): Readonly<Record<string, PropertySpec<RangeModel>>> {
    return {
      address: { get: (m) => `${quoteSheet(m.sheet.name)}!${addressOf(m.rect)}` },
      rowIndex: { get: (m) => m.rect.top },
      columnIndex: { get: (m) => m.rect.left },
      rowCount: { get: (m) => m.rect.rows },
      columnCount: { get: (m) => m.rect.columns },
      cellCount: { get: (m) => m.rect.rows * m.rect.columns },
      values: { get: (m) => grid(m, (cell) => cell.value) },
      numberFormat: { get: (m) => grid(m, (cell) => cell.numberFormat) },
      rowHidden: {
        get: (m) => {
          let hidden = 0;
          for (let row = m.rect.top; row < m.rect.top + m.rect.rows; row++) {
            hidden += m.sheet.hiddenRows.has(row) ? 1 : 0;
          }
          return hidden === 0 ? false : hidden === m.rect.rows ? true : null;
        },
        requires: "1.2",
      },
    };
  }
  protected override navigation(): Readonly<Record<string, () => Loadable>> {
    return { format: () => this.format };
  }
  private child(label: string, requires: string, make: (m: RangeModel) => Rect): FakeRange {
    return new FakeRange(this.context, () => {
      const m = this.model();
      if (compareVersions(requires, this.context.excel.apiVersion) > 0) {
        throw officeError("ApiNotFound", `${label} needs ExcelApi ${requires}.`);
      }
      const rect = make(m);
      if (
        rect.rows < 1 ||
        rect.columns < 1 ||
        rect.top < 0 ||
        rect.left < 0 ||
        rect.top + rect.rows > MAX_ROWS ||
        rect.left + rect.columns > MAX_COLUMNS
      ) {
        throw officeError("InvalidArgument", `${label}: the range is outside the worksheet.`);
      }
      return { sheet: m.sheet, rect };
    });
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowHidden(): boolean {
    return this.read("rowHidden");
  }
  get values(): FakeValue[][] {
    return this.read("values");
  }
  set values(values: FakeValue[][]) {
    this.enqueue(
      "values",
      values,
      "1.1",
      (m) => {
        const rows = checkShape(values, m.rect, "values");
        m.sheet.update(m.rect, (cell, row, column) => {
          const raw = rows[row - m.rect.top][column - m.rect.left];
          if (raw !== null) {
            storeInput(cell, raw);
          }
        });
      },
      {
        sheet: () => this.model().sheet.name,
        address: () => addressOf(this.model().rect),
        property: "values",
      }
    );
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(formats: string[][]) {
    this.enqueue(
      "numberFormat",
      formats,
      "1.1",
      (m) => {
        const rows = checkShape(formats, m.rect, "numberFormat");
        m.sheet.update(m.rect, (cell, row, column) => {
          const format = rows[row - m.rect.top][column - m.rect.left];
          if (format === null) {
            return;
          }
          if (typeof format !== "string") {
            throw officeError("InvalidArgument", "A number format must be text.");
          }
          cell.numberFormat = format === "" ? "General" : format;
        });
      },
      {
        sheet: () => this.model().sheet.name,
        address: () => addressOf(this.model().rect),
        property: "numberFormat",
      }
    );
  }
  getCell(row: number, column: number): FakeRange {
    return this.child("getCell", "1.1", (m) => ({
      top: m.rect.top + row,
      left: m.rect.left + column,
      rows: 1,
      columns: 1,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.child("getResizedRange", "1.3", (m) => ({
      top: m.rect.top,
      left: m.rect.left,
      rows: m.rect.rows + deltaRows,
      columns: m.rect.columns + deltaColumns,
    }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.child("getOffsetRange", "1.1", (m) => ({
      ...m.rect,
      top: m.rect.top + rowOffset,
      left: m.rect.left + columnOffset,
    }));
  }
  merge(across = false): void {
    this.enqueue("merge", { across }, "1.2", (m) => {
      const areas: Rect[] = across
        ? Array.from({ length: m.rect.rows }, (_, offset) => ({
            top: m.rect.top + offset,
            left: m.rect.left,
            rows: 1,
            columns: m.rect.columns,
          }))
        : [m.rect];
      for (const area of areas) {
        if (area.rows * area.columns === 1) {
          continue;
        }
        for (let index = m.sheet.merges.length - 1; index >= 0; index--) {
          const existing = m.sheet.merges[index];
          if (contains(area, existing)) {
            m.sheet.merges.splice(index, 1);
          } else if (intersects(area, existing)) {
            throw officeError(
              "InvalidOperation",
              "Cannot merge a range that partly overlaps a merged cell."
            );
          }
        }
        m.sheet.merges.push(area);
      }
    });
  }
  select(): void {
    this.enqueue("select", null, "1.1", (m) => {
      this.context.excel.activeSheet = m.sheet;
      this.context.excel.selection = `${quoteSheet(m.sheet.name)}!${addressOf(m.rect)}`;
    });
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      () => {
        if (compareVersions("1.13", this.context.excel.apiVersion) > 0) {
          throw officeError("ApiNotFound", "getMergedAreasOrNullObject needs ExcelApi 1.13.");
        }
        const m = this.model();
        const areas = m.sheet.merges.filter((area) => intersects(area, m.rect));
        return areas.length === 0 ? null : { sheet: m.sheet, areas };
      },
      true
    );
  }
  getCellProperties(options: {
    address?: boolean;
    format?: { fill?: Record<string, boolean>; font?: Record<string, boolean> };
  }): FakeClientResult<unknown[][]> {
    const result = new FakeClientResult<unknown[][]>();
    this.enqueue("getCellProperties", options, "1.9", (m) => {
      const rows: unknown[][] = [];
      m.sheet.forEach(m.rect, (cell, row, column) => {
        const props: Record<string, unknown> = {};
        if (options.address === true) {
          props.address = `${quoteSheet(m.sheet.name)}!${addressOf({ top: row, left: column, rows: 1, columns: 1 })}`;
        }
        if (options.format !== undefined) {
          const format: Record<string, unknown> = {};
          if (options.format.fill !== undefined) {
            const fill: Record<string, unknown> = {};
            const source: Record<string, unknown> = {
              color: cell.fill.color ?? "#FFFFFF",
              pattern: cell.fill.pattern,
              patternColor: cell.fill.patternColor ?? "#000000",
              tintAndShade: cell.fill.tintAndShade,
              patternTintAndShade: cell.fill.patternTintAndShade,
            };
            for (const [key, wanted] of Object.entries(options.format.fill)) {
              if (wanted) {
                fill[key] = source[key];
              }
            }
            format.fill = fill;
          }
          if (options.format.font !== undefined) {
            const font: Record<string, unknown> = {};
            const source: Record<string, unknown> = { ...cell.font };
            for (const [key, wanted] of Object.entries(options.format.font)) {
              if (wanted) {
                font[key] = source[key];
              }
            }
            format.font = font;
          }
          props.format = format;
        }
        const offset = row - m.rect.top;
        (rows[offset] ??= []).push(JSON.parse(JSON.stringify(props)));
      });
      this.context.afterSync(() => result.set(rows));
    });
    return result;
  }
  setCellProperties(
    properties: { format?: { fill?: Record<string, unknown>; font?: Record<string, unknown> } }[][]
  ): void {
    this.enqueue("setCellProperties", properties, "1.9", (m) => {
      const rows = checkShape(properties, m.rect, "setCellProperties") as {
        format?: { fill?: Record<string, unknown>; font?: Record<string, unknown> };
      }[][];
      m.sheet.update(m.rect, (cell, row, column) => {
        const props = rows[row - m.rect.top][column - m.rect.left];
        const fill = props?.format?.fill;
        if (fill !== undefined) {
          for (const [key, value] of Object.entries(fill)) {
            applyFillProperty(cell.fill, key, value);
          }
        }
        const font = props?.format?.font;
        if (font !== undefined) {
          if (typeof font.bold === "boolean") {
            cell.font.bold = font.bold;
          }
          if (font.color !== undefined) {
            cell.font.color = normaliseColor(font.color, "font.color");
          }
        }
      });
    });
  }
  getRowProperties(options: {
    rowHidden?: boolean;
    rowIndex?: boolean;
  }): FakeClientResult<{ rowIndex?: number; rowHidden?: boolean }[]> {
    const result = new FakeClientResult<{ rowIndex?: number; rowHidden?: boolean }[]>();
    this.enqueue("getRowProperties", options, "1.9", (m) => {
      const rows: { rowIndex?: number; rowHidden?: boolean }[] = [];
      for (let row = m.rect.top; row < m.rect.top + m.rect.rows; row++) {
        rows.push({
          ...(options.rowIndex === true ? { rowIndex: row } : {}),
          ...(options.rowHidden === true ? { rowHidden: m.sheet.hiddenRows.has(row) } : {}),
        });
      }
      this.context.afterSync(() => result.set(rows));
    });
    return result;
  }
}

function applyFillProperty(fill: FakeFill, key: string, value: unknown): void {
  switch (key) {
    case "color":
      setFillColor(fill, normaliseColor(value, "fill.color"));
      return;
    case "pattern":
      if (typeof value !== "string" || !fillPatterns.has(value)) {
        throw officeError("InvalidArgument", `fill.pattern ${String(value)}`);
      }
      if (value === "None") {
        Object.assign(fill, defaultFill());
      } else {
        fill.pattern = value;
        fill.color ??= "#FFFFFF";
      }
      return;
    case "patternColor":
      fill.patternColor = normaliseColor(value, "fill.patternColor");
      return;
    case "tintAndShade":
    case "patternTintAndShade":
      if (typeof value !== "number" || value < -1 || value > 1) {
        throw officeError("InvalidArgument", `fill.${key} must be between -1 and 1`);
      }
      fill[key] = value;
      return;
    default:
      throw officeError("InvalidArgument", `Unknown fill property ${key}`);
  }
}

function grid<T>(m: RangeModel, pick: (cell: FakeCell) => T): T[][] {
  const rows: T[][] = [];
  m.sheet.forEach(m.rect, (cell, row) => {
    (rows[row - m.rect.top] ??= []).push(pick(cell));
  });
  return rows;
}

class FakeRangeAreas extends FakeObject<{ sheet: FakeSheet; areas: Rect[] }> {
  protected properties(): Readonly<
    Record<string, PropertySpec<{ sheet: FakeSheet; areas: Rect[] }>>
  > {
    return {
      address: {
        get: (m) =>
          m.areas.map((area) => `${quoteSheet(m.sheet.name)}!${addressOf(area)}`).join(", "),
        requires: "1.9",
      },
      areaCount: { get: (m) => m.areas.length, requires: "1.9" },
    };
  }
  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
}

// ---------------------------------------------------------------------------------------------
// Worksheet parts

class FakeFreezePanes extends FakeObject<FakeSheet> {
  protected properties(): Readonly<Record<string, PropertySpec<FakeSheet>>> {
    return {};
  }
  freezeRows(count = 1): void {
    this.enqueue("freezeRows", count, "1.7", (sheet) => {
      sheet.freeze = { rows: count, columns: 0 };
    });
  }
  freezeColumns(count = 1): void {
    this.enqueue("freezeColumns", count, "1.7", (sheet) => {
      sheet.freeze = { rows: 0, columns: count };
    });
  }
  freezeAt(range: FakeRange | string): void {
    this.enqueue("freezeAt", typeof range === "string" ? range : "range", "1.7", (sheet) => {
      const rect = typeof range === "string" ? parseAddress(range) : range.model().rect;
      if (rect === null) {
        throw officeError("InvalidArgument", `freezeAt ${String(range)}`);
      }
      sheet.freeze = { rows: rect.top + rect.rows, columns: rect.left + rect.columns };
    });
  }
  unfreeze(): void {
    this.enqueue("unfreeze", null, "1.7", (sheet) => {
      sheet.freeze = { rows: 0, columns: 0 };
    });
  }
}

class FakePageLayoutProxy extends FakeObject<FakeSheet> {
  protected properties(): Readonly<Record<string, PropertySpec<FakeSheet>>> {
    return {
      orientation: { get: (s) => s.pageLayout.orientation, requires: "1.9" },
      paperSize: { get: (s) => s.pageLayout.paperSize, requires: "1.9" },
      zoom: { get: (s) => ({ ...s.pageLayout.zoom }), requires: "1.9" },
    };
  }
  get orientation(): string {
    return this.read("orientation");
  }
  set orientation(orientation: string) {
    this.enqueue("pageLayout.orientation", orientation, "1.9", (sheet) => {
      if (orientation !== "Portrait" && orientation !== "Landscape") {
        throw officeError("InvalidArgument", `orientation ${orientation}`);
      }
      sheet.pageLayout.orientation = orientation;
    });
  }
  get paperSize(): string {
    return this.read("paperSize");
  }
  set paperSize(size: string) {
    this.enqueue("pageLayout.paperSize", size, "1.9", (sheet) => {
      if (!["Letter", "A3", "A4", "A5", "Legal", "B4", "B5"].includes(size)) {
        throw officeError("InvalidArgument", `paperSize ${size}`);
      }
      sheet.pageLayout.paperSize = size;
    });
  }
  get zoom(): FakePageLayout["zoom"] {
    return this.read("zoom");
  }
  set zoom(zoom: FakePageLayout["zoom"]) {
    this.enqueue("pageLayout.zoom", zoom, "1.9", (sheet) => {
      const pages = [zoom.horizontalFitToPages, zoom.verticalFitToPages].filter(
        (value) => value !== undefined
      );
      if (
        pages.some(
          (value) =>
            typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 32767
        )
      ) {
        throw officeError("InvalidArgument", "fit to pages must be a whole number from 1 to 32767");
      }
      if (zoom.scale !== undefined && (pages.length > 0 || zoom.scale < 10 || zoom.scale > 400)) {
        throw officeError(
          "InvalidArgument",
          "scale must be 10 to 400 and not combined with fit to pages"
        );
      }
      sheet.pageLayout.zoom = { ...zoom };
    });
  }
  setPrintTitleRows(rows: FakeRange | string): void {
    this.enqueue("setPrintTitleRows", typeof rows === "string" ? rows : "range", "1.9", (sheet) => {
      const rect = typeof rows === "string" ? parseAddress(rows) : rows.model().rect;
      if (rect === null || rect.columns !== MAX_COLUMNS) {
        throw officeError(
          "InvalidArgument",
          `Print title rows must be whole rows: ${String(rows)}`
        );
      }
      sheet.pageLayout.printTitleRows = addressOf(rect, true);
    });
  }
}

class FakeChartPartText extends FakeObject<FakeChart> {
  protected properties(): Readonly<Record<string, PropertySpec<FakeChart>>> {
    return { text: { get: (c) => c.title } };
  }
  set text(text: string) {
    this.enqueue("chart.title.text", text, "1.1", (chart) => {
      chart.title = text;
    });
  }
}

class FakeChartLegend extends FakeObject<FakeChart> {
  protected properties(): Readonly<Record<string, PropertySpec<FakeChart>>> {
    return { visible: { get: (c) => c.legendVisible } };
  }
  set visible(visible: boolean) {
    this.enqueue("chart.legend.visible", visible, "1.1", (chart) => {
      chart.legendVisible = visible;
    });
  }
}

class FakeChartAxis extends FakeObject<FakeChart> {
  protected properties(): Readonly<Record<string, PropertySpec<FakeChart>>> {
    return {};
  }
  set reversePlotOrder(reversed: boolean) {
    this.enqueue("categoryAxis.reversePlotOrder", reversed, "1.7", (chart) => {
      chart.categoryReversed = reversed;
    });
  }
}

class FakeChartAxes extends FakeObject<FakeChart> {
  readonly categoryAxis: FakeChartAxis;
  constructor(context: FakeRequestContext, resolver: () => FakeChart) {
    super(context, resolver);
    this.categoryAxis = new FakeChartAxis(context, () => this.model());
  }
  protected properties(): Readonly<Record<string, PropertySpec<FakeChart>>> {
    return {};
  }
}

class FakeChartFill extends FakeObject<(color: string) => void> {
  protected properties(): Readonly<Record<string, PropertySpec<(color: string) => void>>> {
    return {};
  }
  setSolidColor(color: string): void {
    this.enqueue("setSolidColor", color, "1.1", (apply) =>
      apply(normaliseColor(color, "setSolidColor"))
    );
  }
}

class FakeChartFormat extends FakeObject<(color: string) => void> {
  readonly fill: FakeChartFill;
  constructor(context: FakeRequestContext, resolver: () => (color: string) => void) {
    super(context, resolver);
    this.fill = new FakeChartFill(context, () => this.model());
  }
  protected properties(): Readonly<Record<string, PropertySpec<(color: string) => void>>> {
    return {};
  }
}

class FakeChartPoint extends FakeObject<{ series: FakeSeries; index: number }> {
  readonly format: FakeChartFormat;
  constructor(context: FakeRequestContext, resolver: () => { series: FakeSeries; index: number }) {
    super(context, resolver);
    this.format = new FakeChartFormat(context, () => {
      const point = this.model();
      return (color: string) => {
        point.series.pointFills[point.index] = color;
      };
    });
  }
  protected properties(): Readonly<
    Record<string, PropertySpec<{ series: FakeSeries; index: number }>>
  > {
    return {};
  }
}

class FakeChartPoints extends FakeObject<FakeSeries> {
  protected properties(): Readonly<Record<string, PropertySpec<FakeSeries>>> {
    return { count: { get: (s) => s.pointFills.length } };
  }
  getItemAt(index: number): FakeChartPoint {
    return new FakeChartPoint(this.context, () => {
      const series = this.model();
      if (!Number.isInteger(index) || index < 0 || index >= series.pointFills.length) {
        throw officeError("InvalidArgument", `No point at ${index}.`);
      }
      return { series, index };
    });
  }
}

class FakeChartSeries extends FakeObject<FakeSeries> {
  readonly points: FakeChartPoints;
  readonly format: FakeChartFormat;
  constructor(context: FakeRequestContext, resolver: () => FakeSeries) {
    super(context, resolver);
    this.points = new FakeChartPoints(context, () => this.model());
    this.format = new FakeChartFormat(context, () => {
      const series = this.model();
      return (color: string) => {
        series.fill = color;
      };
    });
  }
  protected properties(): Readonly<Record<string, PropertySpec<FakeSeries>>> {
    return { name: { get: (s) => s.name } };
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.enqueue("series.name", name, "1.1", (series) => {
      series.name = name;
    });
  }
  setXAxisValues(range: FakeRange): void {
    this.enqueue("setXAxisValues", "range", "1.7", (series) => {
      const m = range.model();
      series.xValues = `${quoteSheet(m.sheet.name)}!${addressOf(m.rect, true)}`;
    });
  }
  setValues(range: FakeRange): void {
    this.enqueue("setValues", "range", "1.7", (series) => {
      const m = range.model();
      series.values = `${quoteSheet(m.sheet.name)}!${addressOf(m.rect, true)}`;
      series.pointFills = Array.from(
        { length: m.rect.rows * m.rect.columns },
        (_, index) => series.pointFills[index] ?? null
      );
    });
  }
}

class FakeChartSeriesCollection extends FakeObject<FakeChart> {
  protected properties(): Readonly<Record<string, PropertySpec<FakeChart>>> {
    return { count: { get: (c) => c.series.length } };
  }
  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(this.context, () => {
      const chart = this.model();
      const series = chart.series[index];
      if (series === undefined) {
        throw officeError("InvalidArgument", `No series at ${index}.`);
      }
      return series;
    });
  }
}

class FakeChartProxy extends FakeObject<FakeChart> {
  readonly title: FakeChartPartText;
  readonly legend: FakeChartLegend;
  readonly series: FakeChartSeriesCollection;
  readonly axes: FakeChartAxes;
  constructor(context: FakeRequestContext, resolver: () => FakeChart) {
    super(context, resolver);
    this.title = new FakeChartPartText(context, () => this.model());
    this.legend = new FakeChartLegend(context, () => this.model());
    this.series = new FakeChartSeriesCollection(context, () => this.model());
    this.axes = new FakeChartAxes(context, () => this.model());
  }
  protected properties(): Readonly<Record<string, PropertySpec<FakeChart>>> {
    return { type: { get: (c) => c.type } };
  }
  setPosition(start: FakeRange | string, end?: FakeRange | string): void {
    this.enqueue(
      "chart.setPosition",
      [typeof start === "string" ? start : "range", typeof end === "string" ? end : "range"],
      "1.1",
      (chart) => {
        const where = (cell: FakeRange | string): string => {
          if (typeof cell === "string") {
            if (parseAddress(cell) === null) {
              throw officeError("InvalidArgument", `setPosition ${cell}`);
            }
            return cell;
          }
          return addressOf(cell.model().rect);
        };
        chart.position = { start: where(start), end: end === undefined ? null : where(end) };
      }
    );
  }
}

const chartTypes = new Set([
  "BarClustered",
  "ColumnClustered",
  "Line",
  "Pie",
  "BarStacked",
  "ColumnStacked",
]);

class FakeChartCollection extends FakeObject<FakeSheet> {
  protected properties(): Readonly<Record<string, PropertySpec<FakeSheet>>> {
    return { count: { get: (s) => s.charts.length } };
  }
  add(type: string, source: FakeRange, seriesBy = "Auto"): FakeChartProxy {
    let created: FakeChart | undefined;
    this.enqueue("charts.add", [type, seriesBy], "1.1", (sheet) => {
      if (!chartTypes.has(type)) {
        throw officeError("InvalidArgument", `Chart type ${type}`);
      }
      const m = source.model();
      const byColumns =
        seriesBy === "Columns" || (seriesBy === "Auto" && m.rect.rows >= m.rect.columns);
      const count = byColumns ? m.rect.columns : m.rect.rows;
      const points = byColumns ? m.rect.rows : m.rect.columns;
      const series: FakeSeries[] = Array.from({ length: count }, (_, index) => ({
        name: `系列${index + 1}`,
        values: `${quoteSheet(m.sheet.name)}!${addressOf(
          byColumns
            ? { top: m.rect.top, left: m.rect.left + index, rows: m.rect.rows, columns: 1 }
            : { top: m.rect.top + index, left: m.rect.left, rows: 1, columns: m.rect.columns },
          true
        )}`,
        xValues: null,
        fill: null,
        pointFills: new Array<string | null>(points).fill(null),
      }));
      created = {
        type,
        source: `${quoteSheet(m.sheet.name)}!${addressOf(m.rect, true)}`,
        seriesBy,
        title: "",
        legendVisible: true,
        categoryReversed: false,
        position: null,
        series,
      };
      sheet.charts.push(created);
    });
    return new FakeChartProxy(this.context, () => {
      if (created === undefined) {
        throw officeError("ItemNotFound", "The chart was not created.");
      }
      return created;
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Worksheets

export class FakeWorksheet extends FakeObject<FakeSheet> {
  readonly freezePanes: FakeFreezePanes;
  readonly charts: FakeChartCollection;
  private layout: FakePageLayoutProxy | undefined;
  constructor(context: FakeRequestContext, resolver: () => FakeSheet | null, nullable = false) {
    super(context, resolver, nullable);
    this.freezePanes = new FakeFreezePanes(context, () => this.model());
    this.charts = new FakeChartCollection(context, () => this.model());
  }
  protected override checkAlive(sheet: FakeSheet): void {
    if (sheet.deleted) {
      throw officeError("ItemNotFound", `The worksheet '${sheet.name}' was deleted.`);
    }
  }
  protected properties(): Readonly<Record<string, PropertySpec<FakeSheet>>> {
    return {
      name: { get: (s) => s.name },
      id: { get: (s) => s.id },
      position: { get: (s) => this.context.excel.sheets.indexOf(s) },
      visibility: { get: (s) => s.visibility },
    };
  }
  get pageLayout(): FakePageLayoutProxy {
    this.layout ??= new FakePageLayoutProxy(this.context, () => this.model());
    return this.layout;
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.enqueue("worksheet.name", name, "1.1", (sheet) => {
      const problem = sheetNameProblem(name);
      if (problem !== null) {
        throw officeError("InvalidArgument", `Invalid sheet name '${name}': ${problem}.`);
      }
      const clash = this.context.excel.sheets.find(
        (other) => other !== sheet && other.name.toLowerCase() === name.toLowerCase()
      );
      if (clash !== undefined) {
        throw officeError("ItemAlreadyExists", `A sheet named '${name}' already exists.`);
      }
      sheet.name = name;
    });
  }
  get id(): string {
    return this.read("id");
  }
  get position(): number {
    return this.read("position");
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(visibility: string) {
    this.enqueue("worksheet.visibility", visibility, "1.1", (sheet) => {
      if (!["Visible", "Hidden", "VeryHidden"].includes(visibility)) {
        throw officeError("InvalidArgument", `visibility ${visibility}`);
      }
      sheet.visibility = visibility;
    });
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.model();
      const rect =
        address === undefined
          ? { top: 0, left: 0, rows: MAX_ROWS, columns: MAX_COLUMNS }
          : parseAddress(address);
      if (rect === null) {
        throw officeError("InvalidArgument", `The address '${address}' is not valid.`);
      }
      return { sheet, rect };
    });
  }
  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.model();
      if (compareVersions("1.7", this.context.excel.apiVersion) > 0) {
        throw officeError("ApiNotFound", "getRangeByIndexes needs ExcelApi 1.7.");
      }
      const rect = { top: row, left: column, rows: rowCount, columns: columnCount };
      if (
        ![row, column, rowCount, columnCount].every(Number.isInteger) ||
        row < 0 ||
        column < 0 ||
        rowCount < 1 ||
        columnCount < 1 ||
        row + rowCount > MAX_ROWS ||
        column + columnCount > MAX_COLUMNS
      ) {
        throw officeError(
          "InvalidArgument",
          `getRangeByIndexes(${row}, ${column}, ${rowCount}, ${columnCount})`
        );
      }
      return { sheet, rect };
    });
  }
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.model();
      return {
        sheet,
        rect: sheet.usedRect(valuesOnly) ?? { top: 0, left: 0, rows: 1, columns: 1 },
      };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.model();
        const rect = sheet.usedRect(valuesOnly);
        return rect === null ? null : { sheet, rect };
      },
      true
    );
  }
  activate(): void {
    this.enqueue("activate", null, "1.1", (sheet) => {
      if (sheet.visibility !== "Visible") {
        throw officeError("InvalidOperation", "A hidden sheet cannot be activated.");
      }
      this.context.excel.activeSheet = sheet;
    });
  }
  delete(): void {
    this.enqueue("worksheet.delete", null, "1.1", (sheet) => {
      const excel = this.context.excel;
      const visible = excel.sheets.filter((other) => other.visibility === "Visible");
      if (visible.length === 1 && visible[0] === sheet) {
        throw officeError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet."
        );
      }
      excel.sheets.splice(excel.sheets.indexOf(sheet), 1);
      sheet.deleted = true;
      if (excel.activeSheet === sheet) {
        excel.activeSheet = excel.sheets.find((other) => other.visibility === "Visible") ?? null;
      }
    });
  }
}

class FakeWorksheetCollection extends FakeCollection<FakeSheet, FakeWorksheet> {
  protected itemProxy(model: FakeSheet): FakeWorksheet {
    return new FakeWorksheet(this.context, () => model);
  }
  protected itemProperties(): Readonly<Record<string, string>> {
    return { name: "1.1", id: "1.1", position: "1.1", visibility: "1.1" };
  }
  add(name?: string): FakeWorksheet {
    let created: FakeSheet | undefined;
    this.enqueue("worksheets.add", name ?? null, "1.1", (sheets) => {
      let wanted = name;
      if (wanted === undefined) {
        let number = sheets.length + 1;
        while (sheets.some((sheet) => sheet.name.toLowerCase() === `sheet${number}`)) {
          number++;
        }
        wanted = `Sheet${number}`;
      }
      const problem = sheetNameProblem(wanted);
      if (problem !== null) {
        throw officeError("InvalidArgument", `Invalid sheet name '${wanted}': ${problem}.`);
      }
      if (sheets.some((sheet) => sheet.name.toLowerCase() === wanted.toLowerCase())) {
        throw officeError("ItemAlreadyExists", `A sheet named '${wanted}' already exists.`);
      }
      created = new FakeSheet(wanted);
      sheets.push(created);
    });
    return new FakeWorksheet(this.context, () => {
      if (created === undefined) {
        throw officeError("ItemNotFound", "The worksheet was not created.");
      }
      return created;
    });
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheet = this.model().find(
        (candidate) => candidate.name.toLowerCase() === name.toLowerCase() || candidate.id === name
      );
      if (sheet === undefined) {
        throw officeError(
          "ItemNotFound",
          `The requested resource doesn't exist: worksheet '${name}'.`
        );
      }
      return sheet;
    });
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      () => {
        if (compareVersions("1.4", this.context.excel.apiVersion) > 0) {
          throw officeError("ApiNotFound", "getItemOrNullObject needs ExcelApi 1.4.");
        }
        return (
          this.model().find(
            (candidate) =>
              candidate.name.toLowerCase() === name.toLowerCase() || candidate.id === name
          ) ?? null
        );
      },
      true
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Names, settings, application, workbook

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

function nameProblem(name: string): string | null {
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) || name.length > 255) {
    return "invalid characters";
  }
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^R\d*C\d*$/i.test(name)) {
    return "looks like a cell reference";
  }
  return null;
}

class FakeNamedItemCollection extends FakeCollection<FakeNamedItem, FakeNamedItemProxy> {
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

interface SettingModel {
  readonly key: string;
}

export class FakeSettingProxy extends FakeObject<SettingModel> {
  protected override checkAlive(setting: SettingModel): void {
    if (!this.context.excel.settings.has(setting.key)) {
      throw officeError("ItemNotFound", `The setting '${setting.key}' was deleted.`);
    }
  }
  protected properties(): Readonly<Record<string, PropertySpec<SettingModel>>> {
    return {
      key: { get: (s) => s.key, requires: "1.4" },
      value: {
        get: (s) => JSON.parse(this.context.excel.settings.get(s.key) ?? "null"),
        requires: "1.4",
      },
    };
  }
  get key(): string {
    return this.read("key");
  }
  get value(): unknown {
    return this.read("value");
  }
  set value(value: unknown) {
    this.enqueue("setting.value", value, "1.4", (setting) => {
      this.context.excel.settings.set(setting.key, serialiseSetting(value));
    });
  }
  delete(): void {
    this.enqueue("setting.delete", null, "1.4", (setting) => {
      this.context.excel.settings.delete(setting.key);
    });
  }
}

function serialiseSetting(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    throw officeError(
      "InvalidArgument",
      `The setting's value cannot be serialised: ${String(error)}`
    );
  }
  if (text === undefined) {
    throw officeError("InvalidArgument", "The setting's value cannot be serialised.");
  }
  return text;
}

class FakeSettingCollection extends FakeCollection<SettingModel, FakeSettingProxy> {
  protected itemProxy(model: SettingModel): FakeSettingProxy {
    return new FakeSettingProxy(this.context, () => model);
  }
  protected itemProperties(): Readonly<Record<string, string>> {
    return { key: "1.4", value: "1.4" };
  }
  add(key: string, value: unknown): FakeSettingProxy {
    this.enqueue("settings.add", [key, value], "1.4", () => {
      if (typeof key !== "string" || key === "") {
        throw officeError("InvalidArgument", "A setting needs a key.");
      }
      this.context.excel.settings.set(key, serialiseSetting(value));
    });
    return new FakeSettingProxy(this.context, () => ({ key }));
  }
  getItem(key: string): FakeSettingProxy {
    return new FakeSettingProxy(this.context, () => {
      if (!this.context.excel.settings.has(key)) {
        throw officeError("ItemNotFound", `The setting '${key}' doesn't exist.`);
      }
      return { key };
    });
  }
  getItemOrNullObject(key: string): FakeSettingProxy {
    return new FakeSettingProxy(
      this.context,
      () => (this.context.excel.settings.has(key) ? { key } : null),
      true
    );
  }
}

class FakeApplication extends FakeObject<FakeExcel> {
  protected properties(): Readonly<Record<string, PropertySpec<FakeExcel>>> {
    return {};
  }
  suspendApiCalculationUntilNextSync(): void {
    this.enqueue("suspendApiCalculationUntilNextSync", null, "1.6", () => {
      this.context.calculationSuspended = true;
    });
  }
  calculate(type: string): void {
    this.enqueue("calculate", type, "1.1", (excel) => {
      if (!["Recalculate", "Full", "FullRebuild"].includes(type)) {
        throw officeError("InvalidArgument", `calculate ${type}`);
      }
      excel.calculations.push(type);
    });
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.enqueue("suspendScreenUpdatingUntilNextSync", null, "1.9", () => undefined);
  }
}

class FakeWorkbook extends FakeObject<FakeExcel> {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly settings: FakeSettingCollection;
  readonly application: FakeApplication;
  constructor(context: FakeRequestContext) {
    super(context, () => context.excel);
    this.worksheets = new FakeWorksheetCollection(context, () => context.excel.sheets);
    this.names = new FakeNamedItemCollection(context, () => context.excel.names);
    this.settings = new FakeSettingCollection(context, () => {
      if (compareVersions("1.4", context.excel.apiVersion) > 0) {
        throw officeError("ApiNotFound", "Workbook.settings needs ExcelApi 1.4.");
      }
      return [...context.excel.settings.keys()].map((key) => ({ key }));
    });
    this.application = new FakeApplication(context, () => context.excel);
  }
  protected properties(): Readonly<Record<string, PropertySpec<FakeExcel>>> {
    return {};
  }
}

export class FakeRequestContext {
  readonly excel: FakeExcel;
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  calculationSuspended = false;
  private queue: FakeAction[] = [];
  private completions: (() => void)[] = [];

  constructor(excel: FakeExcel) {
    this.excel = excel;
    this.workbook = new FakeWorkbook(this);
    this.application = this.workbook.application;
  }

  enqueue(action: FakeAction): void {
    this.queue.push(action);
  }

  /** Runs after the current sync succeeds: loaded values become readable only then. */
  afterSync(complete: () => void): void {
    this.completions.push(complete);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    this.completions = [];
    this.calculationSuspended = false;
    await Promise.resolve();
    this.excel.execute(this, actions);
    const completions = this.completions;
    this.completions = [];
    for (const complete of completions) {
      complete();
    }
  }
}

/** The Excel.run-like entry of the fake. */
export type FakeRun = <T>(batch: (context: FakeRequestContext) => Promise<T>) => Promise<T>;

export interface InjectedFailure {
  /** 1-based: the Nth sync from now fails. */
  readonly sync: number;
  /** Actions applied before the failure (0: none, the request never reached Excel). */
  readonly afterActions?: number;
  readonly code?: string;
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly names: FakeNamedItem[] = [];
  /** Settings as their JSON text, as the document stores them. */
  readonly settings = new Map<string, string>();
  activeSheet: FakeSheet | null = null;
  selection: string | null = null;
  /** Highest ExcelApi version this "host" supports. */
  apiVersion = "1.13";
  payloadLimit = 5 * 1024 * 1024;
  readonly syncs: SyncRecord[] = [];
  runs = 0;
  /** The calculations asked for, in order. */
  readonly calculations: string[] = [];
  private failure: { at: number; afterActions: number; code: string } | null = null;

  constructor(options: { apiVersion?: string; sheets?: readonly string[] } = {}) {
    if (options.apiVersion !== undefined) {
      this.apiVersion = options.apiVersion;
    }
    for (const name of options.sheets ?? ["Sheet1"]) {
      this.addSheet(name);
    }
    this.activeSheet = this.sheets[0] ?? null;
  }

  /** `Office.context.requirements.isSetSupported` of this host. */
  readonly isSetSupported = (name: string, version: string): boolean =>
    name === "ExcelApi" && compareVersions(version, this.apiVersion) <= 0;

  readonly run: FakeRun = async <T>(
    batch: (context: FakeRequestContext) => Promise<T>
  ): Promise<T> => {
    this.runs++;
    const context = new FakeRequestContext(this);
    const result = await batch(context);
    if (context.pending > 0) {
      // Excel.run sends what is still queued when the batch ends.
      await context.sync();
    }
    return result;
  };

  /** Makes the Nth sync from now fail (before any action, or after some). */
  failOnSync(failure: InjectedFailure): void {
    this.failure = {
      at: this.syncs.length + failure.sync,
      afterActions: failure.afterActions ?? 0,
      code: failure.code ?? "GeneralException",
    };
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /** Test setup: a sheet with values from A1 (or `at`), written directly. */
  addSheet(
    name: string,
    values: readonly (readonly (FakeValue | null)[])[] = [],
    at = "A1"
  ): FakeSheet {
    const problem = sheetNameProblem(name);
    if (
      problem !== null ||
      this.sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase())
    ) {
      throw new Error(`fake setup: bad sheet name ${name}`);
    }
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    const origin = parseAddress(at);
    if (origin === null) {
      throw new Error(`fake setup: bad address ${at}`);
    }
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) {
          sheet.ensureCell(origin.top + r, origin.left + c).value = value;
        }
      })
    );
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((candidate) => candidate.name === name);
    if (sheet === undefined) {
      throw new Error(`fake: no sheet ${name}`);
    }
    return sheet;
  }

  /** Test helper: the values of a block as Excel returns them. */
  valuesOf(name: string, address: string): FakeValue[][] {
    const rect = parseAddress(address);
    if (rect === null) {
      throw new Error(`fake: bad address ${address}`);
    }
    const rows: FakeValue[][] = [];
    this.sheet(name).forEach(rect, (cell, row) => (rows[row - rect.top] ??= []).push(cell.value));
    return rows;
  }

  /** Everything observable, as plain data, to compare a workbook before and after. */
  snapshot(): unknown {
    return JSON.parse(
      JSON.stringify({
        sheets: this.sheets.map((sheet) => ({
          id: sheet.id,
          name: sheet.name,
          visibility: sheet.visibility,
          cells: [...sheet.cells.entries()]
            .filter(([, cell]) => JSON.stringify(cell) !== JSON.stringify(defaultCell()))
            .sort((a, b) => a[0] - b[0]),
          columnWidths: [...sheet.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
          rowHeights: [...sheet.rowHeights.entries()].sort((a, b) => a[0] - b[0]),
          hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b),
          merges: sheet.merges,
          freeze: sheet.freeze,
          pageLayout: sheet.pageLayout,
          charts: sheet.charts,
          borders: sheet.borders,
        })),
        names: this.names.map((item) => ({
          name: item.name,
          comment: item.comment,
          visible: item.visible,
          formula: item.formula,
        })),
        settings: [...this.settings.entries()].sort((a, b) => a[0].localeCompare(b[0])),
      })
    );
  }

  /** Applies one request: counts it, checks its size and the API versions, runs its actions in order. */
  execute(context: FakeRequestContext, actions: readonly FakeAction[]): void {
    const bytes = actions.reduce((sum, action) => sum + action.bytes, 0);
    const record: SyncRecord = {
      index: this.syncs.length + 1,
      bytes,
      actions: actions.length,
      calculationSuspended: false,
      failed: null,
      writes: [],
    };
    this.syncs.push(record);
    const failure = this.failure !== null && this.failure.at === record.index ? this.failure : null;
    if (failure !== null) {
      this.failure = null;
    }
    if (bytes > this.payloadLimit) {
      record.failed = "RequestPayloadSizeLimitExceeded";
      throw officeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${bytes} bytes).`
      );
    }
    let applied = 0;
    try {
      for (const action of actions) {
        if (failure !== null && applied === failure.afterActions) {
          throw officeError(
            failure.code,
            `Injected failure on sync ${record.index} after ${applied} actions.`
          );
        }
        if (compareVersions(action.requires, this.apiVersion) > 0) {
          throw officeError(
            "ApiNotFound",
            `${action.label} needs ExcelApi ${action.requires}; this host has ${this.apiVersion}.`
          );
        }
        action.apply();
        if (action.write !== undefined) {
          record.writes.push({
            sheet: action.write.sheet(),
            address: action.write.address(),
            property: action.write.property,
          });
        }
        applied++;
      }
      if (failure !== null) {
        throw officeError(
          failure.code,
          `Injected failure on sync ${record.index} after ${applied} actions.`
        );
      }
    } catch (error) {
      record.failed = error instanceof FakeOfficeError ? error.code : "Error";
      throw error;
    } finally {
      record.calculationSuspended = context.calculationSuspended;
    }
  }
}
