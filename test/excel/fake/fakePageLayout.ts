/**
 * Worksheet.pageLayout (PageLayout, ExcelApi 1.9): orientation, paper size, zoom (a scale of 10 to
 * 400, or fit to pages, not both; set as one PageLayoutZoomOptions object) and print title rows
 * (whole rows only), print title columns (whole columns only), the print area, the first page
 * number, and the footer of all pages (headersFooters.defaultForAllPages.centerFooter).
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayout
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayoutzoomoptions
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.headerfooter
 * https://learn.microsoft.com/en-us/office/dev/add-ins/develop/application-specific-api-model#some-properties-cannot-be-set-directly
 */
import { FakeObject, type PropertySpec } from "./fakeObject";
import { officeError } from "./fakeOfficeError";
import type { FakeRange } from "./fakeRange";
import type { FakePageLayout, FakeSheet } from "./fakeSheet";
import { addressOf, MAX_COLUMNS, MAX_ROWS, parseAddress } from "./parseAddress";

export class FakePageLayoutProxy extends FakeObject<FakeSheet> {
  protected properties(): Readonly<Record<string, PropertySpec<FakeSheet>>> {
    return {
      orientation: { get: (s) => s.pageLayout.orientation, requires: "1.9" },
      paperSize: { get: (s) => s.pageLayout.paperSize, requires: "1.9" },
      zoom: { get: (s) => ({ ...s.pageLayout.zoom }), requires: "1.9" },
      firstPageNumber: { get: (s) => s.pageLayout.firstPageNumber, requires: "1.9" },
    };
  }
  /** headersFooters.defaultForAllPages: only its centre footer is kept. */
  get headersFooters(): { readonly defaultForAllPages: { centerFooter: string } } {
    const enqueue = (text: string): void =>
      this.enqueue("headersFooters.centerFooter", text, "1.9", (sheet) => {
        if (typeof text !== "string") {
          throw officeError("InvalidArgument", "centerFooter must be text");
        }
        sheet.pageLayout.centerFooter = text;
      });
    return {
      defaultForAllPages: {
        get centerFooter(): string {
          throw officeError("PropertyNotLoaded", "centerFooter is not loaded in the fake");
        },
        set centerFooter(text: string) {
          enqueue(text);
        },
      },
    };
  }
  get firstPageNumber(): number | "" {
    return this.read("firstPageNumber");
  }
  set firstPageNumber(first: number | "") {
    this.enqueue("pageLayout.firstPageNumber", first, "1.9", (sheet) => {
      if (first !== "" && (!Number.isInteger(first) || first < 1)) {
        throw officeError("InvalidArgument", `firstPageNumber ${String(first)}`);
      }
      sheet.pageLayout.firstPageNumber = first;
    });
  }
  setPrintArea(area: FakeRange | string): void {
    this.enqueue("setPrintArea", typeof area === "string" ? area : "range", "1.9", (sheet) => {
      const rect = typeof area === "string" ? parseAddress(area) : area.model().rect;
      if (rect === null) {
        throw officeError("InvalidArgument", `Print area ${String(area)}`);
      }
      sheet.pageLayout.printArea = addressOf(rect, false);
    });
  }
  setPrintTitleColumns(columns: FakeRange | string): void {
    this.enqueue(
      "setPrintTitleColumns",
      typeof columns === "string" ? columns : "range",
      "1.9",
      (sheet) => {
        const rect = typeof columns === "string" ? parseAddress(columns) : columns.model().rect;
        if (rect === null || rect.rows !== MAX_ROWS) {
          throw officeError(
            "InvalidArgument",
            `Print title columns must be whole columns: ${String(columns)}`
          );
        }
        sheet.pageLayout.printTitleColumns = addressOf(rect, true);
      }
    );
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
