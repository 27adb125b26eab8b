/**
 * Workbook.worksheets (WorksheetCollection): add (a name Excel accepts and no other sheet has, or
 * the next free "SheetN"), getItem by name or id (case-insensitive; ItemNotFound when missing) and
 * getItemOrNullObject (ExcelApi 1.4).
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetcollection
 */
import { FakeCollection } from "./fakeCollection";
import { officeError } from "./fakeOfficeError";
import { FakeSheet, sheetNameProblem } from "./fakeSheet";
import { FakeWorksheet } from "./fakeWorksheet";
import { requireApi } from "./requireApi";

export class FakeWorksheetCollection extends FakeCollection<FakeSheet, FakeWorksheet> {
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
        requireApi("getItemOrNullObject", "1.4", this.context.excel.apiVersion);
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
