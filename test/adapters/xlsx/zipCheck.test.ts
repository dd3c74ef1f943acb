/**
 * Reading .xlsx files that are not what they seem (issue #14): each is refused with one reason, before
 * anything large is inflated, in bounded time and memory. The archives are generated here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FileErrorCode, UnreadableFileError } from "../../../src/adapters/xlsx/fileErrors";
import { loadWorkbook } from "../../../src/adapters/xlsx/readGrid";
import { XlsxWorkbook } from "../../../src/adapters/xlsx/xlsxWorkbook";
import { completeRewritten, sharedStringsBomb } from "../../helpers/hostileWorkbooks";
import { makeZip } from "../../helpers/zip";

const COMPLETE = readFileSync(join(__dirname, "..", "..", "..", "examples", "complete.xlsx"));

async function refusal(data: Buffer): Promise<FileErrorCode | "read"> {
  try {
    await loadWorkbook(data);
    return "read";
  } catch (e) {
    if (e instanceof UnreadableFileError) return e.code;
    throw e;
  }
}

/** Runs `f` and returns its result with the time it took and how much the process grew meanwhile. */
async function measured<T>(f: () => Promise<T>): Promise<{ result: T; ms: number; grewMB: number }> {
  const rss = process.memoryUsage().rss;
  const start = performance.now();
  const result = await f();
  return { result, ms: performance.now() - start, grewMB: (process.memoryUsage().rss - rss) / 2 ** 20 };
}

describe("zip bombs are refused before they are inflated", () => {
  test.each([
    ["300 MB of shared strings, declared", 300, undefined],
    ["4,000 MB of shared strings, declared (the issue's 4 GB)", 4000, undefined],
    ["300 MB of shared strings declaring 1 KB (a lying header)", 300, 1024],
    ["50 MB of shared strings, within the cap but compressed 1,000 : 1 (over 500 : 1)", 50, undefined],
  ])("%s: TOO_LARGE", async (_, megabytes, declared) => {
    const bomb = sharedStringsBomb(megabytes, declared);
    expect(bomb.length).toBeLessThan(5 * 2 ** 20);
    const { result, ms, grewMB } = await measured(() => refusal(bomb));
    expect(result).toBe("TOO_LARGE");
    expect(ms).toBeLessThan(2000);
    expect(grewMB).toBeLessThan(100);
  });
});

describe("what is not an Excel workbook says so", () => {
  const ods = makeZip([
    { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet" },
    { name: "content.xml", data: "<office:document-content/>" },
  ]);
  const docx = makeZip([
    {
      name: "[Content_Types].xml",
      data: '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    },
    { name: "word/document.xml", data: "<w:document/>" },
  ]);
  test.each([
    ["text", "NOT_WORKBOOK", Buffer.from("just text")],
    ["a CSV", "NOT_WORKBOOK", Buffer.from("部门名称,测试局\n评价年度,2020\n")],
    ["nothing", "NOT_WORKBOOK", Buffer.alloc(0)],
    ["random bytes", "NOT_WORKBOOK", Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251))],
    ["an OpenDocument spreadsheet (.ods)", "NOT_WORKBOOK", ods],
    ["a Word document (.docx)", "NOT_WORKBOOK", docx],
    // An .xls is read and an encrypted workbook is ENCRYPTED (test/adapters/xlsx/xls.test.ts); a compound file
    // that cannot be read as one is damaged.
    ["a compound file cut short (a damaged .xls)", "DAMAGED", Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(600)])],
    ["a truncated workbook", "DAMAGED", COMPLETE.subarray(0, 2000)],
    ["a workbook cut before its directory's end", "DAMAGED", COMPLETE.subarray(0, COMPLETE.length - 30)],
  ])("%s: %s", async (_, code, data) => {
    expect(await refusal(data)).toBe(code);
  });
  test("a directory pointing outside the file is DAMAGED, not an exception of another kind", async () => {
    const bad = Buffer.from(COMPLETE);
    bad.writeUInt32LE(0x7fffffff, bad.length - 6); // the central directory's offset
    expect(await refusal(bad)).toBe("DAMAGED");
  });
  test("the messages carry no library's text", async () => {
    for (const data of [Buffer.from("x"), COMPLETE.subarray(0, 2000), sharedStringsBomb(300)]) {
      const e = await loadWorkbook(data).catch((err: Error) => err);
      expect((e as Error).message).not.toMatch(/zip|jszip|central|signature|https?:|exceljs/i);
    }
  });
});

describe("real workbooks still read", () => {
  test("the example, and the example rewritten with zip64 records (as some producers write)", async () => {
    for (const data of [COMPLETE, completeRewritten(false), completeRewritten(true)]) {
      const snapshot = await (await XlsxWorkbook.load(data)).read();
      expect(snapshot.sheetNames).toEqual(["基本信息", "支出决算", "绩效指标", "问题与措施"]);
    }
  });
});
