import { ZipPart, zipPackage } from "../../src/xlsx/zipPackage";

const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A part from text. */
export function textPart(name: string, xml: string): ZipPart {
  return { name, data: Buffer.from(xml, "utf8") };
}

/** A worksheet part's XML around the given sheetData content (and what follows it). */
export function sheetXml(sheetData: string, after = ""): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}" xmlns:r="${officeRelationships}"><sheetData>${sheetData}</sheetData>${after}</worksheet>`;
}

/**
 * A minimal hand-built .xlsx: one worksheet "表" whose part is `sheet` (see {@link sheetXml}),
 * inline strings only (no shared strings, no styles), plus any `extra` parts.
 */
export function packageOf(
  sheet: string,
  extra: readonly ZipPart[] = [],
  workbookExtra = ""
): Buffer {
  return zipPackage([
    textPart(
      "[Content_Types].xml",
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>'
    ),
    textPart(
      "_rels/.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${officeRelationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
    ),
    textPart(
      "xl/workbook.xml",
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${officeRelationships}"><sheets><sheet name="表" sheetId="1" r:id="rId1"/></sheets>${workbookExtra}</workbook>`
    ),
    textPart(
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${officeRelationships}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`
    ),
    textPart("xl/worksheets/sheet1.xml", sheet),
    ...extra,
  ]);
}

/** An inline-string cell. */
export function inlineCell(reference: string, text: string): string {
  return `<c r="${reference}" t="inlineStr"><is><t>${text}</t></is></c>`;
}
