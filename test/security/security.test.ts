import * as fs from "fs";
import * as path from "path";

/*
 * Security rules of the pane and the functions: no code from strings, no raw HTML, no network
 * requests of their own, a Content-Security-Policy in every page.
 */
const root = path.join(__dirname, "..", "..");

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

const files = sourceFiles(path.join(root, "src")).map((file) => ({
  file: path.relative(root, file),
  text: fs.readFileSync(file, "utf8"),
}));

function offenders(pattern: RegExp, allowed: readonly string[] = []): string[] {
  return files
    .filter(({ file, text }) => pattern.test(text) && !allowed.includes(file))
    .map(({ file }) => file);
}

describe("source rules", () => {
  it("reads every source file", () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it("has no eval, new Function or string timers", () => {
    expect(offenders(/\beval\s*\(/)).toEqual([]);
    expect(offenders(/new\s+Function\s*\(/)).toEqual([]);
    expect(offenders(/set(Timeout|Interval)\s*\(\s*["'`]/)).toEqual([]);
  });

  it("never renders raw HTML", () => {
    expect(offenders(/dangerouslySetInnerHTML/)).toEqual([]);
    expect(
      offenders(/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write\s*\(/)
    ).toEqual([]);
  });

  it("makes no network request of its own (the preview only loads its samples from its own origin)", () => {
    expect(offenders(/XMLHttpRequest|WebSocket|sendBeacon|EventSource/)).toEqual([]);
    expect(offenders(/\bfetch\s*\(/, ["src/preview/index.ts"])).toEqual([]);
    const preview = files.find(({ file }) => file === "src/preview/index.ts")?.text ?? "";
    for (const call of preview.match(/fetch\s*\([^)]*\)/g) ?? []) {
      expect(call).toMatch(/^fetch\s*\(\s*`samples\//);
    }
  });
});

describe("pages", () => {
  function policy(file: string): Map<string, string[]> {
    const html = fs.readFileSync(path.join(root, file), "utf8");
    const content = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(content).toBeDefined();
    return new Map(
      (content ?? "").split(";").map((directive) => {
        const [name, ...sources] = directive.trim().split(/\s+/);
        return [name, sources] as [string, string[]];
      })
    );
  }

  it("the task pane allows scripts only from itself and office.js's CDN, and no eval", () => {
    const csp = policy("src/taskpane/taskpane.html");
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(JSON.stringify([...csp.values()])).not.toContain("unsafe-eval");
  });

  it("the preview allows nothing from outside", () => {
    const csp = policy("src/preview/preview.html");
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(JSON.stringify([...csp.values()])).not.toMatch(/unsafe-eval|https?:/);
  });

  it("the built pane and functions contain no code from strings", () => {
    // The pane's chunks (loaded on first use: the returns codec with exceljs) too. exceljs's
    // bundled setImmediate polyfill turns a *string* callback into code; nothing passes it one,
    // and the pane's CSP (no 'unsafe-eval') would refuse it: that one shim is cut out first.
    const chunks = fs
      .readdirSync(path.join(root, "dist"))
      .filter((file) => file.endsWith(".chunk.js"))
      .map((file) => `dist/${file}`);
    expect(chunks.length).toBeGreaterThan(0);
    const setImmediateShim = '"function"!=typeof e&&(e=new Function(""+e))';
    for (const bundle of ["dist/taskpane.js", "dist/functions.js", ...chunks]) {
      const text = fs
        .readFileSync(path.join(root, bundle), "utf8")
        .split(setImmediateShim)
        .join("");
      expect({
        bundle,
        eval: /[^\w.$]eval\(/.test(text),
        newFunction: /new Function\(/.test(text),
      }).toEqual({
        bundle,
        eval: false,
        newFunction: false,
      });
    }
  });
});
