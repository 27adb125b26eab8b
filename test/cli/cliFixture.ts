import { copyFile, mkdtemp, rm } from "fs/promises";
import { tmpdir } from "os";
import { join } from "path";
import { CliIo } from "../../src/cli/cliIo";

/** The repository's root and its sample workbooks. */
export const repositoryRoot = join(__dirname, "..", "..");
export const samplePath = (name: string): string => join(repositoryRoot, "assets", "samples", name);

/** An io that collects what the CLI writes. */
export function collectingIo(): CliIo & { out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    out: () => out,
    err: () => err,
  };
}

/** A fresh temporary directory (one per test), and a function that removes it. */
export async function temporaryDirectory(): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), "assess-cli-"));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** Copies a sample into a directory, so the CLI's default output lands there. */
export async function copySample(name: string, directory: string, as = name): Promise<string> {
  const target = join(directory, as);
  await copyFile(samplePath(name), target);
  return target;
}
