#!/usr/bin/env node
/**
 * The process of the command (`budget-evaluate`, `npm run evaluate`): answers --help, --version and usage
 * errors without loading the spreadsheet code, then loads main for the work itself.
 */
import { Locale, parseCommand, printAnswer } from "./command";
import type { CliIo } from "./run";

const io: CliIo = {
  out: (s) => console.log(s),
  err: (s) => console.error(s),
  progress: {
    isTTY: process.stderr.isTTY === true,
    columns: process.stderr.columns,
    write: (s) => process.stderr.write(s),
  },
};

async function start(argv: string[]): Promise<number> {
  const locale: Locale = { env: process.env, system: Intl.DateTimeFormat().resolvedOptions().locale };
  const command = parseCommand(argv, locale);
  if ("answer" in command) return printAnswer(command.answer, io);
  // Loaded only now: the workbook code is most of the bundle's start-up time.
  const { main } = await import("./main.js");
  return main(argv, io, locale);
}

start(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`error: ${(e as Error).message ?? String(e)}`);
    process.exitCode = 2;
  },
);
