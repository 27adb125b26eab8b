/* global require, process, console */
/**
 * `npm start`: on Windows and macOS, sideloads the add-in into desktop Excel as the official
 * templates do (`office-addin-debugging start manifest.xml`); elsewhere (Linux, CI), where there is
 * no desktop Excel, builds the add-in and opens the browser preview instead (`npm run preview`).
 * ASSESS_START=preview or ASSESS_START=excel forces one or the other.
 */
const { spawn } = require("child_process");

const forced = process.env.ASSESS_START;
const excel = forced
  ? forced === "excel"
  : process.platform === "win32" || process.platform === "darwin";
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

const [command, args, what] = excel
  ? [
      npx,
      ["office-addin-debugging", "start", "manifest.xml"],
      "在 Excel 中加载加载项 / sideloading the add-in into Excel",
    ]
  : [
      npm,
      ["run", "preview"],
      "没有桌面版 Excel：启动浏览器预览 / no desktop Excel here: starting the browser preview",
    ];

console.log(`npm start (${process.platform}): ${what}`);
console.log(`> ${[command, ...args].join(" ")}`);
const child = spawn(command, args, { stdio: "inherit", shell: process.platform === "win32" });
child.on("error", (error) => {
  console.error(`无法启动 / could not start: ${error.message}`);
  process.exit(1);
});
child.on("exit", (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => child.kill(signal));
}
