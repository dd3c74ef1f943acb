/**
 * Interop: the Word document of the seed's example opened by LibreOffice Writer (independent of the library that
 * wrote it) and printed to PDF, read back with poppler: A4 pages, every figure and every line of the report,
 * the headings 一 to 五 in order, page numbers. A rendered first page goes to test-artifacts/ for a person.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxWorkbook } from "../src/adapters/xlsx/xlsxWorkbook";
import { evaluateWorkbook } from "../src/app";
import { main } from "../src/cli/main";
import { Report, SECTION_HEADINGS } from "../src/core/report";
import { blockText, reportBlocks } from "../src/core/reportLayout";
import { convert } from "./helpers/libreoffice";

const ROOT = join(__dirname, "..");
const ARTIFACTS = join(ROOT, "test-artifacts");
const seed = join(ROOT, "examples", "seed-2020.xlsx");
const squeeze = (s: string) => s.replace(/\s+/g, "");

describe("LibreOffice prints the seed's Word document", () => {
  let report: Report;
  let pdf: string;
  let pages: string[];

  beforeAll(async () => {
    const docx = join(mkdtempSync(join(tmpdir(), "docx-interop-")), "seed-2020.docx");
    expect(await main([seed, "--docx", docx], { out: () => {}, err: (s) => console.error(s) })).toBe(0);
    report = (await evaluateWorkbook(await XlsxWorkbook.load(readFileSync(seed)))).report;
    pdf = convert(docx, "pdf");
    pages = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).split("\f").filter((p) => p.trim() !== "");
  });

  test("A4 pages, each numbered — N — at its foot", () => {
    const info = execFileSync("pdfinfo", ["-f", "1", "-l", "99", pdf], { encoding: "utf8" });
    const count = Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
    expect(count).toBeGreaterThan(1);
    const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+(.*)$/gm)].map((m) => m[1]);
    expect(sizes).toHaveLength(count);
    for (const size of sizes) expect(size).toMatch(/^595\.\d+ x 84[12]\.\d+ pts/);
    expect(pages).toHaveLength(count);
    pages.forEach((text, i) => expect(squeeze(text).endsWith(`—${i + 1}—`)).toBe(true));
  });

  test("no text lost: the pages hold every line of the report in order, then the department and the date", () => {
    const printed = squeeze(pages.map((p, i) => squeeze(p).slice(0, -`—${i + 1}—`.length)).join(""));
    expect(printed).toBe(squeeze(reportBlocks(report).map(blockText).join("")));
  });

  test("every figure of the report, and the headings 一 to 五 in order", () => {
    const printed = squeeze(pages.join(""));
    const figures = [...report.figures, ...report.sections.flatMap((s) => s.figures)].map((f) => squeeze(f.text));
    expect(figures.length).toBeGreaterThan(15);
    expect(figures.filter((f) => !printed.includes(f))).toEqual([]);
    const at = SECTION_HEADINGS.map((h) => printed.indexOf(h));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  test("the first page, rendered for a person to look at", () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const png = join(ARTIFACTS, "report-docx-page1");
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, png]);
    expect(readFileSync(`${png}.png`).subarray(1, 4).toString()).toBe("PNG");
  });
});
