import { readRelationships } from "./readRelationships";
import { scanPart } from "./scanPart";
import { attributeOf, decodeXml, localName } from "./xmlScanner";
import { FileProblem } from "./fileProblem";
import type { OpenedPackage } from "./openPackage";
import type { Relationship } from "./readRelationships";

/** One tab of the workbook. */
export interface WorkbookSheet {
  readonly name: string;
  readonly state: "visible" | "hidden" | "veryHidden";
  /** Its part's name, or null when its relationship is missing or external. */
  readonly part: string | null;
  /** Its relationship's type: "worksheet", "chartsheet", "dialogsheet", "macrosheet" … */
  readonly kind: string;
}

/** One defined name as the workbook part holds it. */
export interface WorkbookDefinedName {
  readonly name: string;
  /** The 0-based tab it is scoped to, or null for a workbook-scoped name. */
  readonly localSheetId: number | null;
  /** Its formula (refers-to text), decoded. */
  readonly formula: string;
}

/** What the workbook part says. */
export interface WorkbookPart {
  /** The part's name ("xl/workbook.xml"). */
  readonly name: string;
  readonly sheets: readonly WorkbookSheet[];
  readonly definedNames: readonly WorkbookDefinedName[];
  /** Whether serial dates count from 1904 (old Mac workbooks). */
  readonly date1904: boolean;
  readonly relationships: readonly Relationship[];
}

/**
 * 工作簿部件 (the workbook part): finds the workbook through the package's relationships and reads
 * its tabs (name, visibility, part), defined names and date system. Throws a {@link FileProblem}
 * `noWorkbookPart` when the zip holds no spreadsheet (a .docx, a zip of photos).
 */
export async function readWorkbookPart(pkg: OpenedPackage): Promise<WorkbookPart> {
  const root = await readRelationships(pkg, "");
  const document = root.find((relationship) => relationship.type === "officeDocument");
  const name = document?.target ?? "xl/workbook.xml";
  const entry = pkg.part(name);
  if (entry === undefined) {
    throw new FileProblem("noWorkbookPart", { file: pkg.file });
  }
  const relationships = await readRelationships(pkg, name);
  const byId = new Map(relationships.map((relationship) => [relationship.id, relationship]));
  const sheets: WorkbookSheet[] = [];
  const definedNames: WorkbookDefinedName[] = [];
  let date1904 = false;
  let sawWorkbook = false;
  let openName: { name: string; localSheetId: number | null; raw: string } | null = null;
  await scanPart(pkg.bytes, entry, pkg.file, {
    open(qualified, attributes) {
      const local = localName(qualified);
      if (local === "workbook") {
        sawWorkbook = true;
      } else if (local === "workbookPr") {
        const value = attributeOf(attributes, "date1904");
        date1904 = value === "1" || value === "true";
      } else if (local === "sheet") {
        const idAttribute = /\s([\w.-]+:id)\s*=/.exec(attributes)?.[1];
        const relationship =
          idAttribute === undefined
            ? undefined
            : byId.get(attributeOf(attributes, idAttribute) ?? "");
        const state: string | undefined = attributeOf(attributes, "state");
        sheets.push({
          name: attributeOf(attributes, "name") ?? "",
          state: state === "hidden" || state === "veryHidden" ? state : "visible",
          part: relationship === undefined || relationship.external ? null : relationship.target,
          kind: relationship?.type ?? "worksheet",
        });
      } else if (local === "definedName") {
        const sheetId = attributeOf(attributes, "localSheetId");
        openName = {
          name: attributeOf(attributes, "name") ?? "",
          localSheetId: sheetId === undefined ? null : Number(sheetId),
          raw: "",
        };
      }
    },
    close(qualified) {
      if (openName !== null && localName(qualified) === "definedName") {
        definedNames.push({
          name: openName.name,
          localSheetId: openName.localSheetId,
          formula: decodeXml(openName.raw),
        });
        openName = null;
      }
    },
    text(raw, cdata) {
      if (openName !== null) {
        openName.raw += cdata ? raw.replace(/&/g, "&amp;").replace(/</g, "&lt;") : raw;
      }
    },
  });
  if (!sawWorkbook) {
    throw new FileProblem("noWorkbookPart", { file: pkg.file });
  }
  return { name, sheets, definedNames, date1904, relationships };
}
