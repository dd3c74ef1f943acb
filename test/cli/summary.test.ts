import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { ProgressTerminal } from "../../src/cli/progress";

const ROOT = join(__dirname, "..", "..");
const ex = (name: string) => join(ROOT, "examples", `${name}.xlsx`);

async function run(argv: string[], progress?: ProgressTerminal) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s), progress });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** A department folder: workbooks at several depths, and files that are not workbooks handed in. */
function departments(): string {
  const dir = mkdtempSync(join(tmpdir(), "batch-"));
  mkdirSync(join(dir, "乙局", "2024"), { recursive: true });
  mkdirSync(join(dir, ".hidden"));
  copyFileSync(ex("complete"), join(dir, "甲局.xlsx"));
  copyFileSync(ex("broken"), join(dir, "乙局", "2024", "自评.XLSX"));
  copyFileSync(ex("seed-2020"), join(dir, "乙局", "seed.xlsx"));
  copyFileSync(ex("seed-2020"), join(dir, "乙局", "~$seed.xlsx")); // Excel's lock file
  copyFileSync(ex("seed-2020"), join(dir, ".hidden", "x.xlsx"));
  writeFileSync(join(dir, "说明.txt"), "not a workbook");
  return dir;
}

async function readBack(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

describe("npm run evaluate -- DIR --summary summary.xlsx", () => {
  test("a folder is read recursively, in name order, one row per workbook; the exit status is the worst", async () => {
    const dir = departments();
    const out = join(dir, "out", "summary.xlsx");
    const r = await run([dir, "--summary", out, "--json"]);
    expect(r.code).toBe(1); // broken.xlsx has errors
    const doc = JSON.parse(r.out);
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual([
      join(dir, "乙局", "2024", "自评.XLSX"),
      join(dir, "乙局", "seed.xlsx"),
      join(dir, "甲局.xlsx"),
    ]);
    expect(existsSync(out)).toBe(true);
    // Run again: the summary now lies inside the folder, and is not read as an input.
    const again = JSON.parse((await run([dir, "--summary", out, "--json"])).out);
    expect(again.files).toHaveLength(3);
  });

  test("--json: one document, a row per file with figures as numbers, and every finding with its file", async () => {
    const r = await run([ex("complete"), ex("broken"), "--summary", join(mkdtempSync(join(tmpdir(), "s-")), "s.xlsx"), "--json"]);
    const doc = JSON.parse(r.out);
    expect(Object.keys(doc)).toEqual(["files", "findings"]);
    expect(doc.files[0]).toEqual({
      file: ex("complete"),
      department: "示例市数据资源管理局（虚构示例）",
      year: 2025,
      unit: "万元",
      total: expect.any(Number),
      basic: expect.any(Number),
      project: expect.any(Number),
      executionRate: expect.any(Number),
      score: 93.38,
      grade: "优",
      errors: 0,
      warnings: 4,
      enteredTotal: null,
      difference: null,
      unreadable: null,
    });
    expect(doc.files[1]).toMatchObject({ file: ex("broken"), errors: 4, grade: null });
    const broken = doc.findings.filter((f: { file: string }) => f.file === ex("broken"));
    expect(broken).toHaveLength(doc.files[1].errors + doc.files[1].warnings);
    expect(broken[1]).toEqual({
      file: ex("broken"),
      sheet: "支出决算",
      cell: "B2",
      severity: "error",
      code: "TOTAL_MISMATCH",
      message: expect.stringContaining("1050.00"),
    });
    const en = JSON.parse(
      (await run([ex("broken"), "--summary", join(mkdtempSync(join(tmpdir(), "s-")), "s.xlsx"), "--json", "--lang", "en"])).out,
    );
    expect(en.findings[1].message).toBe("Basic + project + other spending = 1050.00, which differs from the total 1000.00 by 50.00");
    expect(broken[1].message).toMatch(/[\u4e00-\u9fff]/);
  });

  test("files that cannot be read are rows with their reason, in the language asked, never a stop (exit 2)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bad-"));
    writeFileSync(join(dir, "text.xlsx"), "just text");
    writeFileSync(join(dir, "empty.xlsx"), "");
    copyFileSync(ex("complete"), join(dir, "good.xlsx"));
    const out = join(dir, "s.xlsx");
    for (const [lang, notAWorkbook, missing] of [
      // The catalogue's words for each reason, as the single-file mode says them.
      ["zh-CN", "不是 Excel 工作簿（.xlsx 或 .xls）", "找不到文件"],
      ["en", "not an Excel workbook (.xlsx or .xls)", "no such file"],
    ] as const) {
      const r = await run([dir, join(dir, "missing.xlsx"), "--summary", out, "--json", "--lang", lang]);
      expect(r.code).toBe(2);
      const rows = JSON.parse(r.out).files as { file: string; unreadable: string | null; score: number | null }[];
      expect(rows.map((f) => f.file)).toEqual(["empty.xlsx", "good.xlsx", "text.xlsx", "missing.xlsx"].map((f) => join(dir, f)));
      expect(rows[0].unreadable).toBe(notAWorkbook);
      expect(rows[2].unreadable).toBe(notAWorkbook);
      expect(rows[3].unreadable).toBe(missing);
      expect(rows[1]).toMatchObject({ unreadable: null, score: 93.38 });
      expect((await readBack(out)).worksheets[0].rowCount).toBe(5);
    }
  });

  test("the summary workbook: a row per file and the findings sheet, frozen and filtered, amounts as numbers", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "s-")), "summary.xlsx");
    const r = await run([ex("seed-2020"), ex("broken"), "--summary", out]);
    expect(r.code).toBe(1);
    const wb = await readBack(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "问题清单"]);
    const [files, findings] = wb.worksheets;
    expect(files.rowCount).toBe(3);
    expect(files.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(files.autoFilter).toBe("A1:O3");
    expect(files.getCell("E2").value).toBe(2513.05);
    expect(files.getCell("E2").numFmt).toBe("0.00");
    expect(files.getCell("I2").value).toBe(100);
    expect(findings.getRow(1).values).toEqual([undefined, "文件", "工作表", "单元格", "级别", "代码", "说明"]);
    expect(findings.autoFilter).toBe(`A1:F${findings.rowCount}`);
    expect(findings.getColumn(1).values.filter((v) => v === ex("broken")).length).toBeGreaterThan(4);
  });

  test("the readable output: a line per file and where the summary went", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "s-")), "s.xlsx");
    const r = await run([ex("complete"), "/nonexistent.xlsx", "--summary", out, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.out.split("\n")).toEqual([
      `${ex("complete")}  示例市数据资源管理局（虚构示例）  2025  total 93.38 优  0 errors, 4 warnings`,
      "/nonexistent.xlsx  cannot be read: no such file",
      `Summary written to ${out}: 2 files, 1 of them unreadable`,
    ]);
    expect(r.err).toBe("");
  });

  test("the output is never an input, and the arguments that do not go together exit 2 with one line", async () => {
    const dir = departments();
    mkdirSync(join(dir, "empty"));
    const named = join(dir, "甲局.xlsx");
    const before = readFileSync(named);
    for (const args of [
      [named, "--summary", named],
      [dir, "--summary", join(dir, "乙局", "..", "甲局.xlsx")],
      [dir, "--summary", join(dir, "s.csv")],
      [dir, "--summary", join(dir, "s.xlsx"), "--report-text"],
      [named, "--summary", join(dir, "s.xlsx"), "--out", join(dir, "o.xlsx")],
      [dir, "--summary"],
      [dir],
      [join(dir, "empty"), "--summary", join(dir, "s.xlsx")], // a folder with no workbook
    ]) {
      const r = await run(args);
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      expect(r.err.split("\n")).toHaveLength(1);
      expect(r.err).toMatch(/^error: .*\(see --help\)$/);
    }
    expect(readFileSync(named).equals(before)).toBe(true);
    expect(existsSync(join(dir, "s.xlsx"))).toBe(false);
  });

  test("a progress line only in a terminal, past a second, and never with --quiet", async () => {
    let t = 0;
    const written: string[] = [];
    const slowTerminal = (isTTY: boolean): ProgressTerminal => ({
      isTTY,
      columns: 200,
      write: (s) => written.push(s),
      now: () => (t += 700),
    });
    const out = join(mkdtempSync(join(tmpdir(), "s-")), "s.xlsx");
    const files = [ex("complete"), ex("broken"), ex("seed-2020")];
    await run([...files, "--summary", out, "--quiet"], slowTerminal(true));
    await run([...files, "--summary", out], slowTerminal(false));
    expect(written).toEqual([]);
    await run([...files, "--summary", out, "--lang", "en"], slowTerminal(true));
    expect(written[written.length - 1]).toBe("\r\x1b[K");
    const lines = written.slice(0, -1);
    expect(lines.every((w) => w.endsWith("\x1b[K") && /^\r\d\/3 workbooks reviewed, \d+ s: .+\.xlsx$/.test(w.slice(0, -3)))).toBe(true);
    expect(written.some((w) => w.startsWith("\r3/3 "))).toBe(true);
  });
});
