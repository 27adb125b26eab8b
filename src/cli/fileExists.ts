import { access } from "fs/promises";

/** Whether a file (or folder) exists at the path. */
export async function fileExists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
