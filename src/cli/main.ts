import { CliIo, ExitCode, exitCodes } from "./cliIo";
import { usageText } from "./cliText";
import { parseArguments } from "./parseArguments";

/**
 * 命令行入口 (the `assess` command): runs the command named by `argv` (the arguments after
 * `assess`) and returns the exit code — 0 success, 1 the input stopped it, 2 bad usage (with the
 * usage text in Chinese and English on stderr). `help` prints the usage on stdout.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const parsed = parseArguments(argv);
  if (!parsed.ok) {
    io.stderr.write(
      `错误：${parsed.error.message}\nError: ${parsed.error.messageEn}\n\n${usageText}`
    );
    return exitCodes.usage;
  }
  const { command } = parsed;
  switch (command.kind) {
    case "help":
      io.stdout.write(usageText);
      return exitCodes.ok;
    // Loaded on demand: help and usage errors answer without loading exceljs and the engine.
    case "summary":
      return (await import("./runSummary")).runSummary(command.options, io);
    case "template":
      return (await import("./runTemplate")).runTemplate(command.options, io);
    case "year-end":
      return (await import("./runYearEnd")).runYearEnd(command.options, io);
  }
}

/** Wires {@link run} to the process: its arguments, streams and exit code. */
export async function main(): Promise<void> {
  process.exitCode = await run(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
  });
}
