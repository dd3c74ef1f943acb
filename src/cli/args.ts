/** Command-line arguments of `npm run evaluate`, parsed by Node's own `util.parseArgs`. */
import { parseArgs as parseNodeArgs } from "node:util";
import type { Lang } from "../core/findings";

export interface CliOptions {
  files: string[];
  json: boolean;
  lang: Lang;
  out?: string;
  reportText: boolean;
  help: boolean;
}

export class UsageError extends Error {}

export const USAGE = `usage: npm run evaluate -- <workbook.xlsx|.xls>... [--json] [--lang zh-CN|en] [--out out.xlsx] [--report-text]

  --json          one JSON document per workbook (a JSON array for several)
  --lang          language of messages and the summary: zh-CN (default) or en
  --out FILE      write the scored workbook with its report sheet to FILE, always .xlsx (one input only)
  --report-text   print the generated report as plain text

exit status: 0 no errors (warnings allowed), 1 validation errors, 2 unreadable file or bad arguments`;

const OPTIONS = {
  json: { type: "boolean" },
  "report-text": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  lang: { type: "string" },
  out: { type: "string" },
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
  if (!o.help && o.files.length === 0) throw new UsageError("no workbook given");
  if (o.out && o.files.length > 1) throw new UsageError("--out takes one input workbook");
  if (o.out && /\.xls$/i.test(o.out)) throw new UsageError("--out writes an .xlsx workbook: name it .xlsx, not .xls");
  return o;
}
