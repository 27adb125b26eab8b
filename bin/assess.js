#!/usr/bin/env node
/**
 * The `assess` command. It runs the TypeScript sources of src/ directly, so a fresh clone works after
 * `npm ci` with no build step: each .ts file is transpiled with TypeScript's `transpileModule`
 * (transpile only, no type check — what ts-node's `transpileOnly` does, with tsconfig.json's
 * commonjs settings) and the output is cached under node_modules/.cache/assess-cli, keyed by the
 * source text, so only the first run after a change pays for the transpiling.
 */
"use strict";
const crypto = require("crypto");
const fs = require("fs");
const Module = require("module");
const os = require("os");
const path = require("path");

const root = path.join(__dirname, "..");

let ts;
try {
  ts = require("typescript");
} catch {
  process.stderr.write(
    "错误：未找到 typescript，请先在项目目录运行 npm ci\nError: typescript is missing; run npm ci in the project folder first\n"
  );
  process.exit(1);
}

const { config } = ts.readConfigFile(path.join(root, "tsconfig.json"), ts.sys.readFile);
const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, root);
const compilerOptions = {
  ...options,
  module: ts.ModuleKind.CommonJS,
  sourceMap: false,
  inlineSourceMap: true,
  inlineSources: false,
  declaration: false,
  noEmit: false,
};
const optionsKey = JSON.stringify([ts.version, compilerOptions]);

/** The cache folder, or null when none can be made (a read-only install): then nothing is cached. */
const cacheDirectory = [
  path.join(root, "node_modules", ".cache", "assess-cli"),
  path.join(os.tmpdir(), "assess-cli-cache"),
].find((directory) => {
  try {
    fs.mkdirSync(directory, { recursive: true });
    fs.accessSync(directory, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
});

function transpile(source, fileName) {
  const key = crypto
    .createHash("sha256")
    .update(optionsKey)
    .update("\0")
    .update(fileName)
    .update("\0")
    .update(source)
    .digest("hex");
  const cached = cacheDirectory === undefined ? null : path.join(cacheDirectory, `${key}.js`);
  if (cached !== null) {
    try {
      return fs.readFileSync(cached, "utf8");
    } catch {
      // not cached yet
    }
  }
  const output = ts.transpileModule(source, {
    compilerOptions,
    fileName,
    reportDiagnostics: false,
  }).outputText;
  if (cached !== null) {
    try {
      const temporary = `${cached}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, output);
      fs.renameSync(temporary, cached);
    } catch {
      // a cache that cannot be written only costs time
    }
  }
  return output;
}

Module._extensions[".ts"] = function loadTypeScript(module, fileName) {
  module._compile(transpile(fs.readFileSync(fileName, "utf8"), fileName), fileName);
};
if (typeof process.setSourceMapsEnabled === "function") {
  process.setSourceMapsEnabled(true);
}

require("../src/cli/main")
  .main()
  .catch((error) => {
    process.stderr.write(
      `程序内部错误 / Internal error: ${error && error.stack ? error.stack : error}\n`
    );
    process.exitCode = 1;
  });
