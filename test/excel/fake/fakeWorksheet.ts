/**
 * Worksheet: name (Excel's sheet-name rules, unique whatever the case), id, position, visibility,
 * getRange (no address: the whole sheet), getRangeByIndexes (ExcelApi 1.7), getRanges (ExcelApi
 * 1.9), getUsedRange and
 * getUsedRangeOrNullObject, activate (not a hidden sheet), delete (not the last visible sheet), and
 * its freeze panes, page layout and charts; a proxy of a deleted sheet fails with ItemNotFound.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet
 */
import { FakeChartCollection } from "./fakeChart";
import { FakeFreezePanes } from "./fakeFreezePanes";
import { FakeObject, type PropertySpec } from "./fakeObject";
import { officeError } from "./fakeOfficeError";
import { FakePageLayoutProxy } from "./fakePageLayout";
import { FakeRange } from "./fakeRange";
import { FakeRangeAreas } from "./fakeRangeAreas";
import type { FakeRequestContext } from "./fakeRequestContext";
import { sheetNameProblem, type FakeSheet } from "./fakeSheet";
import { MAX_COLUMNS, MAX_ROWS, parseAddress, type Rect } from "./parseAddress";
import { requireApi } from "./requireApi";

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
  /** horizontalPageBreaks (ExcelApi 1.9): add(range) puts a manual break above the range's top row. */
  get horizontalPageBreaks(): { add(range: FakeRange | string): void } {
    return {
      add: (range: FakeRange | string): void => {
        this.enqueue(
          "horizontalPageBreaks.add",
          typeof range === "string" ? range : "range",
          "1.9",
          (sheet) => {
            const rect = typeof range === "string" ? parseAddress(range) : range.model().rect;
            if (rect === null || rect.top === 0) {
              throw officeError("InvalidArgument", `page break ${String(range)}`);
            }
            if (!sheet.rowPageBreaks.includes(rect.top)) {
              sheet.rowPageBreaks.push(rect.top);
            }
          }
        );
      },
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
      requireApi("getRangeByIndexes", "1.7", this.context.excel.apiVersion);
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
  /**
   * Blocks given as "A1:B2, A5:B5" (or ";"), as one RangeAreas (ExcelApi 1.9). A real host refuses
   * long address lists with InvalidArgument at no documented length (hostLimits.ts).
   */
  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      const sheet = this.model();
      requireApi("getRanges", "1.9", this.context.excel.apiVersion);
      const limit = this.context.excel.limits.rangeAreasAddressLimit;
      const areas = address.split(/[,;]/).map((part) => parseAddress(part));
      if ((limit !== null && address.length > limit) || areas.some((area) => area === null)) {
        throw officeError(
          "InvalidArgument",
          "The argument is invalid or missing or has an incorrect format."
        );
      }
      return { sheet, areas: areas as Rect[] };
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
