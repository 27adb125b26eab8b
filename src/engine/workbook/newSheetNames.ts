import { uniqueSheetName } from "./uniqueSheetName";

/** The names of a run's new summary sheets, and those that could not take their wanted name. */
export interface NewSheetNames {
  /** One name a sheet, in the order of the wanted names. */
  readonly names: readonly string[];
  readonly renamed: readonly { readonly wanted: string; readonly used: string }[];
}

/**
 * 新表命名 (names for the new sheets): each wanted name made valid and free beside the sheets that
 * stay and the new sheets named before it (see {@link uniqueSheetName}: "7月进度通报" becomes
 * "7月进度通报(2)" while a clerk's sheet has that name, in any case), so no two collide; a name that
 * had to change is reported as renamed.
 */
export function newSheetNames(wanted: readonly string[], kept: readonly string[]): NewSheetNames {
  const names: string[] = [];
  const renamed: { wanted: string; used: string }[] = [];
  for (const name of wanted) {
    const used = uniqueSheetName(name, [...kept, ...names]);
    names.push(used);
    if (used !== name) {
      renamed.push({ wanted: name, used });
    }
  }
  return { names, renamed };
}
