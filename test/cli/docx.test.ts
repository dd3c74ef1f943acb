import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { docxWriter } from "../../src/adapters/docx/pack";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsxWorkbook";
import { evaluateWorkbook, exportReportDocx } from "../../src/app";
import { parseArgs } from "../../src/cli/args";
import { main } from "../../src/cli/main";

const ROOT = join(__dirname, "..", "..");
const seed = join(ROOT, "examples", "seed-2020.xlsx");

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("npm run evaluate -- FILE --docx out.docx", () => {
  test("writes the report as the use case makes it, creating the missing folders", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cli-docx-"));
    const file = join(dir, "new", "folder", "seed-2020.docx");
    const r = await run(seed, "--docx", file);
    expect(r.code).toBe(0);
    expect(r.out).toContain("高新区投资服务局");
    const evaluation = await evaluateWorkbook(await XlsxWorkbook.load(readFileSync(seed)));
    const expected = await exportReportDocx(evaluation.report, docxWriter);
    expect(Buffer.from(readFileSync(file)).equals(Buffer.from(expected.bytes))).toBe(true);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe("PK");
  });

  test("with --out too, both files; the same bytes on a second run", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cli-docx-"));
    const [docx, out, again] = ["a.docx", "a.xlsx", "b.docx"].map((f) => join(dir, f));
    expect((await run(seed, "--out", out, "--docx", docx)).code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect((await run(seed, "--docx", again)).code).toBe(0);
    expect(sha(again)).toBe(sha(docx));
  });

  test("refuses to write over the input, over --out's file, or for several inputs", async () => {
    const before = sha(seed);
    const over = await run(seed, "--docx", seed);
    expect(over.code).toBe(2);
    expect(over.err).toContain("--docx names the input workbook");
    expect(sha(seed)).toBe(before);
    expect(() => parseArgs(["examples/../examples/seed-2020.xlsx", "--docx", seed])).toThrow("--docx names the input workbook");
    expect(() => parseArgs([seed, "--out", "x.docx", "--docx", "./x.docx"])).toThrow("--docx and --out name the same file");
    expect(() => parseArgs([seed, seed, "--docx", "x.docx"])).toThrow("--docx takes one input workbook");
    expect(() => parseArgs([seed, "--docx", ""])).toThrow("--docx needs a value");
  });

  test("a folder that cannot be made: exit 2 with a message", async () => {
    const r = await run(seed, "--docx", "/proc/no/such/dir/x.docx");
    expect(r.code).toBe(2);
    expect(r.err).toBe("error: /proc/no/such/dir/x.docx: 无法写入：文件夹不存在或无法创建");
  });
});
