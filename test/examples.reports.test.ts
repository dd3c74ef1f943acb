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
