#!/usr/bin/env node
/**
 * The `assess` command. It runs the compiled JavaScript in dist-cli/ (made by `npm run build:cli`,
 * which `npm ci` runs as `prepare`): no TypeScript at run time, and only the modules a command
 * needs are loaded (help loads neither the engine nor exceljs).
 */
"use strict";
const path = require("path");

const entry = path.join(__dirname, "..", "dist-cli", "cli", "main.js");
let cli;
try {
  cli = require(entry);
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes(entry)) {
    process.stderr.write(
      "错误：命令行尚未编译（缺少 dist-cli/），请在项目文件夹运行 npm run build:cli（或 npm ci）\n" +
        "Error: the CLI is not built (dist-cli/ is missing): run npm run build:cli (or npm ci) in the project folder\n"
    );
    process.exit(1);
  }
  throw error;
}

cli.main().catch((error) => {
  process.stderr.write(
    `程序内部错误 / Internal error: ${error && error.stack ? error.stack : error}\n`
  );
  process.exitCode = 1;
});
