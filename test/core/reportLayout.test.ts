import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadWorkbook, workbookToGrid } from "../../src/adapters/xlsx/readGrid";
import { evaluate } from "../../src/core/evaluate";
import { Report, SECTION_HEADINGS } from "../../src/core/report";
import { blockText, numberingLevel, reportBlocks, splitCaption } from "../../src/core/reportLayout";
import { reportRows, reportText } from "../../src/core/reportSheet";

const seed = async () =>
  evaluate(workbookToGrid(await loadWorkbook(readFileSync(join(__dirname, "..", "..", "examples", "seed-2020.xlsx"))))).report;

describe("heading levels by their numbering", () => {
  test("一、 is level 1, （一） level 2, 1. level 3, anything else body", () => {
    expect(["一、基本情况", "十二、其他", "（一）部门整体绩效目标", "（十一）其他", "1.人员", "12．经费", "正文", "2020年", "1.5万元"].map(numberingLevel)).toEqual([
      1, 1, 2, 2, 3, 3, 0, 0, 0,
    ]);
  });

  test("a short numbered line is all caption; a run-in caption ends at its first 。; a long first sentence is body", () => {
    expect(splitCaption("（二）整体支出规模")).toEqual({ level: 2, lead: "（二）整体支出规模", rest: "" });
    expect(splitCaption("（一）收集绩效信息。预算年度结束后，全面收集。")).toEqual({
      level: 2,
      lead: "（一）收集绩效信息。",
      rest: "预算年度结束后，全面收集。",
    });
    expect(splitCaption("1.加强培训。组织专人培训。")).toEqual({ level: 3, lead: "1.加强培训。", rest: "组织专人培训。" });
    const long = "（一）由于受新冠疫情影响，招商人员不能外出，客商不能来区。";
    expect(splitCaption(long)).toEqual({ level: 0, lead: "", rest: long });
    expect(splitCaption("我部门按照要求。")).toEqual({ level: 0, lead: "", rest: "我部门按照要求。" });
  });
});

describe("the seed's report as blocks", () => {
  let report: Report;
  beforeAll(async () => {
    report = await seed();
  });

  test("title lines, opening, the five headings at level 1 in order, captions, then the department and the date", () => {
    const blocks = reportBlocks(report);
    expect(blocks.slice(0, 2)).toEqual([
      { kind: "title", level: 0, lead: "", rest: "高新区投资服务局" },
      { kind: "title", level: 0, lead: "", rest: "2020年度部门预算整体支出绩效评价报告" },
    ]);
    expect(blocks[2]).toMatchObject({ kind: "text", level: 0, rest: report.opening });
    expect(blocks.filter((b) => b.level === 1).map(blockText)).toEqual([...SECTION_HEADINGS]);
    expect(blocks.filter((b) => b.level === 2 && b.rest === "").map(blockText)).toEqual([
      "（一）部门整体绩效目标",
      "（二）整体支出规模",
      "（一）总体完成情况",
      "（二）绩效指标完成情况",
      "（三）自评结论",
    ]);
    // 二 is the seed's own text now (基本信息's 自评工作开展情况), its steps run-in captions.
    expect(blocks.find((b) => b.lead === "（一）绩效信息收集。")?.rest).toMatch(/^年度预算执行完成后/);
    // 三's indicators by 一级指标: a third-level run-in caption.
    expect(blocks.find((b) => b.level === 3)).toMatchObject({ lead: "1.产出指标。", rest: expect.stringMatching(/^数量指标方面，/) });
    expect(blocks.slice(-2)).toEqual([
      { kind: "signature", level: 0, lead: "", rest: "高新区投资服务局" },
      { kind: "date", level: 0, lead: "", rest: "2021年4月15日" },
    ]);
  });

  test("no text is lost or added: the blocks hold the plain text's lines, then the signature", () => {
    const lines = reportBlocks(report).map(blockText);
    const text = reportText(report).split("\n");
    expect(lines).toEqual([...text.slice(0, -1), report.title[0], text[text.length - 1]]);
  });

  test("a one-line title has no signature line (nothing names the department)", () => {
    const blocks = reportBlocks({ ...report, title: ["某某报告"] });
    expect(blocks.filter((b) => b.kind === "signature")).toEqual([]);
  });

  test("the report sheet has the same lines: headings bold, text indented by the cell, the signature right", () => {
    const rows = reportRows(report);
    expect(rows.map((r) => r.text)).toEqual(reportBlocks(report).map(blockText));
    expect(rows.slice(-2).map((r) => [r.kind, r.text, r.indent])).toEqual([
      ["signature", "高新区投资服务局", 0],
      ["date", "2021年4月15日", 0],
    ]);
    expect(rows.filter((r) => r.kind === "body" || r.kind === "heading" || r.kind === "subheading").every((r) => r.indent === 2)).toBe(true);
    expect(rows.filter((r) => r.kind === "title").every((r) => r.indent === 0)).toBe(true);
    // Indentation is a format, never leading spaces in the text.
    expect(rows.every((r) => !/^[\s\u3000]/.test(r.text))).toBe(true);
  });
});
