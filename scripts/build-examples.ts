/**
 * Builds examples/*.xlsx (or .xls) from the readable sources in examples/src/*.json, and examples/reports/*.txt:
 * the report each example drafts, as plain text, so that a change to the report's wording shows in a review's diff.
 * A source cell is a plain value, null, or an object:
 *   {"v": value, "fmt": "0.00", "note": "comment", "bold": true, "wrap": true} or {"date": "2021-04-15"}.
 * A sheet may list merged areas ("merges": ["A1:J1"], the value in the top-left cell) and be "hidden"; a source
 * with "format": "xls" is written as an .xls (BIFF8, as the 决算 software exports) through SheetJS.
 * Run with `npm run examples`; the built workbooks are committed so the examples work right after `npm ci`. A
 * workbook whose cells are unchanged is not rewritten (exceljs's bytes differ from run to run).
 */
import * as XLSX from "@e965/xlsx";
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
  merges?: string[];
  hidden?: boolean;
}

export interface Source {
  title: string;
  description: string;
  /** The published layout the example follows. */
  source?: string;
  format?: "xlsx" | "xls";
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
    const ws = wb.addWorksheet(s.name, { state: s.hidden ? "hidden" : "visible" });
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
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  return wb;
}

/** The file an example's source builds: .xlsx, or .xls converted from it by SheetJS (values, formats, merges, hidden sheets). */
export async function buildFile(src: Source): Promise<{ data: Buffer; ext: ".xlsx" | ".xls" }> {
  const xlsx = Buffer.from(await buildWorkbook(src).xlsx.writeBuffer());
  if (src.format !== "xls") return { data: xlsx, ext: ".xlsx" };
  const wb = XLSX.read(xlsx, { type: "buffer", cellNF: true });
  return { data: XLSX.write(wb, { bookType: "biff8", type: "buffer" }) as Buffer, ext: ".xls" };
}

export const EXAMPLES_DIR = join(__dirname, "..", "examples");

/** The example's workbook: its .xlsx, or its .xls where the source asks for one. */
export function exampleFile(name: string): string {
  const xls = join(EXAMPLES_DIR, `${name}.xls`);
  return existsSync(xls) ? xls : join(EXAMPLES_DIR, `${name}.xlsx`);
}

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
    const { data, ext } = await buildFile(src);
    const out = join(EXAMPLES_DIR, `${name}${ext}`);
    const grid = workbookToGrid(await loadWorkbook(data));
    const same = existsSync(out) && isDeepStrictEqual(workbookToGrid(await loadWorkbook(readFileSync(out))), grid);
    if (!same) {
      writeFileSync(out, data);
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
