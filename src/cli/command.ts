/**
 * The arguments understood, before any workbook is touched: --help, --version and usage errors are answered
 * here, without loading the spreadsheet code, so that they answer at once.
 */
import { version } from "../../package.json";
import { CliOptions, UsageError, parseArgs } from "./args";
import { WORKBOOK_EXTENSIONS } from "./inputs";
import { messages } from "../i18n";
import { helpLang } from "./texts";

/** What to print and the exit status, when the arguments alone decide it. */
export interface Answer {
  stdout?: string;
  stderr?: string;
  code: number;
}

export type Command = { answer: Answer } | { options: CliOptions };

export interface Locale {
  env: Record<string, string | undefined>;
  /** The system's locale (Intl's default), for a machine whose environment names none. */
  system: string;
}

export function usageAnswer(e: UsageError): Answer {
  return { stderr: `error: ${e.message} (see --help)`, code: 2 };
}

export function parseCommand(argv: string[], locale: Locale): Command {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) return { answer: usageAnswer(e) };
    throw e;
  }
  if (options.help) {
    const lang = options.langGiven ? options.lang : helpLang(locale.env, locale.system);
    return { answer: { stdout: messages(lang).batch.help(version, WORKBOOK_EXTENSIONS), code: 0 } };
  }
  if (options.version) return { answer: { stdout: version, code: 0 } };
  return { options };
}

/** Prints the answer; returns its exit status. */
export function printAnswer(answer: Answer, io: { out: (s: string) => void; err: (s: string) => void }): number {
  if (answer.stdout !== undefined) io.out(answer.stdout);
  if (answer.stderr !== undefined) io.err(answer.stderr);
  return answer.code;
}
