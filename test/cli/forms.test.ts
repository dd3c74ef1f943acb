/** The command line on the forms accountants already have: what was read where, .xls files, --table. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { basicExpenditureTable, expenditureTable, incomeSummaryTable } from "../helpers/finalAccounts";
import { HEADER, sheet } from "../helpers/grid";
import { encryptedXls, encryptedXlsx, fromGrids, odsFile, xlsFile } from "../helpers/xls";

const ROOT = join(__dirname, "..", "..");
const ex = (name: string) => join(ROOT, "examples", name);

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("what was read where", () => {
  test("the summary has a line per table with its place; the JSON lists them under tables", async () => {
    const text = await run(ex("seed-2020.xlsx"));
    expect(text.out.split("\n")).toContain("绩效指标表：绩效指标!A2:L6");
    const en = await run(ex("seed-2020.xlsx"), "--lang", "en");
    expect(en.out.split("\n")).toContain("Indicator table: 绩效指标!A2:L6");
    const doc = JSON.parse((await run(ex("seed-2020.xlsx"), "--json")).out);
    expect(doc.tables).toEqual([
      { kind: "info", title: "基本信息", sheet: "基本信息", range: "A1:B10", hidden: false },
      { kind: "spending", title: "支出决算", sheet: "支出决算", range: "A1:B6", hidden: false },
      { kind: "indicators", title: "绩效指标表", sheet: "绩效指标", range: "A2:L6", hidden: false },
      { kind: "problems", title: "问题与措施", sheet: "问题与措施", range: "A1:B8", hidden: false },
    ]);
  });
});

describe(".xls files and files that are not workbooks", () => {
  const dir = mkdtempSync(join(tmpdir(), "cli-forms-"));
  const file = (name: string, data: Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, data);
    return path;
  };

  test("an .xls is read; --out writes .xlsx and says so; an --out ending in .xls is refused", async () => {
    const xls = file("决算.xls", xlsFile(fromGrids([incomeSummaryTable(), expenditureTable(), basicExpenditureTable()])));
    const doc = JSON.parse((await run(xls, "--json")).out);
    expect(doc.spending).toMatchObject({ total: 2513.051234, basic: 518.311234, project: 1994.74 });
    const out = join(dir, "out.xlsx");
    const written = await run(xls, "--out", out);
    expect(written.err).toBe(`注意：${xls} 是 .xls 工作簿；${out} 按 .xlsx 格式写出`);
    expect(readFileSync(out).subarray(0, 4).toString("hex")).toBe("504b0304"); // a zip: .xlsx, not a compound file
    const refused = await run(xls, "--out", join(dir, "out.xls"));
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/^error: --out writes an \.xlsx workbook/);
  });

  test("encrypted, .ods and .csv files: one line in the user's language, never a library's text", async () => {
    const cases: [Buffer, string, string][] = [
      [
        encryptedXlsx(),
        "工作簿设了打开密码：请在 Excel 中取消密码后再试",
        "the workbook has a password to open: remove the password in Excel and try again",
      ],
      [
        encryptedXls(),
        "工作簿设了打开密码：请在 Excel 中取消密码后再试",
        "the workbook has a password to open: remove the password in Excel and try again",
      ],
      [odsFile([{ name: "S", values: [["a"]] }]), "不是 Excel 工作簿（.xlsx 或 .xls）", "not an Excel workbook (.xlsx or .xls)"],
      [Buffer.from("部门,年度\n示例局,2023\n"), "不是 Excel 工作簿（.xlsx 或 .xls）", "not an Excel workbook (.xlsx or .xls)"],
    ];
    for (const [i, [data, zh, en]] of cases.entries()) {
      const path = file(`f${i}.xlsx`, data);
      const r = await run(path);
      expect({ code: r.code, err: r.err }).toEqual({ code: 2, err: `error: ${path}: ${zh}` });
      expect((await run(path, "--lang", "en")).err).toBe(`error: ${path}: ${en}`);
    }
  });
});

describe("--table chooses among several tables of one kind", () => {
  const dir = mkdtempSync(join(tmpdir(), "cli-table-"));
  const row = (name: string) => ["产出指标", "数量指标", name, "≥", 1, "个", 1, 100, null, null];
  const two = join(dir, "two.xls");
  writeFileSync(two, xlsFile(fromGrids([sheet("甲", [HEADER, row("甲的指标")]), sheet("乙", [["标题"], HEADER, row("乙的指标")])])));

  test("without it: an error naming both places, no table read", async () => {
    const r = await run(two, "--json");
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out);
    expect(doc.issues[0]).toMatchObject({ code: "AMBIGUOUS_TABLE", severity: "error", sheet: "甲", cell: "A1" });
    expect(doc.issues[0].message).toContain("甲!A1:J2、乙!A2:J3");
    expect(doc.indicators).toEqual([]);
  });

  test("with it: that table is read", async () => {
    const doc = JSON.parse((await run(two, "--json", "--table", "indicators=乙!A1:J20")).out);
    expect(doc.indicators.map((i: { name: string }) => i.name)).toEqual(["乙的指标"]);
    expect(doc.issues.filter((i: { code: string }) => i.code === "AMBIGUOUS_TABLE")).toEqual([]);
  });

  test("a malformed choice or an unknown kind is a usage error", async () => {
    for (const spec of ["indicators", "bogus=乙!A1:J20", "indicators=乙"]) {
      const r = await run(two, "--table", spec);
      expect({ spec, code: r.code }).toEqual({ spec, code: 2 });
      expect(r.err).toMatch(/^error: --table/);
    }
  });

  test("it chooses within one workbook: with --summary or --undo it is a usage error", async () => {
    const summary = await run(two, "--table", "indicators=乙!A1:J20", "--summary", join(dir, "s.xlsx"));
    expect(summary).toMatchObject({ code: 2, err: expect.stringMatching(/^error: --table chooses a table in one workbook/) });
    const undo = await run(two, "--table", "indicators=乙!A1:J20", "--undo", "--out", join(dir, "u.xlsx"));
    expect(undo).toMatchObject({ code: 2, err: expect.stringMatching(/^error: --undo .* does not go with --table/) });
  });
});
