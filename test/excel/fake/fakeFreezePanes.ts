/**
 * Worksheet.freezePanes (WorksheetFreezePanes, ExcelApi 1.7): freezeRows, freezeColumns, freezeAt
 * and unfreeze; the sheet keeps how many rows and columns are frozen.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetfreezepanes
 */
import { FakeObject, type PropertySpec } from "./fakeObject";
import { officeError } from "./fakeOfficeError";
import type { FakeRange } from "./fakeRange";
import type { FakeSheet } from "./fakeSheet";
import { parseAddress } from "./parseAddress";

export class FakeFreezePanes extends FakeObject<FakeSheet> {
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
