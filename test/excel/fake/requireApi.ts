/**
 * ExcelApi requirement sets: each API of the fake carries the version that brought it; a call above
 * the host's version fails with ApiNotFound, and `Office.context.requirements.isSetSupported`
 * answers from the same version.
 * https://learn.microsoft.com/en-us/javascript/api/requirement-sets/excel/excel-api-requirement-sets
 * https://learn.microsoft.com/en-us/office/dev/add-ins/develop/specify-api-requirements-runtime
 */
import { officeError } from "./fakeOfficeError";

/** Orders versions as numbers ("1.9" before "1.13"). */
export function compareVersions(a: string, b: string): number {
  const [aMajor, aMinor] = a.split(".").map(Number);
  const [bMajor, bMinor] = b.split(".").map(Number);
  return aMajor !== bMajor ? aMajor - bMajor : (aMinor || 0) - (bMinor || 0);
}

/** The highest of some versions; "1.1" when there are none. */
export function highestVersion(versions: readonly string[]): string {
  return [...versions].sort(compareVersions).pop() ?? "1.1";
}

/** Fails with ApiNotFound when `label` needs a higher ExcelApi than the host's `apiVersion`. */
export function requireApi(label: string, requires: string, apiVersion: string): void {
  if (compareVersions(requires, apiVersion) > 0) {
    throw officeError("ApiNotFound", `${label} needs ExcelApi ${requires}.`);
  }
}
