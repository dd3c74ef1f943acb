/**
 * An in-memory workbook behind the application's ports, for the use cases' own tests: it records every plan it
 * is asked to apply and applies the cell writes to its grid, so a second read sees them. Its journal and number
 * formats live in the grid as in a real workbook: the journal in column A of the journal sheet, which `read`
 * leaves out of the grid and the sheet names as the adapters do.
 */
import {
  CellContent,
  ChangedCells,
  JOURNAL_SHEET,
  NativeChart,
  OpenWorkbookPort,
  RestorePlan,
  WorkbookSnapshot,
  WritePlan,
  allCells,
  cellsChangedBy,
  journalTexts,
  parseJournal,
  restoredCells,
} from "../../src/app";
import { a1, parseA1 } from "../../src/core/address";
import { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { TemplateSheet } from "../../src/core/template";

function setCell(sheet: SheetGrid, cell: string, value: CellValue, format: string | undefined): void {
  const { row, col } = parseA1(cell);
  (sheet.values[row] ??= [])[col] = value;
  ((sheet.formats ??= [])[row] ??= [])[col] = format === "General" ? undefined : format;
  for (let r = 0; r < sheet.values.length; r++) sheet.values[r] ??= [];
}

function cellsOf(sheet: SheetGrid): CellContent[] {
  const out: CellContent[] = [];
  sheet.values.forEach((r, ri) =>
    r.forEach((v, ci) => {
      if (v !== null && v !== undefined && v !== "")
        out.push({ cell: a1(ri, ci), value: v, numberFormat: sheet.formats?.[ri]?.[ci] ?? "General" });
    }),
  );
  return out;
}

export class MemoryWorkbook implements OpenWorkbookPort {
  reads = 0;
  readonly applied: WritePlan[] = [];
  readonly restored: RestorePlan[] = [];
  readonly selected: string[] = [];
  readonly owned: string[] = [];

  constructor(readonly grid: WorkbookGrid) {}

  private find(name: string): SheetGrid | undefined {
    return this.grid.sheets.find((s) => s.name === name);
  }

  async read(): Promise<WorkbookSnapshot> {
    this.reads++;
    const copy: WorkbookGrid = structuredClone(this.grid);
    const journalSheet = copy.sheets.find((s) => s.name === JOURNAL_SHEET);
    copy.sheets = copy.sheets.filter((s) => s !== journalSheet);
    return {
      grid: copy,
      sheetNames: copy.sheets.map((s) => s.name),
      ownedSheets: [...this.owned],
      ownedContent: this.owned.map((name) => ({ sheet: name, cells: cellsOf(this.find(name)!) })),
      ...(journalSheet ? { journal: parseJournal(journalSheet.values.map((r) => r[0] ?? null)) } : {}),
    };
  }

  private writeJournal(record: RestorePlan["journal"]): void {
    const values = journalTexts(record, 50).map((t) => [t]);
    const existing = this.find(JOURNAL_SHEET);
    if (existing) existing.values = values;
    else this.grid.sheets.push({ name: JOURNAL_SHEET, values });
  }

  async apply(plan: WritePlan): Promise<ChangedCells[]> {
    this.applied.push(plan);
    if (plan.journal) this.writeJournal(plan.journal.record);
    for (const w of plan.cells) setCell(this.find(w.sheet)!, w.cell, w.value, w.numberFormat);
    const report = plan.reportSheet;
    if (report) {
      const values = report.rows.map((r) => [r.text]);
      const formats = report.rows.map(() => ["@"]);
      const existing = this.find(report.name);
      if (existing) Object.assign(existing, { values, formats });
      else this.grid.sheets.push({ name: report.name, values, formats });
      if (!this.owned.includes(report.name)) this.owned.push(report.name);
    }
    return cellsChangedBy(plan);
  }

  async restore(plan: RestorePlan): Promise<ChangedCells[]> {
    this.restored.push(plan);
    this.writeJournal(plan.journal);
    const report = plan.reportSheet;
    if (report?.remove) {
      this.grid.sheets = this.grid.sheets.filter((s) => s.name !== report.name);
      this.owned.splice(this.owned.indexOf(report.name), 1);
    } else if (report) {
      const sheet = this.find(report.name);
      if (sheet) Object.assign(sheet, { values: [], formats: [] });
      else this.grid.sheets.push({ name: report.name, values: [], formats: [] });
    }
    for (const content of plan.cells) for (const c of allCells(content)) setCell(this.find(content.sheet)!, c.cell, c.value, c.numberFormat);
    return restoredCells(plan);
  }

  async sheetNames(): Promise<string[]> {
    return this.grid.sheets.filter((s) => s.name !== JOURNAL_SHEET).map((s) => s.name);
  }

  async addSheets(sheets: TemplateSheet[]): Promise<void> {
    for (const t of sheets) this.grid.sheets.push({ name: t.name, values: t.values.map((r) => [...r]) });
  }

  /** The charts asked for, by sheet. */
  readonly charts: { sheet: string; charts: NativeChart[] }[] = [];

  async addCharts(sheet: string, charts: NativeChart[]): Promise<void> {
    if (!this.grid.sheets.some((s) => s.name === sheet)) throw new Error(`no sheet ${sheet}`);
    this.charts.push({ sheet, charts });
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.selected.push(`${sheet}!${cell}`);
  }

  async watchChanges(): Promise<undefined> {
    return undefined;
  }
}
