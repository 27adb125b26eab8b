/**
 * Workbook (context.workbook: worksheets, names, settings from ExcelApi 1.4, application) and
 * Application: calculate, suspendApiCalculationUntilNextSync (ExcelApi 1.6; lasts until the next
 * sync) and suspendScreenUpdatingUntilNextSync (ExcelApi 1.9).
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.workbook
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.application
 */
import type { FakeExcel } from "./fakeExcel";
import { FakeNamedItemCollection } from "./fakeNamedItemCollection";
import { FakeObject, type PropertySpec } from "./fakeObject";
import { officeError } from "./fakeOfficeError";
import type { FakeRequestContext } from "./fakeRequestContext";
import { FakeSettingCollection } from "./fakeSettings";
import { FakeWorksheetCollection } from "./fakeWorksheetCollection";
import { requireApi } from "./requireApi";

export class FakeApplication extends FakeObject<FakeExcel> {
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

export class FakeWorkbook extends FakeObject<FakeExcel> {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly settings: FakeSettingCollection;
  readonly application: FakeApplication;
  constructor(context: FakeRequestContext) {
    super(context, () => context.excel);
    this.worksheets = new FakeWorksheetCollection(context, () => context.excel.sheets);
    this.names = new FakeNamedItemCollection(context, () => context.excel.names);
    this.settings = new FakeSettingCollection(context, () => {
      requireApi("Workbook.settings", "1.4", context.excel.apiVersion);
      return [...context.excel.settings.keys()].map((key) => ({ key }));
    });
    this.application = new FakeApplication(context, () => context.excel);
  }
  protected properties(): Readonly<Record<string, PropertySpec<FakeExcel>>> {
    return {};
  }
}
