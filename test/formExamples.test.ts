/**
 * The examples built from published layouts: each is evaluated with no error, and --out writes the scores into
 * the form's own 得分 cells and nothing else of it (every other cell compared), plus the report's own sheet.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadWorkbook, workbookToGrid } from "../src/adapters/xlsx/readGrid";
import { JOURNAL_SHEET } from "../src/app";
import { main } from "../src/cli/main";
import { CellValue, WorkbookGrid } from "../src/core/grid";
import { a1 } from "../src/core/address";

const DIR = join(__dirname, "..", "examples");

interface Expected {
  department: string;
  spending: Record<string, number | null>;
  indicators: number;
  total: number;
  /** The cells --out writes: the 得分 cells and the total, then the grade beside the form. */
  writes: Record<string, CellValue>;
}

const EXAMPLES: Record<string, Expected> = {
  "form-sichuan.xlsx": {
    department: "示例县教育局（虚构）",
    spending: { total: 1140, budget: 1200, executionRate: 95 },
    indicators: 8,
    total: 99,
    writes: { H4: 9.5, I9: 20, I10: 15, I11: 15, I12: 10, I13: 15, I15: 10, I16: 99, K16: "评价等级：优" },
  },
  "form-guizhou.xlsx": {
    department: "示例县卫生健康局（虚构）",
    spending: { total: 1920, budget: null },
    indicators: 6,
    total: 98.8,
    writes: { E5: 9.6, G10: 25, G11: 20, G12: 15, G13: 19.2, G14: 10, G15: 98.8, I15: "评价等级：优" },
  },
  "form-chongqing.xlsx": {
    department: "示例区城市管理局（虚构）",
    spending: { total: 3040, basic: 820, project: 2220, budget: 3200 },
    indicators: 6,
    total: 99.5,
    writes: { G4: 9.5, I9: 30, I10: 20, I11: 15, I12: 15, I13: 10, I14: 99.5, K14: "评价等级：优" },
  },
  "form-caiyu-2020-10.xlsx": {
    department: "示例县水利局（虚构）",
    spending: { total: 494, budget: 520 },
    indicators: 6,
    total: 98.97,
    writes: { H6: 9.5, H14: 20, H15: 20, H16: 9.47, H17: 30, H18: 10, H19: 98.97, K19: "评价等级：优" },
  },
  "final-accounts-yuan.xlsx": {
    department: "示例县农业农村局（虚构）",
    spending: { total: 2513.051234, basic: 518.311234, personnel: 405.87, public: 112.441234, project: 1994.74, other: 0 },
    indicators: 6,
    total: 99.17,
    writes: { H4: 9.67, I7: 30, I8: 20, I9: 20, I11: 10, I12: 99.17, K12: "评价等级：优" },
  },
  "final-accounts-xls.xls": {
    department: "示例县文化和旅游局（虚构）",
    spending: { total: 1036.025, basic: 436.025, personnel: 351.2, public: 84.825, project: 600 },
    indicators: 5,
    total: 99.77,
    writes: { E5: 9.77, G9: 30, G10: 20, G11: 30, G12: 10, G13: 99.77, I13: "评价等级：优" },
  },
};

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

async function grid(path: string): Promise<WorkbookGrid> {
  return workbookToGrid(await loadWorkbook(readFileSync(path)));
}

/** Every non-empty cell, as "sheet!A1" → value. */
function cells(g: WorkbookGrid, sheets: string[]): Map<string, CellValue> {
  const m = new Map<string, CellValue>();
  for (const s of g.sheets.filter((x) => sheets.includes(x.name))) {
    s.values.forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && m.set(`${s.name}!${a1(r, c)}`, v)));
  }
  return m;
}

describe.each(Object.entries(EXAMPLES))("examples/%s", (file, expected) => {
  const path = join(DIR, file);

  test("--json: department, year, spending in 万元, indicators, scores and total, no error", async () => {
    const r = await run(path, "--json");
    const doc = JSON.parse(r.out);
    expect(doc.issues.filter((i: { severity: string }) => i.severity === "error")).toEqual([]);
    expect(doc).toMatchObject({
      department: expected.department,
      year: 2023,
      unit: "万元",
      spending: expected.spending,
      total: expected.total,
    });
    expect(doc.indicators).toHaveLength(expected.indicators);
    expect(doc.indicators.every((i: { score: number | null }) => i.score !== null)).toBe(true);
    expect(r.code).toBe(0);
  });

  test("--out writes the scores into the form's own 得分 cells and changes no other cell", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "example-out-")), "out.xlsx");
    expect((await run(path, "--out", out)).code).toBe(0);
    const before = await grid(path);
    const after = await grid(out);
    const inputSheets = before.sheets.map((s) => s.name);
    // The report's sheet, and the undo journal's very hidden one.
    expect(after.sheets.map((s) => s.name)).toEqual([...inputSheets, "绩效评价报告", JOURNAL_SHEET]);
    expect(after.sheets.map((s) => s.hidden ?? false)).toEqual([...before.sheets.map((s) => s.hidden ?? false), false, true]);
    const was = cells(before, inputSheets);
    const now = cells(after, inputSheets);
    const changed = Object.fromEntries([...now].filter(([k, v]) => was.get(k) !== v).map(([k, v]) => [k.split("!")[1], v]));
    expect(changed).toEqual(expected.writes);
    expect([...was.keys()].filter((k) => !now.has(k))).toEqual([]);
    // Run again on its own output: the same cells, the grade where it was (not pushed one column further right).
    const again = join(mkdtempSync(join(tmpdir(), "example-again-")), "again.xlsx");
    expect((await run(out, "--out", again)).code).toBe(0);
    expect(cells(await grid(again), inputSheets)).toEqual(now);
  });
});
