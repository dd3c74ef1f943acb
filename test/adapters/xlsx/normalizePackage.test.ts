/**
 * The rewrite of workbooks from other producers into the shape exceljs reads (issue #14), without an office
 * suite: what passes through untouched, what each rewritten part keeps, where implied cells land, targets that
 * only a real URI resolution finds, and the bounds. test/interop.producers.libreoffice.test.ts checks the
 * same files against LibreOffice.
 */
import ExcelJS from "exceljs";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { FileErrorCode, UnreadableFileError } from "../../../src/adapters/xlsx/fileErrors";
import { normalizePackage } from "../../../src/adapters/xlsx/normalizePackage";
import { loadWorkbook, workbookToGrid } from "../../../src/adapters/xlsx/readGrid";
import { rewriteSpreadsheetPart } from "../../../src/adapters/xlsx/spreadsheetXml";
import { HAND_MADE_SHEETS, MAIN_NS, atOtherPaths, completeParts, handMadeWorkbook, withPrefixedNamespace, zipOf } from "../../helpers/otherProducers";
import { completeRewritten } from "../../helpers/hostileWorkbooks";
import { unzip } from "../../helpers/zip";

const EXAMPLES = join(__dirname, "..", "..", "..", "examples");

async function valuesOf(data: Buffer): Promise<[string, unknown[][]][]> {
  return workbookToGrid(await loadWorkbook(data)).sheets.map((s) => [s.name, s.values]);
}

async function refusal(f: () => unknown): Promise<FileErrorCode | "read"> {
  try {
    await f();
    return "read";
  } catch (e) {
    if (e instanceof UnreadableFileError) return e.code;
    throw e;
  }
}

const rewritten = (xml: string) => rewriteSpreadsheetPart(xml, 1 << 20).toString("utf8");

describe("ordinary workbooks pass through untouched", () => {
  test.each(readdirSync(EXAMPLES).filter((f) => f.endsWith(".xlsx")))("examples/%s: the very same bytes", (file) => {
    const data = readFileSync(join(EXAMPLES, file));
    expect(normalizePackage(data)).toBe(data);
  });

  test("a zip64 archive of the complete example: the very same bytes", () => {
    const data = completeRewritten(true);
    expect(normalizePackage(data)).toBe(data);
  });

  test("absolute targets that exceljs follows (/xl/worksheets/…) are no reason to rewrite", () => {
    const parts = completeParts();
    parts.set("xl/_rels/workbook.xml.rels", parts.get("xl/_rels/workbook.xml.rels")!.replace(/Target="worksheets\//g, 'Target="/xl/worksheets/'));
    const data = zipOf(parts);
    expect(normalizePackage(data)).toBe(data);
  });
});

describe("a part under the x: prefix", () => {
  const parts = unzip(normalizePackage(zipOf(withPrefixedNamespace(completeParts()))));
  const sheet = parts.get("xl/worksheets/sheet1.xml")!.toString("utf8");

  test("loses the prefix of the main namespace only, which becomes the default one", () => {
    expect(sheet).toMatch(new RegExp(`^<\\?xml[^>]*\\?>\\s*<worksheet xmlns="${MAIN_NS}"`));
    expect(sheet).not.toContain("<x:");
    expect(sheet).toContain('<row r="1" spans="1:2" x14ac:dyDescent="0.25"><c r="A1" s="1" t="s"><v>0</v></c>');
  });

  test("keeps every other namespace, prefix and attribute: r:, mc:Ignorable, x14ac:", () => {
    for (const kept of ['xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"', 'mc:Ignorable="x14ac"', 'x14ac:dyDescent="55"']) {
      expect(sheet).toContain(kept);
    }
    expect(parts.get("xl/workbook.xml")!.toString("utf8")).toContain('<sheet sheetId="1" name="基本信息" state="visible" r:id="rId4"/>');
  });

  test("elements of other namespaces stay in them, under the default namespace where they were", () => {
    const xml = `<x:worksheet xmlns:x="${MAIN_NS}"><x:sheetData/><extLst xmlns="urn:other"><ext a="1"/></extLst></x:worksheet>`;
    expect(rewritten(xml)).toBe(`<worksheet xmlns="${MAIN_NS}" xmlns:x="${MAIN_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData/><extLst xmlns="urn:other"><ext a="1"/></extLst></worksheet>`);
  });

  test("text and attribute values mean what they meant: escapes, CDATA, carriage returns", () => {
    const xml = `<x:sst xmlns:x="${MAIN_NS}"><x:si><x:t a="&quot;&lt;&#10;">1 &lt; 2 &amp; 3 &gt; 2<![CDATA[ <b>&]]>&#13;</x:t></x:si></x:sst>`;
    expect(rewritten(xml)).toContain('<t a="&#34;&#60;&#10;">1 &lt; 2 &amp; 3 &gt; 2 &lt;b&gt;&amp;&#13;</t>');
  });
});

describe("rows and cells without r", () => {
  test("each is the one after the previous, whether or not the previous had r", async () => {
    expect(await valuesOf(zipOf(handMadeWorkbook()))).toEqual([
      ["甲表", [["甲", 1, null, null, 5, 6], [], [], [41], [null, 52, 53]]],
      ["乙表", [["共享一", " 共享二 "], [null, 2.5]]],
    ]);
  });

  test("an implied row past Excel's last, or an implied column past XFD: DAMAGED", async () => {
    const pastLastRow = { ...HAND_MADE_SHEETS, first: '<x:sheetData><x:row r="1048576"/><x:row><x:c><x:v>1</x:v></x:c></x:row></x:sheetData>' };
    const pastXfd = { ...HAND_MADE_SHEETS, first: '<x:sheetData><x:row><x:c r="XFD1"/><x:c><x:v>1</x:v></x:c></x:row></x:sheetData>' };
    expect(await refusal(() => loadWorkbook(zipOf(handMadeWorkbook(pastLastRow))))).toBe("DAMAGED");
    expect(await refusal(() => loadWorkbook(zipOf(handMadeWorkbook(pastXfd))))).toBe("DAMAGED");
  });
});

describe("parts found only through the relationships", () => {
  test("./ targets, percent-escapes and another letter case resolve as URIs do", async () => {
    const parts = atOtherPaths(completeParts());
    const rels = "book/_rels/Workbook1.xml.rels";
    parts.set(rels, parts.get(rels)!.replace('Target="s4.xml"', 'Target="./Sheet%20Four.XML"'));
    parts.set("book/sheet four.xml", parts.get("book/s4.xml")!);
    parts.delete("book/s4.xml");
    const sheets = await valuesOf(zipOf(parts));
    expect(sheets.map(([name]) => name)).toEqual(["基本信息", "支出决算", "绩效指标", "问题与措施"]);
    expect(sheets[3][1][1]).toEqual(["问题", "部分委办局数据资源梳理进度滞后，数据资源目录编制未完成年度目标。"]);
  });

  test("a stray part on the standard name is moved aside, not read in place of the real one", async () => {
    const parts = atOtherPaths(completeParts());
    parts.set("xl/workbook.xml", parts.get("book/Workbook1.xml")!.replace("基本信息", "旧的"));
    expect((await valuesOf(zipOf(parts))).map(([name]) => name)).toEqual(["基本信息", "支出决算", "绩效指标", "问题与措施"]);
  });
});

describe("a sheet's own parts at other paths", () => {
  /** A one-sheet workbook with a note on A1, its sheet, comments and VML drawing moved to other folders. */
  async function notedWorkbook(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("甲");
    ws.getCell("A1").value = 1;
    ws.getCell("A1").note = "说明";
    const parts = new Map([...unzip(Buffer.from(await wb.xlsx.writeBuffer()))].map(([n, d]) => [n, d.toString("utf8")]));
    const move = (from: string, to: string) => {
      parts.set(to, parts.get(from)!);
      parts.delete(from);
    };
    move("xl/worksheets/sheet1.xml", "data/sheet.xml");
    move("xl/comments1.xml", "notes/c.xml");
    move("xl/drawings/vmlDrawing1.vml", "data/v.vml");
    parts.delete("xl/worksheets/_rels/sheet1.xml.rels");
    const rel = (id: string, type: string, target: string) =>
      `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
    parts.set(
      "data/_rels/sheet.xml.rels",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel("rId1", "comments", "/notes/c.xml")}${rel("rId2", "vmlDrawing", "v.vml")}</Relationships>`,
    );
    const wbRels = "xl/_rels/workbook.xml.rels";
    parts.set(wbRels, parts.get(wbRels)!.replace('Target="worksheets/sheet1.xml"', 'Target="../data/sheet.xml"'));
    parts.set("[Content_Types].xml", parts.get("[Content_Types].xml")!.replace("/xl/worksheets/sheet1.xml", "/data/sheet.xml").replace("/xl/comments1.xml", "/notes/c.xml"));
    return zipOf(parts);
  }

  test("the sheet's relationships move with it and still name its comments: the note is read", async () => {
    const wb = await loadWorkbook(await notedWorkbook());
    expect(wb.worksheets.map((w) => w.name)).toEqual(["甲"]);
    expect(wb.getWorksheet("甲")!.getCell("A1").note).toBe("说明");
  });
});

describe("bounds", () => {
  test("a rewritten package over the cap is TOO_LARGE", async () => {
    const data = zipOf(withPrefixedNamespace(completeParts()));
    expect(await refusal(() => normalizePackage(data, 20000))).toBe("TOO_LARGE");
    expect(await refusal(() => rewriteSpreadsheetPart(`<x:sst xmlns:x="${MAIN_NS}">${"<x:si/>".repeat(30000)}</x:sst>`, 100000))).toBe("TOO_LARGE");
  });

  test("a document type declaration (entities, external or not) is DAMAGED, never expanded", async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE x:sst [<!ENTITY a "aaaaaaaaaa">]><x:sst xmlns:x="${MAIN_NS}"><x:si><x:t>&a;</x:t></x:si></x:sst>`;
    expect(await refusal(() => rewriteSpreadsheetPart(xml, 1 << 20))).toBe("DAMAGED");
  });

  test("malformed XML in a part to rewrite is DAMAGED", async () => {
    expect(await refusal(() => rewriteSpreadsheetPart(`<x:sst xmlns:x="${MAIN_NS}"><x:si></x:sst>`, 1 << 20))).toBe("DAMAGED");
  });
});
