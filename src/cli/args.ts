/** Command-line arguments of `npm run evaluate`, parsed by Node's own `util.parseArgs`. */
import { resolve } from "node:path";
import { parseArgs as parseNodeArgs } from "node:util";
import type { TableChoices } from "../app";
import type { Lang } from "../i18n";
import { tableChoices } from "./tableOption";
import { USAGE_TEXTS } from "./texts";

export interface CliOptions {
  files: string[];
  json: boolean;
  lang: Lang;
  out?: string;
  /** Where to write the report as a Word document. */
  docx?: string;
  reportText: boolean;
  /** The summary workbook of a batch review. */
  summary?: string;
  /** No progress line. */
  quiet: boolean;
  /** Undo this tool's last write into the one input, writing the result to `out`. */
  undo: boolean;
  help: boolean;
  version: boolean;
  /** Whether --lang was given (--help otherwise follows the locale). */
  langGiven: boolean;
  /** --table KIND=Sheet!A1:J20: where to read a kind of table the workbook holds more than once. */
  tables?: TableChoices;
}

export class UsageError extends Error {}

const OPTIONS = {
  json: { type: "boolean" },
  "report-text": { type: "boolean" },
  quiet: { type: "boolean" },
  undo: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  lang: { type: "string" },
  out: { type: "string" },
  docx: { type: "string" },
  summary: { type: "string" },
  table: { type: "string", multiple: true },
} as const;

function langOption(v: string | undefined): Lang {
  if (v === undefined || v === "zh-CN" || v === "zh") return "zh-CN";
  if (v === "en" || v === "en-US") return "en";
  throw new UsageError(`--lang takes zh-CN or en, not ${v}`);
}

/** Node's messages name the option in their own words; ours keep to one short line. */
function parsed(argv: string[]): ReturnType<typeof parseNodeArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>> {
  try {
    return parseNodeArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  } catch (e) {
    const code = (e as { code?: string }).code;
    const option = /'(-[^' ]+)/.exec((e as Error).message)?.[1] ?? "";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new UsageError(`unknown option ${option}`);
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") throw new UsageError(`${option.split(" ")[0]} needs a value`);
    throw new UsageError((e as Error).message.split("\n")[0]);
  }
}

/** --undo writes one workbook, the input put back, to --out; nothing else is made or printed with it. */
function checkUndo(o: CliOptions): void {
  if (!o.out || o.files.length !== 1) throw new UsageError(USAGE_TEXTS.undoNeedsOut);
  const named: [boolean, string][] = [
    [o.summary !== undefined, "--summary"],
    [!!o.docx, "--docx"],
    [o.reportText, "--report-text"],
    [o.json, "--json"],
    [o.tables !== undefined, "--table"],
  ];
  const other = named.find(([given]) => given)?.[1];
  if (other) throw new UsageError(USAGE_TEXTS.undoAlone(other));
}

function checkSummary(o: CliOptions): void {
  if (!o.summary!.toLowerCase().endsWith(".xlsx")) throw new UsageError(USAGE_TEXTS.summaryNeedsXlsx);
  if (o.reportText) throw new UsageError(USAGE_TEXTS.summaryAndReportText);
  if (o.out) throw new UsageError(USAGE_TEXTS.summaryAndOut);
  if (o.docx) throw new UsageError(USAGE_TEXTS.summaryAndDocx);
  if (o.tables) throw new UsageError(USAGE_TEXTS.summaryAndTable);
}

export function parseArgs(argv: string[]): CliOptions {
  const { values, positionals } = parsed(argv);
  for (const name of ["out", "docx", "lang", "summary"] as const) {
    if (values[name] === "") throw new UsageError(`--${name} needs a value`);
  }
  const o: CliOptions = {
    files: positionals,
    json: values.json ?? false,
    lang: langOption(values.lang),
    out: values.out,
    docx: values.docx,
    reportText: values["report-text"] ?? false,
    summary: values.summary,
    quiet: values.quiet ?? false,
    undo: values.undo ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
    langGiven: values.lang !== undefined,
  };
  const table = tableChoices(values.table);
  if (table.error !== undefined) throw new UsageError(table.error);
  if (table.tables) o.tables = table.tables;
  if (o.help || o.version) return o;
  if (o.files.length === 0) throw new UsageError("no workbook given");
  if (o.out && o.files.length > 1) throw new UsageError("--out takes one input workbook");
  if (o.out && /\.xls$/i.test(o.out)) throw new UsageError(USAGE_TEXTS.outIsXls);
  if (o.undo) checkUndo(o);
  if (o.docx) checkDocx(o.docx, o);
  if (o.summary !== undefined) checkSummary(o);
  return o;
}

/** The document goes to a file of its own: never over the input workbook or the --out workbook. */
function checkDocx(docx: string, o: CliOptions): void {
  if (o.files.length > 1) throw new UsageError("--docx takes one input workbook");
  const target = resolve(docx);
  if (o.files.some((f) => resolve(f) === target)) throw new UsageError("--docx names the input workbook");
  if (o.out && resolve(o.out) === target) throw new UsageError("--docx and --out name the same file");
}
