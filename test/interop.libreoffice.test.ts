/**
 * Interop: the filled workbook opened by LibreOffice, a real spreadsheet program independent of exceljs.
 * It must show the scores, total and grade, and every other cell exactly as in the input.
 */
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JOURNAL_SHEET } from "../src/app";
import { main } from "../src/cli/main";
import { convert, sheetsAsShown } from "./helpers/libreoffice";

const ROOT = join(__dirname, "..");
const quiet = { out: () => {}, err: (s: string) => console.error(s) };

async function fill(input: string, out: string): Promise<void> {
  const code = await main([input, "--out", out], quiet);
  expect(code).toBeLessThan(2);
}

/** Cells that differ between two LibreOffice renderings, as "sheet!row,col". */
function differences(a: Record<string, string[][]>, b: Record<string, string[][]>): string[] {
  const diffs: string[] = [];
  for (const name of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const ra = a[name] ?? [];
    const rb = b[name] ?? [];
    for (let r = 0; r < Math.max(ra.length, rb.length); r++) {
      for (let c = 0; c < Math.max(ra[r]?.length ?? 0, rb[r]?.length ?? 0); c++) {
        if ((ra[r]?.[c] ?? "") !== (rb[r]?.[c] ?? "")) diffs.push(`${name}!${r + 1},${c + 1}`);
      }
    }
  }
  return diffs.sort();
}

describe("LibreOffice reads the filled workbook", () => {
  const dir = mkdtempSync(join(tmpdir(), "interop-"));
  const input = join(ROOT, "examples", "complete.xlsx");
  const out = join(dir, "complete-out.xlsx");
  const again = join(dir, "complete-again.xlsx");
  let before: Record<string, string[][]>;
  let after: Record<string, string[][]>;

  beforeAll(async () => {
    await fill(input, out);
    await fill(out, again);
    before = sheetsAsShown(input);
    after = sheetsAsShown(out);
  });

  test("scores, total and grade as computed by hand", () => {
    const t = after["绩效指标"];
    const score = (row: number) => t[row - 1][8];
    // 1500/1600 = 93.75% × 10 = 9.375 → 9.38; 96/120 × 10 = 8; 10 × (1 − 4/40) = 9; 定性 default 10; kept 7.
    expect([3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(score)).toEqual([
      "9.38",
      "15.00",
      "8.00",
      "10.00",
      "5.00",
      "9.00",
      "10.00",
      "10.00",
      "7.00",
      "10.00",
    ]);
    expect(t[12][0]).toBe("合计");
    expect(t[12][8]).toBe("93.38");
    expect(t[12][10]).toBe("评价等级：优");
    expect(t[4][10]).toBe("实际96个 < 目标120个，按比例得分 10 × 96 ÷ 120 = 8.00");
  });

  test("every other cell of every sheet is as in the input", () => {
    const written = ["绩效指标!3,9", "绩效指标!3,11"]
      .concat([4, 5, 6, 7, 8, 9, 10, 11, 12].flatMap((r) => [`绩效指标!${r},9`, `绩效指标!${r},11`]))
      .concat(["绩效指标!13,9", "绩效指标!13,11"])
      .sort();
    // The output adds exactly two sheets, the report and the undo journal's very hidden one (issue #14); the
    // input's sheets differ only in the written cells.
    expect(Object.keys(after).sort()).toEqual([...Object.keys(before), "绩效评价报告", JOURNAL_SHEET].sort());
    const inputSheetsAfter = Object.fromEntries(Object.keys(before).map((k) => [k, after[k]]));
    expect(differences(before, inputSheetsAfter)).toEqual(written);
  });

  test("running again on the output gives the same workbook", () => {
    expect(differences(after, sheetsAsShown(again))).toEqual([]);
  });

  test("a table without a total row gets 自评总分 and 评价等级 right below it", async () => {
    const seedOut = join(dir, "seed-out.xlsx");
    await fill(join(ROOT, "examples", "seed-2020.xlsx"), seedOut);
    const t = sheetsAsShown(seedOut)["绩效指标"];
    expect(t.slice(2, 6).map((r) => r[8])).toEqual(["40.00", "20.00", "20.00", "20.00"]);
    expect([t[6][0], t[6][8]]).toEqual(["自评总分", "100.00"]);
    expect([t[7][0], t[7][8]]).toEqual(["评价等级", "优"]);
  });
});

describe("LibreOffice reads the report sheet", () => {
  const dir = mkdtempSync(join(tmpdir(), "interop-report-"));

  test("formula-looking paragraphs arrive as text, even with recalculation on load", async () => {
    const wb = new ExcelJS.Workbook();
    const info = wb.addWorksheet("基本信息");
    info.addRows([
      ["部门名称", "测试局"],
      ["评价年度", 2020],
      ["部门整体绩效目标", "=1+1"],
      ["绩效目标完成情况", "@SUM(1,2)"],
    ]);
    wb.addWorksheet("支出决算").addRows([
      ["决算支出合计", 3],
      ["基本支出", 1],
      ["项目支出", 2],
    ]);
    const p = wb.addWorksheet("问题与措施");
    p.addRows([
      ["类别", "内容"],
      ["问题", "+1+1"],
      ["措施", "-1-1"],
    ]);
    const input = join(dir, "formulas.xlsx");
    await wb.xlsx.writeFile(input);
    const out = join(dir, "formulas-out.xlsx");
    await fill(input, out);
    const report = sheetsAsShown(out)["绩效评价报告"].map((r) => r[0]);
    expect(report).toContain("=1+1");
    expect(report).toContain("@SUM(1,2)");
    expect(report).toContain("（一）+1+1");
    expect(report).toContain("（一）-1-1");
    expect(report).not.toContain("2");
  });

  test("the seed's report renders to PDF with its headings and figures", async () => {
    const out = join(dir, "seed-report.xlsx");
    await fill(join(ROOT, "examples", "seed-2020.xlsx"), out);
    const pdf = convert(out, "pdf");
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
    for (const s of [
      "2020年度部门预算整体支出绩效评价报告",
      "一、基本情况",
      "二、整体支出绩效自评工作开展情况",
      "三、整体绩效目标实现情况",
      "四、存在的主要问题",
      "五、下一步改进措施",
      "2513.05万元",
      "518.31万元",
      "405.87万元",
      "78.31%",
      "112.44万元",
      "21.69%",
      "1994.74万元",
      "2021年4月15日",
    ]) {
      expect(text).toContain(s);
    }
  });
});
