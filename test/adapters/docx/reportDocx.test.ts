/**
 * The generated .docx read back part by part (unzipped with jszip, independent of the library that wrote it):
 * the page, margins, fonts, sizes, line spacing and page numbers of GB/T 9704, and bytes fixed by the text.
 */
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { docxWriter } from "../../../src/adapters/docx/pack";
import { mmToTwips } from "../../../src/adapters/docx/gongwen";
import { loadWorkbook, workbookToGrid } from "../../../src/adapters/xlsx/readGrid";
import { exportReportDocx } from "../../../src/app";
import { evaluate } from "../../../src/core/evaluate";
import { Report } from "../../../src/core/report";

const seed = async (): Promise<Report> =>
  evaluate(workbookToGrid(await loadWorkbook(readFileSync(join(__dirname, "..", "..", "..", "examples", "seed-2020.xlsx"))))).report;

type Parts = Record<string, string>;

async function parts(bytes: Uint8Array): Promise<Parts> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Parts = {};
  for (const name of Object.keys(zip.files)) out[name] = await zip.files[name].async("string");
  return out;
}

/** Each w:p of a part with its properties, its runs' fonts and sizes, and its text. */
function paragraphs(xml: string) {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map(([, p]) => ({
    xml: p,
    text: [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""),
    runs: [...p.matchAll(/<w:r>(.*?)<\/w:r>/g)].map(([, r]) => ({
      eastAsia: /w:eastAsia="([^"]*)"/.exec(r)?.[1],
      ascii: /w:ascii="([^"]*)"/.exec(r)?.[1],
      size: /<w:sz w:val="(\d+)"/.exec(r)?.[1],
      text: [...r.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""),
    })),
  }));
}

const attr = (xml: string, element: string, name: string) => new RegExp(`<${element}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];

describe("the report as a Word document", () => {
  let report: Report;
  let doc: Parts;
  let body: ReturnType<typeof paragraphs>;
  beforeAll(async () => {
    report = await seed();
    doc = await parts((await exportReportDocx(report, docxWriter)).bytes);
    body = paragraphs(doc["word/document.xml"]);
  });

  test("A4 portrait with the 公文 margins: 37 mm top, 35 bottom, 28 left, 26 right", () => {
    const xml = doc["word/document.xml"];
    expect([attr(xml, "w:pgSz", "w:w"), attr(xml, "w:pgSz", "w:h")]).toEqual(["11906", "16838"]);
    expect(["top", "bottom", "left", "right"].map((s) => attr(xml, "w:pgMar", `w:${s}`))).toEqual(["2098", "1984", "1588", "1474"]);
    // As Word stores centimetres (tenths of a point).
    expect([37, 35, 28, 26].map(mmToTwips)).toEqual([2098, 1984, 1588, 1474]);
  });

  test("the title: 2号 (22 pt) 方正小标宋简体, centred, on its two lines", () => {
    const titles = body.slice(0, 2);
    expect(titles.map((p) => p.text)).toEqual(report.title);
    for (const p of titles) {
      expect(p.runs).toEqual([expect.objectContaining({ eastAsia: "方正小标宋简体", ascii: "方正小标宋简体", size: "44" })]);
      expect(attr(p.xml, "w:jc", "w:val")).toBe("center");
    }
  });

  test("body text: 3号 (16 pt) 仿宋_GB2312, exactly 28.95 pt a line (22 a page), two characters of first-line indent", () => {
    const text = body.slice(2, -2);
    expect(text.length).toBeGreaterThan(20);
    for (const p of text) {
      expect([attr(p.xml, "w:spacing", "w:line"), attr(p.xml, "w:spacing", "w:lineRule")]).toEqual(["579", "exact"]);
      expect(attr(p.xml, "w:ind", "w:firstLine")).toBe("640");
      expect(p.runs.every((r) => r.size === "32")).toBe(true);
    }
    const opening = body.find((p) => p.text === report.opening)!;
    expect(opening.runs).toEqual([expect.objectContaining({ eastAsia: "仿宋_GB2312", size: "32" })]);
    // The document's defaults say the same, for text typed into it later.
    const defaults = /<w:docDefaults>(.*?)<\/w:docDefaults>/.exec(doc["word/styles.xml"])![1];
    expect([attr(defaults, "w:rFonts", "w:eastAsia"), attr(defaults, "w:sz", "w:val"), attr(defaults, "w:spacing", "w:line")]).toEqual([
      "仿宋_GB2312",
      "32",
      "579",
    ]);
  });

  test("headings: 一、 in 黑体, （一） in 楷体_GB2312 (a run-in caption alone), the text after it in 仿宋", () => {
    const font = (text: string) => body.find((p) => p.text === text)?.runs.map((r) => [r.text, r.eastAsia]);
    expect(font("一、基本情况")).toEqual([["一、基本情况", "黑体"]]);
    expect(font("五、下一步改进措施")).toEqual([["五、下一步改进措施", "黑体"]]);
    expect(font("（二）整体支出规模")).toEqual([["（二）整体支出规模", "楷体_GB2312"]]);
    const runIn = body.find((p) => p.text.startsWith("（一）绩效信息收集。"))!;
    expect(runIn.runs.map((r) => r.eastAsia)).toEqual(["楷体_GB2312", "仿宋_GB2312"]);
    expect(runIn.runs[0].text).toBe("（一）绩效信息收集。");
  });

  test("the department and the date right-aligned at the end: the date four characters in, the name centred over it", () => {
    const [signature, date] = body.slice(-2);
    expect([signature.text, date.text]).toEqual(["高新区投资服务局", "2021年4月15日"]);
    expect([attr(signature.xml, "w:jc", "w:val"), attr(date.xml, "w:jc", "w:val")]).toEqual(["right", "right"]);
    // The date is 6.5 characters wide (digits are half), the name 8: centred, the name ends ¾ character (240 twips) further out.
    expect([attr(signature.xml, "w:ind", "w:right"), attr(date.xml, "w:ind", "w:right")]).toEqual(["1040", "1280"]);
    expect(attr(signature.xml, "w:spacing", "w:before")).toBe("579"); // after a blank line
  });

  test("every figure and line of the report is in the document, in order", () => {
    const texts = body.map((p) => p.text);
    const lines = [...report.title, report.opening, ...report.sections.flatMap((s) => [s.heading, ...s.paragraphs])];
    expect(texts).toEqual([...lines, report.title[0], report.date]); // the department signs above the date
    for (const figure of ["2513.05万元", "518.31万元", "405.87万元", "112.44万元", "1994.74万元", "78.31%", "21.69%", "160个", "133.33%"]) {
      expect(texts.join("")).toContain(figure);
    }
  });

  test("page numbers: — PAGE — in 4号 (14 pt) 宋体, right on odd pages and left on even ones", () => {
    const rels = doc["word/_rels/document.xml.rels"];
    const footer = (type: string) => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="([^"]+)"`).exec(doc["word/document.xml"])![1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1];
      return doc[`word/${target}`];
    };
    expect(doc["word/settings.xml"]).toContain("<w:evenAndOddHeaders/>");
    for (const [type, side] of [
      ["default", "right"],
      ["even", "left"],
    ]) {
      const xml = footer(type);
      const [p] = paragraphs(xml);
      expect(xml).toMatch(/<w:fldChar w:fldCharType="begin"\/>.*<w:instrText[^>]*>PAGE<\/w:instrText>.*<w:fldChar w:fldCharType="end"\/>/);
      expect(p.text).toBe("—  —"); // the number is the field's, between the two 一字线
      expect(p.runs.every((r) => r.eastAsia === "宋体" && r.size === "28")).toBe(true);
      expect(attr(p.xml, "w:jc", "w:val")).toBe(side);
    }
  });

  test("the font table names each font's fallback for machines without it", () => {
    const table = doc["word/fontTable.xml"];
    const fallbacks = Object.fromEntries([...table.matchAll(/<w:font w:name="([^"]+)"><w:altName w:val="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]));
    expect(fallbacks).toMatchObject({ 方正小标宋简体: "宋体", 仿宋_GB2312: "仿宋", 楷体_GB2312: "楷体", 黑体: "SimHei", 宋体: "SimSun" });
    expect(doc["[Content_Types].xml"]).toContain('PartName="/word/fontTable.xml"');
  });
});

describe("the bytes depend on the text alone", () => {
  test("the same report at another time and in another time zone gives the same file, dated by the report", async () => {
    const report = await seed();
    const zone = process.env.TZ;
    try {
      jest.useFakeTimers({ now: new Date("2030-06-01T12:34:56Z"), doNotFake: ["nextTick", "setImmediate", "queueMicrotask"] });
      process.env.TZ = "Asia/Shanghai";
      const first = (await exportReportDocx(report, docxWriter)).bytes;
      jest.setSystemTime(new Date("2031-01-02T03:04:05Z"));
      process.env.TZ = "America/Los_Angeles";
      const second = (await exportReportDocx(report, docxWriter)).bytes;
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
      const core = (await parts(first))["docProps/core.xml"];
      expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2021-04-15T00:00:00Z</dcterms:created>');
      expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2021-04-15T00:00:00Z</dcterms:modified>');
      const zip = await JSZip.loadAsync(first);
      expect(Object.values(zip.files).map((f) => f.date.getFullYear())).toEqual(Object.keys(zip.files).map(() => 2021));
    } finally {
      jest.useRealTimers();
      process.env.TZ = zone;
    }
    const edited = { ...report, opening: `${report.opening}补充一句。` };
    expect(Buffer.from((await exportReportDocx(edited, docxWriter)).bytes).equals(Buffer.from((await exportReportDocx(report, docxWriter)).bytes))).toBe(
      false,
    );
  });

  test("user text stays text: markup, field codes and control characters become no XML and no field", async () => {
    const report = await seed();
    const typed = '<w:fldChar w:fldCharType="begin"/> { PAGE } & "引号" \u0001\u0008末尾\t制表';
    const edited = { ...report, sections: report.sections.map((s, i) => (i === 0 ? { ...s, paragraphs: [typed] } : s)) };
    const xml = (await parts((await exportReportDocx(edited, docxWriter)).bytes))["word/document.xml"];
    expect([...xml].filter((ch) => ch < " " && ch !== "\n")).toEqual([]);
    expect(xml).not.toContain("<w:fldChar");
    expect(xml).not.toContain("<w:instrText");
    expect(xml).not.toContain("<w:fldSimple");
    const p = paragraphs(xml).find((x) => x.text.includes("PAGE"))!;
    expect(p.text).toBe('&lt;w:fldChar w:fldCharType=&quot;begin&quot;/&gt; { PAGE } &amp; &quot;引号&quot; 末尾 制表');
  });
});
