/**
 * Builds examples/*.xlsx from the readable sources in examples/src/*.json, and examples/reports/*.txt: the report
 * each example drafts, as plain text, so that a change to the report's wording shows in a review's diff.
 * A source cell is a plain value, null, or an object:
 *   {"v": value, "fmt": "0.00", "note": "comment", "bold": true, "wrap": true} or {"date": "2021-04-15"}.
 * Run with `npm run examples`; the built workbooks are committed so the examples work right after `npm ci`. A
 * workbook whose cells are unchanged is not rewritten (exceljs's bytes differ from run to run).
 */
import ExcelJS from "exceljs";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { loadWorkbook, workbookToGrid } from "../src/adapters/xlsx/readGrid";
import { evaluate } from "../src/core/evaluate";
import { WorkbookGrid } from "../src/core/grid";
import { reportText } from "../src/core/reportSheet";

type SourceCell =
  string | number | null | { v?: string | number | null; date?: string; fmt?: string; note?: string; bold?: boolean; wrap?: boolean };

interface SourceSheet {
  name: string;
  widths?: number[];
  rows: SourceCell[][];
}

interface Source {
  title: string;
  description: string;
  sheets: SourceSheet[];
}

const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

export function buildWorkbook(src: Source): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "budget-performance-addin examples";
  wb.title = src.title;
  wb.description = src.description;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const s of src.sheets) {
    const ws = wb.addWorksheet(s.name);
    (s.widths ?? []).forEach((w, i) => (ws.getColumn(i + 1).width = w));
    s.rows.forEach((row, r) => {
      row.forEach((c, col) => {
        if (c === null || c === undefined) return;
        const cell = ws.getCell(r + 1, col + 1);
        if (typeof c !== "object") {
          cell.value = c;
          return;
        }
        if (c.date) {
          cell.value = new Date(`${c.date}T00:00:00Z`);
          cell.numFmt = 'yyyy"年"m"月"d"日"';
        } else if (c.v !== undefined) cell.value = c.v;
        if (c.fmt) cell.numFmt = c.fmt;
        if (c.note) cell.note = c.note;
        if (c.bold) cell.font = { bold: true };
        if (c.wrap) cell.alignment = { wrapText: true, vertical: "top" };
      });
    });
  }
  return wb;
}

export const EXAMPLES_DIR = join(__dirname, "..", "examples");

/** The example's report as the snapshot holds it: the plain text, one paragraph a line. */
export function reportSnapshot(grid: WorkbookGrid): string {
  return `${reportText(evaluate(grid).report)}\n`;
}

export function snapshotPath(name: string): string {
  return join(EXAMPLES_DIR, "reports", `${name}.txt`);
}

async function main(): Promise<void> {
  mkdirSync(join(EXAMPLES_DIR, "reports"), { recursive: true });
  for (const f of readdirSync(join(EXAMPLES_DIR, "src"))
    .filter((n) => n.endsWith(".json"))
    .sort()) {
    const name = basename(f, ".json");
    const src = JSON.parse(readFileSync(join(EXAMPLES_DIR, "src", f), "utf8")) as Source;
    const out = join(EXAMPLES_DIR, `${name}.xlsx`);
    const bytes = Buffer.from(await buildWorkbook(src).xlsx.writeBuffer());
    const grid = workbookToGrid(await loadWorkbook(bytes));
    const same = existsSync(out) && isDeepStrictEqual(workbookToGrid(await loadWorkbook(readFileSync(out))), grid);
    if (!same) {
      writeFileSync(out, bytes);
      console.log(`wrote ${out}`);
    }
    writeFileSync(snapshotPath(name), reportSnapshot(grid));
    console.log(`wrote ${snapshotPath(name)}`);
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
