import { DEFAULT_DOCUMENT_DATE, ReportDocumentWriter, documentDate, documentFileName, exportReportDocx } from "../../src/app/exportReport";
import { Report } from "../../src/core/report";
import { reportBlocks } from "../../src/core/reportLayout";

const report: Report = {
  title: ["某某局", "2020年度部门预算整体支出绩效评价报告"],
  opening: "开头。",
  sections: [{ heading: "一、基本情况", paragraphs: ["（一）目标", "正文。"], figures: [] }],
  date: "2021年4月15日",
  figures: [],
  findings: [],
};

describe("exportReportDocx", () => {
  test("hands the writer the report's blocks and properties fixed by the text, and names the file after the title", async () => {
    const calls: Parameters<ReportDocumentWriter["write"]>[] = [];
    const writer: ReportDocumentWriter = { write: async (...args) => (calls.push(args), new Uint8Array([1, 2, 3])) };
    const doc = await exportReportDocx(report, writer);
    expect(doc).toEqual({ name: "某某局2020年度部门预算整体支出绩效评价报告.docx", bytes: new Uint8Array([1, 2, 3]) });
    expect(calls).toEqual([
      [reportBlocks(report), { title: "某某局2020年度部门预算整体支出绩效评价报告", created: "2021-04-15T00:00:00Z" }],
    ]);
  });

  test("the document's date is the report's, else a constant (never the clock)", () => {
    expect(documentDate("2021年4月15日")).toBe("2021-04-15T00:00:00Z");
    expect(documentDate(" 2020年12月1日 ")).toBe("2020-12-01T00:00:00Z");
    for (const d of ["【待补充：报告日期】", "2021年2月30日", "1979年1月1日", "2021-04-15", ""]) expect(documentDate(d)).toBe(DEFAULT_DOCUMENT_DATE);
  });

  test("file names keep to what every file system accepts", () => {
    const name = (title: string[]) => documentFileName({ ...report, title });
    expect(name(["a/b\\c:d*e?f\"g<h>i|j", "\u0001k\u007f"])).toBe("abcdefghijk.docx");
    expect(name(["..", "/"])).toBe("report.docx");
    expect(name(["长".repeat(300)])).toBe(`${"长".repeat(120)}.docx`);
  });
});
