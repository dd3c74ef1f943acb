/**
 * Interop: the filled workbook opened by LibreOffice, a real spreadsheet program independent of exceljs.
 * It must show the scores, total and grade, and every other cell exactly as in the input.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../src/cli/main";
import { sheetsAsShown } from "./helpers/libreoffice";

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
    expect([3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(score)).toEqual(["9.38", "15.00", "8.00", "10.00", "5.00", "9.00", "10.00", "10.00", "7.00", "10.00"]);
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
    expect(differences(before, after)).toEqual(written);
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
