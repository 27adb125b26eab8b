import type { OpenedPackage } from "./openPackage";
import type { PackageRead } from "./readPackage";
import { readRelationships } from "./readRelationships";
import { scanPart } from "./scanPart";
import { unpackText } from "./unpackPart";
import { localName } from "./xmlScanner";

/** The kinds of thing a copy by exceljs loses (each has its words in the CLI's catalogue). */
export type CopyLossKind =
  | "shapes"
  | "charts"
  | "chartSheets"
  | "otherSheets"
  | "sparklines"
  | "crossSheetValidations"
  | "pageBreaks"
  | "controls"
  | "headerFooterPictures"
  | "customViews"
  | "sheetScopedNames"
  | "formulaNames"
  | "macros"
  | "externalLinks"
  | "pivotTables"
  | "slicers"
  | "threadedComments"
  | "dataConnections"
  | "embeddedObjects"
  | "cellPictures"
  | "customProperties"
  | "customXml";

/** One thing the copy would lose: its kind, its sheet ("" for the workbook), how many. */
export interface CopyLoss {
  readonly kind: CopyLossKind;
  readonly sheet: string;
  readonly count: number;
  /** The names concerned, for defined names. */
  readonly names?: readonly string[];
}

/** Package parts that reveal a workbook-wide loss, and the kind each reveals. */
const partKinds: readonly (readonly [CopyLossKind, RegExp])[] = [
  ["macros", /^xl\/vbaProject\.bin$/i],
  ["externalLinks", /^xl\/externalLinks\/externalLink\d*\.xml$/i],
  ["pivotTables", /^xl\/pivotTables\/pivotTable\d*\.xml$/i],
  ["slicers", /^xl\/(slicers\/slicer|timelines\/timeline)\d*\.xml$/i],
  ["threadedComments", /^xl\/threadedComments\/threadedComment\d*\.xml$/i],
  ["dataConnections", /^xl\/(connections\.xml|queryTables\/queryTable\d*\.xml)$/i],
  ["embeddedObjects", /^xl\/embeddings\//i],
  ["cellPictures", /^xl\/richData\/rdrichvalue\.xml$/i],
  ["customProperties", /^docProps\/custom\.xml$/i],
  ["customXml", /^customXml\/item\d*\.xml$/i],
];

/** Built-in names the copy keeps (as page setup) or Excel makes again (filters). */
const keptBuiltInNames = /^_xlnm\.(print_area|print_titles|_filterdatabase)$/i;

/** One plain reference: a sheet and a cell, range, whole rows or whole columns. */
const plainReference =
  /^(?:'(?:[^']|'')+'|[^'!=#(,\s][^'!(,]*)!\$?[A-Z]{0,3}\$?\d*(?::\$?[A-Z]{0,3}\$?\d*)?$/i;
/** Whether a defined name's formula is plain references (a list of them), which exceljs keeps. */
function isPlainReference(formula: string): boolean {
  const text = formula.trim().replace(/^=/, "");
  // split at commas outside quoted sheet names
  const parts = text.match(/(?:'(?:[^']|'')*'|[^,'])+/g) ?? [];
  return parts.length > 0 && parts.every((part) => plainReference.test(part.trim()));
}

/** Counts a drawing part's objects by what they are: pictures (kept), shapes, charts. */
async function drawingObjects(
  pkg: OpenedPackage,
  part: string
): Promise<{ shapes: number; charts: number }> {
  const entry = pkg.part(part);
  if (entry === undefined) {
    return { shapes: 0, charts: 0 };
  }
  let shapes = 0;
  let charts = 0;
  let anchor = 0;
  let kind: string | null = null;
  await scanPart(pkg.bytes, entry, pkg.file, {
    open(name) {
      const local = localName(name);
      if (local === "twoCellAnchor" || local === "oneCellAnchor" || local === "absoluteAnchor") {
        anchor++;
        kind = null;
      } else if (
        anchor > 0 &&
        kind === null &&
        (local === "pic" ||
          local === "sp" ||
          local === "grpSp" ||
          local === "cxnSp" ||
          local === "graphicFrame" ||
          local === "contentPart")
      ) {
        kind = local;
      }
    },
    close(name) {
      const local = localName(name);
      if (local === "twoCellAnchor" || local === "oneCellAnchor" || local === "absoluteAnchor") {
        anchor--;
        if (kind === "graphicFrame") {
          charts++;
        } else if (kind !== null && kind !== "pic") {
          shapes++;
        }
        kind = null;
      }
    },
    text() {},
  });
  return { shapes, charts };
}

/** Form controls in a legacy VML drawing (notes are kept; everything else drawn there is not). */
async function vmlControls(pkg: OpenedPackage, part: string): Promise<number> {
  const entry = pkg.part(part);
  if (entry === undefined) {
    return 0;
  }
  // VML is often not well-formed XML: its ObjectType attributes are counted as text.
  const text = await unpackText(pkg.bytes, entry, pkg.file);
  return [...text.matchAll(/ObjectType\s*=\s*["']([^"']*)["']/g)].filter(
    (match) => match[1] !== "Note"
  ).length;
}

/**
 * 副本丢失项 (what the copy loses): everything of the input that `--copy` — exceljs reading and
 * writing the whole workbook again — cannot keep, found in the package's parts and in what the
 * sheet reader saw, so the clerk is told before the copy is written. exceljs keeps values,
 * formulas, styles, merges, widths, hidden rows, notes, pictures, same-sheet drop-down lists,
 * conditional formats, tables, print areas and titles; everything listed here it drops (or, for
 * sheet-scoped names, changes). Ordered by sheet (in tab order, workbook-wide ones last).
 */
export async function copyLosses(pkg: OpenedPackage, read: PackageRead): Promise<CopyLoss[]> {
  const losses: CopyLoss[] = [];
  const add = (kind: CopyLossKind, sheet: string, count: number): void => {
    if (count > 0) {
      losses.push({ kind, sheet, count });
    }
  };
  for (const sheet of read.workbook.sheets) {
    if (sheet.kind !== "worksheet") {
      add(sheet.kind === "chartsheet" ? "chartSheets" : "otherSheets", sheet.name, 1);
      continue;
    }
    const features = read.features.get(sheet.name);
    if (features === undefined || sheet.part === null) {
      continue;
    }
    const relationships = await readRelationships(pkg, sheet.part);
    const targetOf = (id: string | null): string | undefined =>
      relationships.find((relationship) => relationship.id === id && !relationship.external)
        ?.target;
    let shapes = 0;
    let charts = 0;
    for (const id of features.drawings) {
      const target = targetOf(id);
      if (target !== undefined) {
        const objects = await drawingObjects(pkg, target);
        shapes += objects.shapes;
        charts += objects.charts;
      }
    }
    const vml = targetOf(features.legacyDrawing);
    add("shapes", sheet.name, shapes);
    add("charts", sheet.name, charts);
    add("sparklines", sheet.name, features.sparklineGroups);
    add("crossSheetValidations", sheet.name, features.extensionValidations);
    add("pageBreaks", sheet.name, features.pageBreaks);
    add(
      "controls",
      sheet.name,
      features.controls + (vml === undefined ? 0 : await vmlControls(pkg, vml))
    );
    add("headerFooterPictures", sheet.name, features.headerFooterPictures ? 1 : 0);
    add("customViews", sheet.name, features.customViews);
  }
  const tabs = read.workbook.sheets;
  const scoped = read.workbook.definedNames.filter(
    (name) => name.localSheetId !== null && !/^_xlnm\./i.test(name.name)
  );
  if (scoped.length > 0) {
    losses.push({
      kind: "sheetScopedNames",
      sheet: "",
      count: scoped.length,
      names: scoped.map(
        (name) => `${name.name}（${tabs[name.localSheetId ?? 0]?.name ?? name.localSheetId}）`
      ),
    });
  }
  const formulas = read.workbook.definedNames.filter((name) =>
    /^_xlnm\./i.test(name.name)
      ? !keptBuiltInNames.test(name.name)
      : !isPlainReference(name.formula)
  );
  if (formulas.length > 0) {
    losses.push({
      kind: "formulaNames",
      sheet: "",
      count: formulas.length,
      names: formulas.map((name) => name.name),
    });
  }
  for (const [kind, pattern] of partKinds) {
    add(kind, "", pkg.entries.filter((entry) => pattern.test(entry.name)).length);
  }
  return losses;
}
