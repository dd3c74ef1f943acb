/**
 * The command line on hostile input (issue #14): numbers no budget holds, files that are no workbook or
 * inflate beyond the cap, --out naming the input, and a write that fails midway. Every case ends in findings
 * or one line in the user's language, in bounded time, and no file is lost.
 */
import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { closeSync, copyFileSync, linkSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, symlinkSync, writeFileSync, ftruncateSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { sharedStringsBomb } from "../helpers/hostileWorkbooks";

const COMPLETE = join(__dirname, "..", "..", "examples", "complete.xlsx");

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const start = performance.now();
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join("\n"), err: err.join("\n"), ms: performance.now() - start };
}

const folder = () => mkdtempSync(join(tmpdir(), "cli-hostile-"));
const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** The complete example with `cells` ("sheet!A1" → value) changed, saved in a new folder. */
async function completeWith(cells: Record<string, ExcelJS.CellValue>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(COMPLETE);
  for (const [where, value] of Object.entries(cells)) {
    const [sheet, cell] = where.split("!");
    wb.getWorksheet(sheet)!.getCell(cell).value = value;
  }
  const file = join(folder(), "hostile.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

describe("numbers no budget holds, as amount, target, actual and weight", () => {
  test("NOT_A_NUMBER on each cell, exit 1, in bounded time (they were V8 fatal errors)", async () => {
    const file = await completeWith({
      "支出决算!B2": "1e999999999",
      "支出决算!B3": "1e-999999999",
      "绩效指标!E4": "1e-999999999",
      "绩效指标!G8": "1e999999999",
      "绩效指标!H9": "９".repeat(100000),
      "绩效指标!H6": 1e300,
    });
    const r = await run(file, "--json");
    expect(r.code).toBe(1);
    const cells = JSON.parse(r.out)
      .issues.filter((i: { code: string }) => i.code === "NOT_A_NUMBER")
      .map((i: { sheet: string; cell: string }) => `${i.sheet}!${i.cell}`);
    expect(cells.sort()).toEqual(["支出决算!B2", "支出决算!B3", "绩效指标!E4", "绩效指标!G8", "绩效指标!H6", "绩效指标!H9"].sort());
    expect(r.ms).toBeLessThan(10000);
    const out = join(folder(), "out.xlsx");
    expect((await run(file, "--out", out)).code).toBe(1);
  }, 30000);
});

describe("files that cannot be read: one line in the user's language; with --json an error object", () => {
  const dir = folder();
  const text = join(dir, "a.xlsx");
  writeFileSync(text, "just text");
  const bomb = join(dir, "bomb.xlsx");
  writeFileSync(bomb, sharedStringsBomb(4000));
  const huge = join(dir, "huge.xlsx");
  const fd = openSync(huge, "w");
  ftruncateSync(fd, 201 * 2 ** 20); // sparse: takes no disk space, and must not be read
  closeSync(fd);

  test.each([
    ["text", "NOT_WORKBOOK", text, "不是 Excel 工作簿（.xlsx 或 .xls）", "not an Excel workbook (.xlsx or .xls)"],
    ["a 4 MB zip whose shared strings inflate to 4 GB", "TOO_LARGE", bomb, "文件过大或已损坏", "the file is too large or damaged"],
    ["a file of 201 MB", "TOO_LARGE", huge, "文件过大或已损坏", "the file is too large or damaged"],
    ["a missing file", "NOT_FOUND", join(dir, "missing.xlsx"), "找不到文件", "no such file"],
  ])("%s: %s", async (_, code, file, zh, en) => {
    const r = await run(file);
    expect(r.code).toBe(2);
    expect(r.err.split("\n")).toHaveLength(1);
    expect(r.err.startsWith(`error: ${file}: ${zh}`)).toBe(true);
    expect(r.err.slice(`error: ${file}: `.length)).not.toMatch(/zip|central directory|signature|https?:|exceljs|error/i);
    const j = await run(file, "--json", "--lang", "en");
    expect(j.code).toBe(2);
    const doc = JSON.parse(j.out);
    expect(doc).toEqual({ file, error: { code, message: expect.stringContaining(en) } });
    expect(j.ms).toBeLessThan(3000);
  });

  test("among good files, the unreadable one is an error document in the array", async () => {
    const r = await run(COMPLETE, text, "--json");
    expect(r.code).toBe(2);
    const docs = JSON.parse(r.out);
    expect(docs).toHaveLength(2);
    expect(docs[0].department).toBe("示例市数据资源管理局（虚构示例）");
    expect(docs[1]).toEqual({ file: text, error: { code: "NOT_WORKBOOK", message: "不是 Excel 工作簿（.xlsx 或 .xls）" } });
  });
});

describe("--out naming the input is refused, however it is spelled", () => {
  const dir = folder();
  const input = join(dir, "in.xlsx");
  copyFileSync(COMPLETE, input);
  mkdirSync(join(dir, "sub"));
  symlinkSync("in.xlsx", join(dir, "link.xlsx"));
  linkSync(input, join(dir, "hard.xlsx"));
  const before = hash(input);

  test.each([
    ["itself", input],
    ["through ..", join(dir, "sub", "..", "in.xlsx")],
    ["through a symlink", join(dir, "link.xlsx")],
    ["through a hard link", join(dir, "hard.xlsx")],
  ])("%s: exit 2, one line, the input unchanged", async (_, out) => {
    const r = await run(input, "--out", out, "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err.split("\n")).toHaveLength(1);
    expect(r.err).toContain("--out names the input file itself");
    expect(hash(input)).toBe(before);
  });
});

describe("a write that fails midway leaves the previous output as it was", () => {
  /** exceljs's file writer, made to write half a file and then fail, as a full disk or a crash would. */
  const writerPrototype = Object.getPrototypeOf(new ExcelJS.Workbook().xlsx) as { writeFile: (path: string) => Promise<void> };

  afterEach(() => jest.restoreAllMocks());

  test("the existing target is intact, no temporary file is left, exit 2 with one line", async () => {
    const dir = folder();
    const out = join(dir, "out.xlsx");
    expect((await run(COMPLETE, "--out", out)).code).toBe(0);
    const good = hash(out);
    jest.spyOn(writerPrototype, "writeFile").mockImplementation(async (path: string) => {
      writeFileSync(path, "PK\u0003\u0004 half a workbook");
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    });
    const r = await run(COMPLETE, "--out", out, "--json");
    expect(r.code).toBe(2);
    expect(r.err).toBe(`error: ${out}: 无法写入：磁盘空间不足`);
    expect(hash(out)).toBe(good);
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
    // With --json the evaluation is still there, with the error beside it.
    const doc = JSON.parse(r.out);
    expect(doc.department).toBe("示例市数据资源管理局（虚构示例）");
    expect(doc.error).toEqual({ code: "DISK_FULL", message: "无法写入：磁盘空间不足" });
  });
});
