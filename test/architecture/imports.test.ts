import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

/*
 * The shape of src/: imports flow one way, the engine has one front door (src/engine/index.ts),
 * and no module imports itself back through others (no import circle, type-only imports counted).
 */
const root = path.join(__dirname, "..", "..");
const src = path.join(root, "src");

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

function resolve(from: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error(`${path.relative(root, from)}: cannot resolve "${specifier}"`);
}

const files = sourceFiles(src);
const graph = new Map<string, string[]>(
  files.map((file) => {
    const info = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
    const targets = info.importedFiles
      .map((imported) => resolve(file, imported.fileName))
      .filter((target): target is string => target !== null);
    return [file, targets];
  })
);
const relative = (file: string): string => path.relative(root, file).split(path.sep).join("/");

/** Every import circle, each as the list of files around it (Tarjan's strongly connected parts). */
function circles(): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, counter);
    low.set(file, counter);
    counter += 1;
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
    }
    if (low.get(file) === index.get(file)) {
      const part: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        part.push(relative(member));
      } while (member !== file);
      const selfImport = (graph.get(file) ?? []).includes(file);
      if (part.length > 1 || selfImport) found.push(part.sort());
    }
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return found;
}

describe("imports in src/", () => {
  it("reads the whole tree", () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it("has no import circle", () => {
    expect(circles()).toEqual([]);
  });

  it("enters the engine only through its index", () => {
    const engine = path.join(src, "engine");
    const index = path.join(engine, "index.ts");
    const offenders = files
      .filter((file) => !file.startsWith(engine + path.sep))
      .flatMap((file) =>
        (graph.get(file) ?? [])
          .filter((target) => target.startsWith(engine + path.sep) && target !== index)
          .map((target) => `${relative(file)} → ${relative(target)}`)
      );
    expect(offenders).toEqual([]);
  });

  it("keeps every engine file in a rule folder, named after its export", () => {
    const engine = path.join(src, "engine");
    const loose = fs
      .readdirSync(engine, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name !== "index.ts")
      .map((entry) => entry.name);
    expect(loose).toEqual([]);
    // Modules of shared types, the one Decimal class and the catalogues hold no single operation.
    const models = [
      "kernel/decimal.ts",
      "kernel/errors.ts",
      "kernel/grid.ts",
      "kernel/messages.ts",
      "kernel/types.ts",
      "bulletin/bulletinModels.ts",
      "notices/noticeModels.ts",
      "summary/summaryTypes.ts",
      "table/tableModel.ts",
      "table/headerVocabulary.ts",
    ];
    const squash = (name: string): string => name.replace(/_/g, "").toLowerCase();
    const declared = /^export (?:declare )?(?:const|function|class|interface|type|enum) (\w+)/gm;
    const misnamed = files
      .filter(
        (file) => file.startsWith(engine + path.sep) && file !== path.join(engine, "index.ts")
      )
      .filter((file) => !models.includes(path.relative(engine, file).split(path.sep).join("/")))
      .filter((file) => {
        const text = fs.readFileSync(file, "utf8");
        const exported = [...text.matchAll(declared)].map((match) => squash(match[1]));
        return !exported.includes(squash(path.basename(file, ".ts")));
      })
      .map(relative);
    expect(misnamed).toEqual([]);
  });

  it("has no source file over 400 lines", () => {
    const long = files
      .map((file) => ({
        file: relative(file),
        lines: fs.readFileSync(file, "utf8").split("\n").length,
      }))
      .filter(({ lines }) => lines > 400);
    expect(long).toEqual([]);
  });
});
