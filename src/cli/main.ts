/**
 * `npm run evaluate -- <workbook.xlsx | folder>…`: the engine on .xlsx files, one by one or as a batch review.
 * Exit status: 0 no errors, 1 validation errors, 2 a file that cannot be read or bad arguments.
 * The process starts in bin.ts; this is the whole command as one function, for tests and tools.
 */
import { CliOptions, UsageError } from "./args";
import { Answer, Locale, parseCommand, printAnswer, usageAnswer } from "./command";
import { CliIo, run } from "./run";

export type { CliIo } from "./run";

/** Tests see --help in English unless they name a locale. */
const NO_LOCALE: Locale = { env: {}, system: "en" };

async function runOrAnswer(options: CliOptions, io: CliIo): Promise<number | Answer> {
  try {
    return await run(options, io);
  } catch (e) {
    if (e instanceof UsageError) return usageAnswer(e);
    throw e;
  }
}

export async function main(argv: string[], io: CliIo, locale: Locale = NO_LOCALE): Promise<number> {
  const command = parseCommand(argv, locale);
  const result = "answer" in command ? command.answer : await runOrAnswer(command.options, io);
  return typeof result === "number" ? result : printAnswer(result, io);
}
