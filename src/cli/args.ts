/** Command-line arguments of `npm run evaluate`. */
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

export const USAGE = `usage: npm run evaluate -- <workbook.xlsx>... [--json] [--lang zh-CN|en] [--out out.xlsx] [--report-text]

  --json          one JSON document per workbook (a JSON array for several)
  --lang          language of messages and the summary: zh-CN (default) or en
  --out FILE      write the scored workbook with its report sheet to FILE (one input only)
  --report-text   print the generated report as plain text

exit status: 0 no errors (warnings allowed), 1 validation errors, 2 unreadable file or bad arguments`;

export function parseArgs(argv: string[]): CliOptions {
  const o: CliOptions = { files: [], json: false, lang: "zh-CN", reportText: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[++i];
      if (v === undefined || v === "") throw new UsageError(`${a.split("=")[0]} needs a value`);
      return v;
    };
    if (a === "--json") o.json = true;
    else if (a === "--report-text") o.reportText = true;
    else if (a === "--help" || a === "-h") o.help = true;
    else if (a === "--lang" || a.startsWith("--lang=")) {
      const v = value();
      if (v === "zh-CN" || v === "zh") o.lang = "zh-CN";
      else if (v === "en" || v === "en-US") o.lang = "en";
      else throw new UsageError(`--lang takes zh-CN or en, not ${v}`);
    } else if (a === "--out" || a.startsWith("--out=")) o.out = value();
    else if (a.startsWith("-")) throw new UsageError(`unknown option ${a}`);
    else o.files.push(a);
  }
  if (!o.help && o.files.length === 0) throw new UsageError("no workbook given");
  if (o.out && o.files.length > 1) throw new UsageError("--out takes one input workbook");
  return o;
}
