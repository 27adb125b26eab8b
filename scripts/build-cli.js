/* global require, process, __dirname, console */
/**
 * Builds the `assess` command: compiles src/cli, src/xlsx and src/engine (tsconfig.cli.json) to
 * dist-cli/, which bin/assess.js runs — so no TypeScript is loaded at run time. npm runs it as
 * `prepare` after `npm ci`. When TypeScript is not installed (`npm ci --omit=dev`) there is
 * nothing to compile with: it says so and ends without failing the install; dist-cli/ must then
 * be built where the dev dependencies are (`npm run build:cli`) and copied along.
 */
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.join(__dirname, "..");
let compiler;
try {
  compiler = require.resolve("typescript/bin/tsc", { paths: [root] });
} catch {
  console.log(
    "未安装 typescript（开发依赖），跳过命令行的编译：请在装有开发依赖的环境运行 npm run build:cli 生成 dist-cli/\n" +
      "TypeScript (a dev dependency) is not installed; the CLI was not compiled: run npm run build:cli where the dev dependencies are installed to make dist-cli/"
  );
  process.exit(0);
}
const result = spawnSync(process.execPath, [compiler, "-p", path.join(root, "tsconfig.cli.json")], {
  cwd: root,
  stdio: "inherit",
});
process.exit(result.status === null ? 1 : result.status);
