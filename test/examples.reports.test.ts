/**
 * Each example's report is kept as readable text in examples/reports/, so that a change to the report's wording
 * shows in a review's diff: the committed text is what the committed workbook drafts (`npm run examples` rewrites it).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { loadWorkbook, workbookToGrid } from "../src/adapters/xlsx/readGrid";
import { evaluate } from "../src/core/evaluate";
import { EXAMPLES_DIR, exampleFile, reportSnapshot, snapshotPath } from "../scripts/build-examples";

const names = readdirSync(join(EXAMPLES_DIR, "src"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.replace(/\.json$/, ""));

// An example is an .xlsx, or an .xls where its source asks for one (final-accounts-xls).
const gridOf = async (name: string) => workbookToGrid(await loadWorkbook(readFileSync(exampleFile(name))));

test.each(names)("examples/reports/%s.txt is the report the example drafts (run `npm run examples` after a change)", async (name) => {
  expect(readFileSync(snapshotPath(name), "utf8")).toBe(reportSnapshot(await gridOf(name)));
});

describe("the unit's words: subject, title and kind", () => {
  const wordsOf = async (name: string) => {
    const report = evaluate(await gridOf(name)).report;
    return { title: report.title[1], opening: report.opening, scale: report.sections[0].paragraphs[3] };
  };

  test("a town (镇人民政府, 单位类型 乡镇) is 我镇, its report 部门整体支出绩效自评报告", async () => {
    const w = await wordsOf("town-2023");
    expect(w.title).toBe("2023年度部门整体支出绩效自评报告");
    expect(w.opening).toContain("我镇对2023年度部门预算整体支出绩效进行了全面综合评价");
    expect(w.scale.startsWith("2023年我镇决算支出1280.50万元")).toBe(true);
    expect(w.scale).toContain("主要是为保障机关正常运转而发生的必要费用");
  });

  test("a public institution (…中心) is 我单位, its basic spending keeps the unit running, not an organ", async () => {
    const w = await wordsOf("institution-2024");
    expect(w.title).toBe("2024年度部门整体支出绩效评价报告");
    expect(w.opening).toContain("我单位对2024年度");
    expect(w.scale).toContain("主要是为保障单位正常运转、完成日常工作任务而发生的必要费用");
    expect(w.scale).not.toContain("机关");
  });

  test("the seed keeps its own 我部门 (报告主语) and the default title", async () => {
    const w = await wordsOf("seed-2020");
    expect(w.title).toBe("2020年度部门预算整体支出绩效评价报告");
    expect(w.scale.startsWith("2020年我部门决算支出")).toBe(true);
  });
});

describe("a form's funds block (预算执行情况) in 一（三）: its figures, with their cells, and the rate as scored", () => {
  const execution = async (name: string) => {
    const section = evaluate(await gridOf(name)).report.sections[0];
    const at = section.paragraphs.indexOf("（三）预算执行情况");
    return { paragraphs: section.paragraphs.slice(at + 1), figures: section.figures };
  };
  const cellOf = (figures: { text: string; sheet: string; cell: string }[], text: string) =>
    figures.filter((f) => f.text === text).map((f) => `${f.sheet}!${f.cell}`);

  test("财预〔2020〕10号: 年初, 全年 and 执行 of 年度资金总额 and of each source, 上年结转资金 among them", async () => {
    const { paragraphs, figures } = await execution("form-caiyu-2020-10");
    expect(paragraphs[0]).toBe(
      "2023年我局年初预算数500.00万元，调整后全年预算数520.00万元（增加20.00万元），决算支出494.00万元，预算执行率95.00%。",
    );
    expect(paragraphs[1]).toContain("上年结转资金年初预算数50.00万元，年内未调整，决算44.00万元，占决算支出的8.91%");
    const sheet = "项目支出绩效自评表";
    expect(cellOf(figures, "500.00万元")).toEqual([`${sheet}!C6`]);
    expect(cellOf(figures, "520.00万元")).toEqual([`${sheet}!D6`]);
    expect(cellOf(figures, "44.00万元")).toEqual([`${sheet}!E8`]);
    // The rate as entered in the block's 执行率 cell and scored.
    expect(cellOf(figures, "95.00%")).toContain(`${sheet}!G6`);
  });

  test("Guizhou: the block's one budget column is the rate's basis (按年初预算数计算)", async () => {
    const { paragraphs } = await execution("form-guizhou");
    expect(paragraphs[0]).toBe("2023年我局年初预算数2000.00万元，决算支出1920.00万元，预算执行率96.00%（按年初预算数计算）。");
  });
});
