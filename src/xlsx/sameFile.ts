import { realpath, stat } from "fs/promises";
import { basename, dirname, join, resolve } from "path";

/** A path with its folder's links resolved (the file itself may not exist yet). */
async function realPathOf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    try {
      return join(await realpath(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}

/** Whether two paths name the same file: same resolved path, same real path, or same inode (a hard link). */
export async function sameFile(first: string, second: string): Promise<boolean> {
  const a = resolve(first);
  const b = resolve(second);
  if (a === b || (await realPathOf(a)) === (await realPathOf(b))) {
    return true;
  }
  try {
    const [statA, statB] = await Promise.all([stat(a), stat(b)]);
    return statA.dev === statB.dev && statA.ino === statB.ino;
  } catch {
    return false;
  }
}
