/** `--undo` on real .xlsx files: the filled workbook back to the input, cell for cell; the input never written. */
import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { existsSync, linkSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadWorkbook } from "../../src/adapters/xlsx/readGrid";
import { main } from "../../src/cli/main";

const ROOT = join(__dirname, "..", "..");

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** Every cell of every sheet Excel shows: value (formulas as such) and number format. */
async function cells(file: string): Promise<Record<string, string>> {
  const wb = await loadWorkbook(readFileSync(file));
  const out: Record<string, string> = {};
  for (const ws of wb.worksheets.filter((w) => w.state !== "veryHidden"))
    ws.eachRow((row) => row.eachCell((c) => void (out[`${ws.name}!${c.address}`] = JSON.stringify([c.value, c.numFmt ?? null]))));
  return out;
}

/** complete.xlsx with a hand-entered score (7.5, "0.0") and a formula of the accountant's, in a fresh folder. */
async function input(): Promise<{ dir: string; file: string }> {
  const dir = mkdtempSync(join(tmpdir(), "cli-undo-"));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(ROOT, "examples", "complete.xlsx")) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("绩效指标")!;
  ws.getCell("I5").value = 7.5;
  ws.getCell("I5").numFmt = "0.0";
  ws.getCell("M3").value = { formula: "H3*2", result: 20 };
  const file = join(dir, "input.xlsx");
  await wb.xlsx.writeFile(file);
  return { dir, file };
}

test("--out then --undo gives back the input's sheets and cells, values, formulas and number formats", async () => {
  const { dir, file } = await input();
  const before = hash(file);
  const filled = join(dir, "filled.xlsx");
  expect((await run(file, "--out", filled)).code).toBe(0);
  const filledCells = await cells(filled);
  expect(JSON.parse(filledCells["绩效指标!I5"])).toEqual([8, "0.00"]);
  expect(Object.keys(filledCells).some((k) => k.startsWith("绩效评价报告!"))).toBe(true);
  const restored = join(dir, "restored.xlsx");
  const r = await run(filled, "--undo", "--out", restored);
  expect(r).toMatchObject({ code: 0, err: "" });
  expect(r.out).toMatch(/^已撤销 .+ 写入的得分和报告，结果已写入 .*restored\.xlsx$/);
  expect(await cells(restored)).toEqual(await cells(file));
  const wb = await loadWorkbook(readFileSync(restored));
  expect(wb.worksheets.filter((w) => w.state !== "veryHidden").map((w) => w.name)).toEqual(["基本信息", "支出决算", "绩效指标", "问题与措施"]);
  expect(hash(file)).toBe(before);
  // Once undone, there is nothing more to undo in the result.
  // Said in the user's language, as every error of the command line is.
  const again = await run(restored, "--undo", "--out", join(dir, "again.xlsx"));
  expect(again).toMatchObject({ code: 2, err: `error: ${restored}: 没有可撤销的写入：文件中没有本工具写入的记录` });
  const inEnglish = await run(restored, "--undo", "--out", join(dir, "again.xlsx"), "--lang", "en");
  expect(inEnglish).toMatchObject({ code: 2, err: `error: ${restored}: nothing to undo (no write by this tool is recorded in it)` });
  expect(existsSync(join(dir, "again.xlsx"))).toBe(false);
});

test("nothing to undo, no --out, or an --out that is the input: exit 2 with one line, and nothing written", async () => {
  const { dir, file } = await input();
  const before = hash(file);
  const filled = join(dir, "filled.xlsx");
  await run(file, "--out", filled);
  const filledHash = hash(filled);
  const hardLink = join(dir, "hard.xlsx");
  linkSync(filled, hardLink);
  const softLink = join(dir, "soft.xlsx");
  symlinkSync(filled, softLink);
  const cases = [
    [file, "--undo", "--out", join(dir, "never.xlsx")],
    [filled, "--undo"],
    [filled, file, "--undo", "--out", join(dir, "never.xlsx")],
    [filled, "--undo", "--out", filled],
    [filled, "--undo", "--out", join(dir, "..", dir.split("/").pop()!, "filled.xlsx")],
    [filled, "--undo", "--out", hardLink],
    [filled, "--undo", "--out", softLink],
  ];
  for (const args of cases) {
    const r = await run(...args);
    expect({ args, code: r.code }).toEqual({ args, code: 2 });
    expect(r.err.split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/^error: /);
  }
  expect(existsSync(join(dir, "never.xlsx"))).toBe(false);
  expect(hash(file)).toBe(before);
  expect(hash(filled)).toBe(filledHash);
});

test("a report sheet the accountant edited (a formula among the edits) is replaced by --out and comes back by --undo", async () => {
  const { dir, file } = await input();
  const first = join(dir, "first.xlsx");
  await run(file, "--out", first);
  // The accountant edits the tool's report sheet of the first output.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(first);
  const report = wb.getWorksheet("绩效评价报告")!;
  report.getCell("A4").value = "我改写的段落";
  report.getCell("B2").value = { formula: "LEN(A2)", result: 17 };
  report.getCell("B3").value = 0.125;
  report.getCell("B3").numFmt = "0.0%";
  const edited = join(dir, "edited.xlsx");
  await wb.xlsx.writeFile(edited);
  const second = join(dir, "second.xlsx");
  expect((await run(edited, "--out", second)).code).toBe(0);
  expect((await cells(second))["绩效评价报告!B2"]).toBeUndefined();
  const restored = join(dir, "restored.xlsx");
  expect((await run(second, "--undo", "--out", restored)).code).toBe(0);
  const back = await cells(restored);
  expect(back).toEqual(await cells(edited));
  expect(JSON.parse(back["绩效评价报告!B2"])).toEqual([{ formula: "LEN(A2)", result: 17 }, null]);
});

test("--undo writes one workbook: with --summary, --docx, --report-text or --json it is a usage error, and nothing is written", async () => {
  const { dir, file } = await input();
  const filled = join(dir, "filled.xlsx");
  await run(file, "--out", filled);
  const out = join(dir, "never.xlsx");
  const cases: [string, string[]][] = [
    ["--summary", ["--summary", join(dir, "s.xlsx")]],
    ["--docx", ["--docx", join(dir, "r.docx")]],
    ["--report-text", ["--report-text"]],
    ["--json", ["--json"]],
  ];
  for (const [option, extra] of cases) {
    const r = await run(filled, "--undo", "--out", out, ...extra);
    expect(r).toEqual({ code: 2, out: "", err: `error: --undo writes the workbook put back to --out; it does not go with ${option} (see --help)` });
  }
  expect(existsSync(out)).toBe(false);
});
