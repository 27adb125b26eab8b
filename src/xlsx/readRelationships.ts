import { scanPart } from "./scanPart";
import type { OpenedPackage } from "./openPackage";
import { attributeOf, localName } from "./xmlScanner";

/** One relationship of a part: its type's last word ("worksheet", "drawing"), its target part. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target part's name in the package, or the external address as written. */
  readonly target: string;
  readonly external: boolean;
}

/** "xl/worksheets/../drawings/drawing1.xml" → "xl/drawings/drawing1.xml". */
export function resolvePartName(base: string, target: string): string {
  const folder = base.includes("/") ? base.slice(0, base.lastIndexOf("/")) : "";
  const segments = (target.startsWith("/") ? target.slice(1) : `${folder}/${target}`).split("/");
  const resolved: string[] = [];
  for (const segment of segments) {
    if (segment === "..") {
      resolved.pop();
    } else if (segment !== "." && segment !== "") {
      resolved.push(segment);
    }
  }
  return resolved.join("/");
}

/**
 * 关系 (relationships): the relationships of one part of the package, from its `_rels/….rels` part
 * ([] when it has none). Types compare by their last word, so the transitional and the strict
 * schema's URIs read alike.
 */
export async function readRelationships(
  pkg: OpenedPackage,
  partName: string
): Promise<Relationship[]> {
  const slash = partName.lastIndexOf("/");
  const relsName = `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
  const entry = pkg.part(relsName);
  if (entry === undefined) {
    return [];
  }
  const found: Relationship[] = [];
  await scanPart(pkg.bytes, entry, pkg.file, {
    open(name, attributes) {
      if (localName(name) !== "Relationship") {
        return;
      }
      const id = attributeOf(attributes, "Id") ?? "";
      const type = attributeOf(attributes, "Type") ?? "";
      const target = attributeOf(attributes, "Target") ?? "";
      const external = attributeOf(attributes, "TargetMode") === "External";
      found.push({
        id,
        type: type.slice(type.lastIndexOf("/") + 1),
        target: external ? target : resolvePartName(partName, target),
        external,
      });
    },
    close() {},
    text() {},
  });
  return found;
}
