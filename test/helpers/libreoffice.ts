/**
 * LibreOffice headless as an independent spreadsheet program: it opens an .xlsx (recalculating formulas on
 * load) and exports every sheet as CSV, showing each cell as formatted. CI installs it (.ci/run); a test
 * that needs it fails, never skips, when it is missing.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

const RECALC_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function profile(): string {
  const dir = mkdtempSync(join(tmpdir(), "lo-profile-"));
  mkdirSync(join(dir, "user"), { recursive: true });
  writeFileSync(join(dir, "user", "registrymodifications.xcu"), RECALC_ON_LOAD);
  return dir;
}

function soffice(args: string[]): void {
  execFileSync("soffice", [`-env:UserInstallation=file://${profile()}`, "--headless", ...args], {
    stdio: "pipe",
    timeout: 120000,
  });
}

/** RFC 4180 CSV into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Every sheet of the workbook as LibreOffice shows it, by sheet name. */
export function sheetsAsShown(xlsx: string): Record<string, string[][]> {
  const out = mkdtempSync(join(tmpdir(), "lo-csv-"));
  soffice(["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", "--outdir", out, xlsx]);
  const stem = basename(xlsx).replace(/\.xlsx$/, "");
  const sheets: Record<string, string[][]> = {};
  for (const f of readdirSync(out)) {
    const name = f.slice(stem.length + 1, -".csv".length);
    sheets[name] = parseCsv(readFileSync(join(out, f), "utf8"));
  }
  return sheets;
}

/** The workbook converted by LibreOffice to another format (pdf, …); returns the new file's path. */
export function convert(file: string, format: string): string {
  const out = mkdtempSync(join(tmpdir(), "lo-conv-"));
  soffice(["--convert-to", format, "--outdir", out, file]);
  const made = readdirSync(out);
  if (made.length !== 1) throw new Error(`LibreOffice made ${made.length} files converting ${file}`);
  return join(out, made[0]);
}
