/** Command-line arguments of `npm run evaluate`, parsed by Node's own `util.parseArgs`. */
import { parseArgs as parseNodeArgs } from "node:util";
import { TABLE_KINDS, type TableChoices } from "../app";
import { parseA1 } from "../core/address";
import type { Lang } from "../core/findings";

export interface CliOptions {
  files: string[];
  json: boolean;
  lang: Lang;
  out?: string;
  reportText: boolean;
  help: boolean;
  /** --table KIND=Sheet!A1:J20: where to read a kind of table the workbook holds more than once. */
  tables?: TableChoices;
}

export class UsageError extends Error {}

export const USAGE = `usage: npm run evaluate -- <workbook.xlsx|.xls>... [--json] [--lang zh-CN|en] [--out out.xlsx] [--report-text]

  --json          one JSON document per workbook (a JSON array for several)
  --lang          language of messages and the summary: zh-CN (default) or en
  --out FILE      write the scored workbook with its report sheet to FILE, always .xlsx (one input only)
  --report-text   print the generated report as plain text
  --table KIND=Sheet!A1:J20
                  read this kind of table (indicators, funds, expenditure …) there, when the workbook has
                  several; may be given once per kind

exit status: 0 no errors (warnings allowed), 1 validation errors, 2 unreadable file or bad arguments`;

const OPTIONS = {
  json: { type: "boolean" },
  "report-text": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  lang: { type: "string" },
  out: { type: "string" },
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

/** "indicators=自评表!A10:J18" → the kind and its place; a sheet name may be quoted ('My sheet'!A1:J20). */
function tableChoice(spec: string): [string, { sheet: string; range: { top: number; left: number; bottom: number; right: number } }] {
  const m = /^([^=]+)=(.+)!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(spec.trim());
  if (!m) throw new UsageError(`--table takes KIND=Sheet!A1:J20, not ${spec}`);
  const kind = m[1].trim();
  if (!TABLE_KINDS.includes(kind)) throw new UsageError(`--table: unknown kind ${kind} (one of ${TABLE_KINDS.join(", ")})`);
  const sheet = m[2].replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  const from = parseA1(`${m[3].toUpperCase()}${m[4]}`);
  const to = parseA1(`${(m[5] ?? m[3]).toUpperCase()}${m[6] ?? m[4]}`);
  const range = {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
  return [kind, { sheet, range }];
}

export function parseArgs(argv: string[]): CliOptions {
  const { values, positionals } = parsed(argv);
  for (const name of ["out", "lang"] as const) {
    if (values[name] === "") throw new UsageError(`--${name} needs a value`);
  }
  const o: CliOptions = {
    files: positionals,
    json: values.json ?? false,
    lang: langOption(values.lang),
    out: values.out,
    reportText: values["report-text"] ?? false,
    help: values.help ?? false,
  };
  if (values.table) o.tables = Object.fromEntries(values.table.map(tableChoice));
  if (!o.help && o.files.length === 0) throw new UsageError("no workbook given");
  if (o.out && o.files.length > 1) throw new UsageError("--out takes one input workbook");
  if (o.out && /\.xls$/i.test(o.out)) throw new UsageError("--out writes an .xlsx workbook: name it .xlsx, not .xls");
  return o;
}
