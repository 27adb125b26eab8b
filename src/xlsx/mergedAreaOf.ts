import type { MergedArea } from "../engine";
import { cellPosition } from "./cellPosition";

/** "A1:D2" → a 0-based merged area; null when it is not a range of cells. */
export function mergedAreaOf(reference: string): MergedArea | null {
  const [from, to = from] = reference.replace(/\$/g, "").split(":");
  const first = cellPosition(from);
  const second = cellPosition(to);
  if (first === null || second === null) {
    return null;
  }
  return {
    top: Math.min(first[0], second[0]),
    left: Math.min(first[1], second[1]),
    bottom: Math.max(first[0], second[0]),
    right: Math.max(first[1], second[1]),
  };
}
