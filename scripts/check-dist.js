/* global require, process, __dirname, console */
/**
 * Checks the production build in dist/: the files the manifest needs are there, functions.json
 * lists every ASSESS function, each asking for its parameter addresses, the zh-CN metadata has the
 * same ids, and the manifest in dist/ points at https URLs of the files that exist. Without ADDIN_PRODUCTION_URL the build must have
 * refused to write a manifest; the URLs are then checked on the manifest it would write.
 */
const fs = require("fs");
const path = require("path");
const { productionUrlOf, rewriteManifestUrls } = require("./manifest-urls");

const dist = path.join(__dirname, "..", "dist");
const expected = [
  "CHECKPOINT",
  "PACE",
  "PACETARGET",
  "PACEGAP",
  "ARREARS",
  "REMAINING",
  "COMPLETION",
  "STATUS",
  "COMPLETIONSCORE",
  "COMPOSITESCORE",
  "ADJUSTMENT",
  "GRADE",
  "RANK",
  "RANKSCORE",
  "EFFICACYSCORE",
  "MONTHOVERMONTH",
  "GROWTHSHORTFALL",
];
const problems = [];

for (const file of [
  "taskpane.html",
  "functions.js",
  "taskpane.js",
  "functions.json",
  "functions.zh-CN.json",
]) {
  if (!fs.existsSync(path.join(dist, file))) {
    problems.push(`dist/${file} is missing`);
  }
}
if (problems.length === 0) {
  const metadata = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8"));
  const localized = JSON.parse(fs.readFileSync(path.join(dist, "functions.zh-CN.json"), "utf8"));
  const ids = metadata.functions.map((fn) => fn.id).sort();
  const localizedIds = localized.functions.map((fn) => fn.id).sort();
  for (const id of expected) {
    if (!ids.includes(id)) problems.push(`functions.json does not list ${id}`);
  }
  // Every function tells an empty cell from 0 through its arguments' addresses (src/functions/blankCells.ts).
  for (const [file, fns] of [
    ["functions.json", metadata.functions],
    ["functions.zh-CN.json", localized.functions],
  ]) {
    for (const fn of fns) {
      if (fn.options?.requiresParameterAddresses !== true) {
        problems.push(`${file}: ${fn.id} does not ask for its parameter addresses`);
      }
    }
  }
  if (JSON.stringify(ids) !== JSON.stringify(localizedIds)) {
    problems.push(
      `functions.zh-CN.json lists ${localizedIds.join(",")} but functions.json lists ${ids.join(",")}`
    );
  }
  const productionUrl = productionUrlOf(process.env.ADDIN_PRODUCTION_URL);
  const written = path.join(dist, "manifest.xml");
  if (productionUrl === null && fs.existsSync(written)) {
    problems.push(
      "dist/manifest.xml was written without ADDIN_PRODUCTION_URL (a placeholder host)"
    );
  }
  if (productionUrl !== null && !fs.existsSync(written))
    problems.push("dist/manifest.xml is missing");
  const manifest =
    productionUrl === null
      ? rewriteManifestUrls(
          fs.readFileSync(path.join(__dirname, "..", "manifest.xml"), "utf8"),
          "https://addin.check/"
        )
      : fs.existsSync(written)
        ? fs.readFileSync(written, "utf8")
        : "";
  if (manifest.includes("localhost")) problems.push("dist/manifest.xml still points at localhost");
  if (!/<bt:String id="Functions.Namespace" DefaultValue="ASSESS"\/>/.test(manifest)) {
    problems.push("dist/manifest.xml does not declare the ASSESS namespace");
  }
  const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map(
    (match) => match[1]
  );
  for (const url of urls) {
    if (!url.startsWith("https://")) problems.push(`dist/manifest.xml has a non-https URL: ${url}`);
    const file = new URL(url).pathname.replace(/^\//, "");
    if (file && /\.(html|js|json|png)$/.test(file) && !fs.existsSync(path.join(dist, file))) {
      problems.push(`dist/manifest.xml points at ${file}, which the build did not emit`);
    }
  }
  for (const name of ["taskpane.html", "functions.js", "functions.json", "functions.zh-CN.json"]) {
    if (!urls.some((url) => url.endsWith(`/${name}`)))
      problems.push(`dist/manifest.xml does not point at ${name}`);
  }
}
if (problems.length > 0) {
  console.error(`构建检查失败 / build check failed:\n- ${problems.join("\n- ")}`);
  process.exit(1);
}
console.log(`dist/ checked: ${expected.length} ASSESS functions, zh-CN metadata, manifest URLs.`);
