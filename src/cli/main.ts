import { CliIo, ExitCode, exitCodes } from "./cliIo";
import { cliMessage, usageText } from "./cliText";
import { parseArguments } from "./parseArguments";

/**
 * 命令行入口 (the `assess` command): runs the command named by `argv` (the arguments after
 * `assess`) and returns the exit code — 0 success, 1 the input or output stopped it, 2 bad usage
 * (one line on stderr saying what is wrong and how to get the help). `help` prints the usage on
 * stdout. Messages are in `--lang`'s language, else `language` (the environment's
 * `ASSESS_LANG`), else Chinese.
 */
export async function run(
  argv: readonly string[],
  io: CliIo,
  language?: string
): Promise<ExitCode> {
  const parsed = parseArguments(argv, language);
  const { locale } = parsed;
  if (!parsed.ok) {
    const message = locale === "zh-CN" ? parsed.error.message : parsed.error.messageEn;
    io.stderr.write(`${cliMessage(locale, "usageLine", { message })}\n`);
    return exitCodes.usage;
  }
  const { command } = parsed;
  switch (command.kind) {
    case "help":
      io.stdout.write(usageText);
      return exitCodes.ok;
    // Loaded on demand: help and usage errors answer without loading exceljs or the xlsx adapter
    // (and help without the engine).
    case "summary":
      return (await import("./runBatch")).runBatch(command.options, io, locale);
    case "template":
      return (await import("./runTemplate")).runTemplate(command.options, io, locale);
    case "forms":
      return (await import("./runForms")).runForms(command.options, io, locale);
    case "collect":
      return (await import("./runCollect")).runCollect(command.options, io, locale);
    case "city":
      return (await import("./runCity")).runCity(command.options, io, locale);
    case "year-end":
      return (await import("./runYearEnd")).runYearEnd(command.options, io, locale);
  }
}

/** Wires {@link run} to the process: its arguments, streams, ASSESS_LANG and exit code. */
export async function main(): Promise<void> {
  process.exitCode = await run(
    process.argv.slice(2),
    { stdout: process.stdout, stderr: process.stderr },
    process.env.ASSESS_LANG
  );
}
