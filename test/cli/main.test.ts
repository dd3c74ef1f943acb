import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadWorkbook } from "../../src/adapters/xlsx/readGrid";
import { main } from "../../src/cli/main";

const ROOT = join(__dirname, "..", "..");
const ex = (name: string) => join(ROOT, "examples", `${name}.xlsx`);

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("npm run evaluate", () => {
  test("the seed's example: department, year, the five figures as the seed writes them, the shares, no errors", async () => {
    const r = await run(ex("seed-2020"));
    expect(r.code).toBe(0);
    expect(r.out).toContain("高新区投资服务局");
    // The year from its cell, on its labelled line: the file name also contains "2020".
    expect(r.out).toMatch(/年度: 2020(\s|$)/m);
    for (const figure of ["2513.05万元", "518.31万元", "405.87万元", "112.44万元", "1994.74万元", "78.31%", "21.69%"]) {
      expect(r.out).toContain(figure);
    }
    expect(r.out).toMatch(/^校验：0 个错误，/m);
  });

  test("--json: the documented shape, amounts as numbers, shares in percent", async () => {
    const r = await run(ex("seed-2020"), "--json");
    const doc = JSON.parse(r.out);
    expect(doc).toMatchObject({
      file: ex("seed-2020"),
      department: "高新区投资服务局",
      year: 2020,
      unit: "万元",
      spending: {
        total: 2513.05,
        basic: 518.31,
        personnel: 405.87,
        public: 112.44,
        project: 1994.74,
        other: null,
        budget: null,
        personnelShare: 78.31,
        publicShare: 21.69,
        executionRate: null,
      },
    });
    expect(doc.issues.filter((i: { severity: string }) => i.severity === "error")).toEqual([]);
  });

  test("--json: the settings in force, the execution rate with its basis and denominator, subtotals, the budget picture", async () => {
    const doc = JSON.parse((await run(ex("methods"), "--json")).out);
    expect(doc.settings).toMatchObject({ rateDenominator: "initial", rateBasis: "all", scoreDecimals: 1, lateMonthDeductionPercent: 100 });
    expect(doc.executionRate).toEqual({
      value: 90.18,
      source: "computed",
      basis: "all",
      denominator: "initial",
      ruleFrom: "settings",
      numerator: { value: 1623.3, sheet: "支出决算", cell: "B2" },
      budget: { value: 1800, sheet: "支出决算", cell: "B12" },
      computed: null,
    });
    expect(doc.subtotals[1]).toEqual({ name: "产出指标", weight: 50, statedWeight: 50, score: 42.5 });
    expect(doc.budget.funds.adjusted.total).toEqual({ value: 1700, sheet: "支出决算", cell: "C12" });
    expect(doc.budget.threeCosts.budget.reception).toEqual({ value: 2, sheet: "支出决算", cell: "B23" });
    expect(doc.indicators.find((i: { name: string }) => i.name === "村民代表评议")).toMatchObject({ method: "manual", score: 4.5 });
    expect(doc.total).toBe(84);
  });

  test("the broken example exits 1 and names its cells", async () => {
    const r = await run(ex("broken"), "--json", "--lang", "en");
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out);
    const where = doc.issues.map(
      (i: { severity: string; code: string; sheet: string; cell: string }) => `${i.severity} ${i.code} ${i.sheet}!${i.cell}`,
    );
    expect(where).toEqual([
      "error NOT_A_NUMBER 支出决算!B7",
      "error TOTAL_MISMATCH 支出决算!B2",
      "error BASIC_MISMATCH 支出决算!B3",
      "warning ROUNDING_DIFF 支出决算!C12",
      "error WEIGHT_SUM 绩效指标!H2",
      // The report's placeholders, each where the missing input belongs:
      "warning REPORT_PLACEHOLDER 基本信息!A5", // 部门整体绩效目标
      "warning REPORT_DEFAULT_TEXT 基本信息!A5", // 二 in generic words, for want of 自评工作开展情况
      "warning REPORT_PLACEHOLDER 基本信息!A5", // 绩效目标完成情况
      "warning REPORT_PLACEHOLDER 绩效指标!A1", // score and grade withheld by the errors
      "warning REPORT_PLACEHOLDER 问题与措施!A1",
      "warning REPORT_PLACEHOLDER 问题与措施!A1",
      "warning REPORT_PLACEHOLDER 基本信息!A5", // 报告日期
    ]);
    expect(doc.issues[1].message).toBe("Basic + project + other spending = 1050.00, which differs from the total 1000.00 by 50.00");
  });

  test("several files give a JSON array and the worst exit code", async () => {
    const r = await run(ex("complete"), ex("broken"), "--json");
    expect(r.code).toBe(1);
    const docs = JSON.parse(r.out);
    expect(docs.map((d: { department: string }) => d.department)).toEqual([
      "示例市数据资源管理局（虚构示例）",
      "示例县农业农村局（虚构示例）",
    ]);
  });

  test("unreadable files and bad arguments exit 2 with one line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cli-"));
    const text = join(dir, "a.xlsx");
    writeFileSync(text, "just text");
    const truncated = join(dir, "t.xlsx");
    writeFileSync(truncated, readFileSync(ex("complete")).subarray(0, 2000));
    const empty = join(dir, "e.xlsx");
    writeFileSync(empty, "");
    for (const args of [
      [join(dir, "missing.xlsx")],
      [text],
      [truncated],
      [empty],
      [dir],
      [],
      ["--lang", "fr", ex("complete")],
      ["--bogus", ex("complete")],
      ["--out", "x.xlsx", ex("complete"), ex("broken")],
    ]) {
      const r = await run(...args);
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      expect(r.err.split("\n")).toHaveLength(1);
      expect(r.err).toMatch(/^error: /);
    }
  });

  test("an unreadable file among good ones still reports the good ones", async () => {
    const r = await run(ex("complete"), "/nonexistent.xlsx");
    expect(r.code).toBe(2);
    expect(r.err).toBe("error: /nonexistent.xlsx: 找不到文件"); // in the user's language (zh-CN by default)
    expect(r.out).toContain("示例市数据资源管理局");
  });

  test("--out writes the scored workbook and never the input; the JSON gains indicators, total and grade", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cli-out-"));
    const out = join(dir, "sub", "out.xlsx");
    const hash = () =>
      createHash("sha256")
        .update(readFileSync(ex("complete")))
        .digest("hex");
    const before = hash();
    const r = await run(ex("complete"), "--out", out, "--json");
    expect(r.code).toBe(0);
    expect(hash()).toBe(before);
    expect(existsSync(out)).toBe(true);
    const doc = JSON.parse(r.out);
    expect(doc.total).toBe(93.38);
    expect(doc.grade).toBe("优");
    expect(doc.indicators).toHaveLength(10);
    expect(doc.indicators[2]).toEqual({
      sheet: "绩效指标",
      row: 5,
      level1: "产出指标",
      level2: "数量指标",
      name: "数据资源目录编制数量",
      comparison: "≥",
      target: 120,
      actual: 96,
      unit: "个",
      weight: 10,
      score: 8,
      explanation: "实际96个 < 目标120个，按比例得分 10 × 96 ÷ 120 = 8.00",
      method: "proportional",
    });
    expect(doc.indicators[3]).toMatchObject({ target: 99.5, actual: 99.9, unit: "%" });
    expect(doc.indicators[7]).toMatchObject({ comparison: "定性", target: "建立并有效运行", actual: "达成年度指标", score: 10 });
    // The text summary shows them too.
    const text = await run(ex("complete"));
    expect(text.out).toContain("自评总分: 93.38    评价等级: 优");
  });

  test("the JSON report and --report-text", async () => {
    const doc = JSON.parse((await run(ex("seed-2020"), "--json")).out);
    expect(doc.report.title).toEqual(["高新区投资服务局", "2020年度部门预算整体支出绩效评价报告"]);
    expect(doc.report.sections.map((s: { heading: string }) => s.heading)).toEqual([
      "一、基本情况",
      "二、整体支出绩效自评工作开展情况",
      "三、整体绩效目标实现情况",
      "四、存在的主要问题",
      "五、下一步改进措施",
    ]);
    expect(doc.report.sections[0].figures[0]).toEqual({ text: "2513.05万元", sheet: "支出决算", cell: "B2" });
    expect(doc.report.date).toBe("2021年4月15日");
    const text = (await run(ex("seed-2020"), "--report-text")).out;
    const lines = text.split("\n");
    expect(lines).toContain("2020年度部门预算整体支出绩效评价报告");
    expect(lines).toContain("（二）整体支出规模");
    expect(lines[lines.length - 1]).toBe("2021年4月15日");
  });

  test("npm run demo writes the filled workbook with its report sheet under out/", async () => {
    // A file left by an earlier run must not pass for this one's.
    rmSync(join(ROOT, "out", "seed-2020-evaluated.xlsx"), { force: true });
    const r = spawnSync("npm", ["run", "--silent", "demo"], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(0);
    const wb = await loadWorkbook(readFileSync(join(ROOT, "out", "seed-2020-evaluated.xlsx")));
    // The undo journal's sheet is very hidden: Excel never shows it.
    expect(wb.worksheets.filter((w) => w.state !== "veryHidden").map((w) => w.name)).toEqual(["基本信息", "支出决算", "绩效指标", "问题与措施", "绩效评价报告"]);
    expect(wb.getWorksheet("BudgetPerfUndo")?.state).toBe("veryHidden");
    expect(wb.getWorksheet("绩效评价报告")!.getCell("A2").value).toBe("2020年度部门预算整体支出绩效评价报告");
  });

  test("an --out that cannot be written exits 2 with one line", async () => {
    const r = await run(ex("complete"), "--out", "/proc/no/such/dir/out.xlsx");
    expect(r.code).toBe(2);
    expect(r.err.split("\n")).toHaveLength(1);
    expect(r.err).toBe("error: /proc/no/such/dir/out.xlsx: 无法写入：文件夹不存在或无法创建");
  });

  test("as a real process, through npm", () => {
    const ok = spawnSync("npm", ["run", "--silent", "evaluate", "--", ex("broken")], { cwd: ROOT, encoding: "utf8" });
    expect(ok.status).toBe(1);
    expect(ok.stdout).toContain("支出决算!B2 TOTAL_MISMATCH");
    const help = execFileSync("npm", ["run", "--silent", "evaluate", "--", "--help"], { cwd: ROOT, encoding: "utf8" });
    expect(help).toContain("usage:");
  });
});
