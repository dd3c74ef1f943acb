/**
 * The task pane in a real browser: the production build on localhost in Chromium, office.js from
 * node_modules, the Excel API from the project's fake loaded with the examples. Screenshots of each view,
 * in Chinese and English at 320 px, go to test-artifacts/.
 */
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BrowserContext, Page } from "playwright-core";
import { docxWriter } from "../../src/adapters/docx/pack";
import { loadWorkbook, workbookToGrid } from "../../src/adapters/xlsx/readGrid";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsxWorkbook";
import { evaluateWorkbook, exportReportDocx } from "../../src/app";
import { main } from "../../src/cli/main";
import { editedReport } from "../../src/taskpane/state/selectors";
import { gridToFakeInputs } from "../fakes/fromXlsx";
import { OpenPane, buildDist, launch, openPane, serve } from "../helpers/browser";

const ROOT = join(__dirname, "..", "..");
const ARTIFACTS = join(ROOT, "test-artifacts");

async function example(name: string) {
  return gridToFakeInputs(workbookToGrid(await loadWorkbook(readFileSync(join(ROOT, "examples", `${name}.xlsx`)))));
}

const fake = <T>(page: Page, f: string): Promise<T> => page.evaluate(`(${f})(window.__fakeState)`) as Promise<T>;

let server: Server;
let baseUrl: string;
let context: BrowserContext;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const dist = buildDist();
  ({ server, url: baseUrl } = await serve(dist));
  context = await launch();
}, 300000);

afterAll(async () => {
  await context?.close();
  server?.close();
});

function onlyLocal(p: OpenPane): void {
  // Every request is to localhost, or for office.js's own files (answered from node_modules by the test),
  // or office.js's own telemetry frame (blocked by the test). The add-in's code asks for nothing else.
  const external = p.requests.filter((u) => !u.startsWith(baseUrl) && !u.startsWith("data:"));
  expect(external.filter((u) => !p.routed.includes(u) && !p.blocked.includes(u))).toEqual([]);
  for (const u of p.blocked)
    expect(u).toMatch(/^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/telemetryservice\/telemetryproxy\.html/);
  // Known, and not the add-in's: the blocked telemetry frame fails to load, and office.js's start-up cannot
  // redefine Office.context, which the fake host pins (test/fakes/browserHost.ts).
  expect(p.errors.filter((e) => !/telemetry|ERR_FAILED|net::|Cannot redefine property: context/i.test(e))).toEqual([]);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

test("outside Excel the pane says it runs inside Excel", async () => {
  const p = await openPane(context, baseUrl, {});
  await p.page.getByText("本工具在 Excel 中运行").waitFor();
  onlyLocal(p);
  await shot(p.page, "outside-excel-zh");
  await p.page.close();
});

test("validate the broken example: findings by sheet with their cells; a click selects the cell", async () => {
  const p = await openPane(context, baseUrl, { workbook: await example("broken") });
  const page = p.page;
  await page.getByText("4 个错误").waitFor();
  await expect(page.getByRole("heading", { name: "支出决算" }).count()).resolves.toBe(1);
  for (const cell of ["支出决算!B7", "支出决算!B2", "支出决算!B3", "支出决算!C12", "绩效指标!H2"]) {
    await page
      .getByRole("button", { name: `选中 ${cell}` })
      .first()
      .waitFor();
  }
  await page.getByRole("button", { name: "选中 支出决算!B2" }).click();
  await page.waitForFunction(
    () => (window as unknown as { __fakeState: { selected?: { address: string } } }).__fakeState.selected?.address === "B2",
  );
  expect(await fake(page, "s => s.selected")).toEqual({ sheet: "支出决算", address: "B2" });
  await shot(page, "validate-zh");
  onlyLocal(p);
  await page.close();
});

test("score the complete example: total and grade shown, then written into the sheet", async () => {
  const p = await openPane(context, baseUrl, { workbook: await example("complete") });
  const page = p.page;
  await page.getByText("0 个错误").waitFor();
  await page.getByRole("tab", { name: "评分" }).click();
  await page.getByTestId("score-summary").getByText("自评总分：93.38").waitFor();
  await page.getByTestId("score-summary").getByText("评价等级：优").waitFor();
  await page.getByText("实际96个 < 目标120个，按比例得分 10 × 96 ÷ 120 = 8.00").waitFor();
  await shot(page, "score-zh");
  await page.getByRole("button", { name: "写入工作表" }).click();
  await page.getByText("得分、总分和等级已写入工作表。").waitFor();
  expect(
    await fake(page, `s => [s.cell("绩效指标", "I13").value, s.cell("绩效指标", "K13").value, s.cell("绩效指标", "I5").value]`),
  ).toEqual([93.38, "评价等级：优", 8]);
  onlyLocal(p);
  await page.close();
});

/** The pane on the seed's example, in the Report view; `first` is section 一's text box. */
async function seedReport() {
  const p = await openPane(context, baseUrl, { workbook: await example("seed-2020") });
  await p.page.getByText("0 个错误").waitFor();
  await p.page.getByRole("tab", { name: "报告" }).click();
  const first = p.page.getByLabel("一、基本情况（可编辑）");
  await first.waitFor();
  return { p, page: p.page, first };
}

test("edit a report section, switch views, insert: the sheet holds the edited text; copy all", async () => {
  const { p, page, first } = await seedReport();
  expect(await first.inputValue()).toContain("2513.05万元");
  await first.fill("（一）部门整体绩效目标\n=这是修改后的目标\n（二）整体支出规模\n2020年决算支出2513.05万元。");
  await page.getByRole("tab", { name: "评分" }).click();
  await page.getByRole("tab", { name: "报告" }).click();
  expect(await page.getByLabel("一、基本情况（可编辑）").inputValue()).toContain("=这是修改后的目标");
  await page.getByText("引用的数据（9）").first().click();
  await page.getByRole("button", { name: "选中 支出决算!B2" }).click();
  await page.waitForFunction(
    () => (window as unknown as { __fakeState: { selected?: { address: string } } }).__fakeState.selected?.address === "B2",
  );
  await shot(page, "report-zh");
  await page.getByRole("button", { name: "插入到工作表" }).click();
  await page.getByText("报告已写入工作表“绩效评价报告”。").waitFor();
  const texts = await fake<string[]>(page, `s => [...s.sheet("绩效评价报告").cells.values()].map(c => c.value)`);
  expect(texts).toContain("=这是修改后的目标");
  expect(texts).toContain("2020年度部门预算整体支出绩效评价报告");
  expect(await fake(page, `s => [...s.sheet("绩效评价报告").cells.values()].some(c => c.formula)`)).toBe(false);
  // Regenerating section 一 asks before it drops the edit, then brings the generated text back; the others keep theirs.
  await page.getByRole("button", { name: "重新生成 一、基本情况" }).click();
  await page.getByRole("dialog").getByText("重新生成会放弃你对“一、基本情况”所做的修改。").waitFor();
  await page.getByRole("button", { name: "放弃修改" }).click();
  await page.waitForFunction(() => (document.querySelector("textarea") as HTMLTextAreaElement).value.includes("2513.05万元，其中基本支出"));
  await page.getByRole("button", { name: "复制全文" }).click();
  await page.getByText("已复制到剪贴板。").waitFor();
  const copied = await page.evaluate(() => (window as unknown as { __clipboard: string }).__clipboard);
  expect(copied.split("\n")[1]).toBe("2020年度部门预算整体支出绩效评价报告");
  onlyLocal(p);
  await page.close();
});

/** Clicks 导出 Word and returns the downloaded file's name and bytes. */
async function exportWord(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出 Word" }).click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

test("导出 Word downloads the bytes the CLI's --docx writes for the same text, and the edited text's", async () => {
  const seed = join(ROOT, "examples", "seed-2020.xlsx");
  const cliFile = join(mkdtempSync(join(tmpdir(), "docx-")), "seed-2020.docx");
  expect(await main([seed, "--docx", cliFile], { out: () => {}, err: (s) => console.error(s) })).toBe(0);
  const { p, page, first } = await seedReport();
  const drafted = await exportWord(page);
  expect(drafted.name).toBe("高新区投资服务局2020年度部门预算整体支出绩效评价报告.docx");
  expect(drafted.bytes.equals(readFileSync(cliFile))).toBe(true);
  await page.getByText("已生成 Word 文件").waitFor();
  // The edited text, through the same use case in Node: the same bytes again.
  const edit = "（一）部门整体绩效目标\n改过的目标：<w:t>{ PAGE }</w:t>\n（二）整体支出规模\n2020年决算支出2513.05万元。";
  await first.fill(edit);
  const edited = await exportWord(page);
  const evaluation = await evaluateWorkbook(await XlsxWorkbook.load(readFileSync(seed)));
  const expected = await exportReportDocx(editedReport(evaluation.report, { 0: edit }), docxWriter);
  expect(edited.bytes.equals(Buffer.from(expected.bytes))).toBe(true);
  expect(edited.bytes.equals(drafted.bytes)).toBe(false);
  // The typesetter is a chunk of its own, fetched from the add-in's own server at the first export.
  expect(p.requests.filter((u) => u.startsWith(baseUrl) && u.endsWith(".js")).length).toBeGreaterThan(1);
  await shot(page, "report-exported-zh");
  onlyLocal(p);
  await page.close();
});

test("an empty workbook: the pane offers the template and inserts it, never over an existing sheet", async () => {
  const p = await openPane(context, baseUrl, { workbook: [{ name: "问题与措施", values: [["我的内容"]] }] });
  const page = p.page;
  await page.getByRole("button", { name: "插入模板工作表" }).click();
  await page.getByText("已插入：基本信息、支出决算、绩效指标").waitFor();
  expect(await fake(page, `s => s.sheets.map(x => x.name)`)).toEqual(["问题与措施", "基本信息", "支出决算", "绩效指标"]);
  expect(await fake(page, `s => s.cell("问题与措施", "A1").value`)).toBe("我的内容");
  expect(await fake(page, `s => s.cell("绩效指标", "D3").value`)).toBe("≥");
  await page.close();
});

test("in English, every view, with screenshots; dark when the system prefers it", async () => {
  const p = await openPane(context, baseUrl, { workbook: await example("complete"), lang: "en-US" });
  const page = p.page;
  await page.getByText("0 errors, 4 warnings").waitFor();
  await expect(page.getByRole("tab", { name: "Validate" }).count()).resolves.toBe(1);
  await shot(page, "validate-en");
  await page.getByRole("tab", { name: "Score" }).click();
  await page.getByTestId("score-summary").getByText("Total: 93.38").waitFor();
  await page.getByTestId("score-summary").getByText("Grade: Excellent (优)").waitFor();
  await shot(page, "score-en");
  await page.getByRole("tab", { name: "Report" }).click();
  await page.getByLabel("一、基本情况 (editable)").waitFor();
  await shot(page, "report-en");
  onlyLocal(p);
  await page.close();

  const dark = await openPane(context, baseUrl, { workbook: await example("complete"), lang: "en-US", colorScheme: "dark" });
  await dark.page.getByText("0 errors, 4 warnings").waitFor();
  const bg = await dark.page.evaluate(() => getComputedStyle(document.querySelector("main")!).backgroundColor);
  const [r, g, b] = bg.match(/\d+/g)!.map(Number);
  expect(r + g + b).toBeLessThan(3 * 80);
  await shot(dark.page, "validate-en-dark");
  await dark.page.close();
});

test("every control is labelled and reachable by keyboard", async () => {
  const p = await openPane(context, baseUrl, { workbook: await example("complete") });
  const page = p.page;
  await page.getByText("0 个错误").waitFor();
  for (const view of ["校验", "评分", "报告"]) {
    await page.getByRole("tab", { name: view }).click();
    await page.getByRole("button").first().waitFor();
    const unlabeled = await page.evaluate(
      () =>
        [...document.querySelectorAll("button, textarea, [role=tab]")].filter((el) => {
          const label =
            el.getAttribute("aria-label") ||
            el.textContent?.trim() ||
            (el.id && document.querySelector(`label[for="${el.id}"]`)?.textContent);
          return !label;
        }).length,
    );
    expect({ view, unlabeled }).toEqual({ view, unlabeled: 0 });
  }
  // Tab from the tabs reaches the view's action button: at most one press per focusable control on the page (the
  // findings listed above the command bar take their own stops; how many depends on the workbook).
  await page.getByRole("tab", { name: "校验" }).click();
  const reached = new Set<string>();
  const stops = await page.locator("button:visible, a[href]:visible, textarea:visible, select:visible, summary:visible").count();
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press("Tab");
    reached.add(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ""));
  }
  expect([...reached]).toContain("校验工作簿");
  await page.close();
});

/** complete.xlsx with a hand-entered score of 7.5 in 绩效指标!I5 (the rule gives 8.00), formatted "0.0". */
async function withHandScore() {
  const wb = await example("complete");
  const indicators = wb.find((s) => s.name === "绩效指标")!;
  indicators.values[4][8] = 7.5;
  (indicators.formats ??= [])[4] = [...(indicators.formats[4] ?? [])];
  indicators.formats[4][8] = "0.0";
  return wb;
}

const cellOf = (page: Page, sheet: string, cell: string) => fake<{ value: unknown; numberFormat: string }>(page, `s => s.cell(${JSON.stringify(sheet)}, ${JSON.stringify(cell)})`);

test("a hand-entered score: 写入工作表 asks, showing the cell; cancel writes nothing; confirmed, it writes; 撤销上次写入 puts it back", async () => {
  const p = await openPane(context, baseUrl, { workbook: await withHandScore() });
  const page = p.page;
  await page.getByText("0 个错误").waitFor();
  await page.getByRole("tab", { name: "评分" }).click();
  await page.getByRole("button", { name: "写入工作表" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByText("1 个单元格的内容不是本工具上次写入的，写入会替换它们：").waitFor();
  await dialog.getByText("绩效指标!I5：“7.5” → “8”").waitFor();
  await shot(page, "confirm-zh");
  await dialog.getByRole("button", { name: "取消" }).click();
  await page.getByText("已取消，工作表没有改动。").waitFor();
  expect(await cellOf(page, "绩效指标", "I5")).toMatchObject({ value: 7.5, numberFormat: "0.0" });
  expect(await cellOf(page, "绩效指标", "I13")).toBeUndefined();

  await page.getByRole("button", { name: "写入工作表" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "仍然写入" }).click();
  await page.getByText("得分、总分和等级已写入工作表。").waitFor();
  expect(await cellOf(page, "绩效指标", "I5")).toMatchObject({ value: 8, numberFormat: "0.00" });
  expect(await fake(page, `s => s.sheet("BudgetPerfUndo").visibility`)).toBe("VeryHidden");
  await page.getByText(/^上次写入：得分（\d\d:\d\d）$/).waitFor();
  await page.getByRole("dialog").waitFor({ state: "detached" });
  await shot(page, "undo-zh");

  await page.getByRole("button", { name: "撤销上次写入" }).click();
  await page.getByText("已撤销上次写入的得分。").waitFor();
  expect(await cellOf(page, "绩效指标", "I5")).toMatchObject({ value: 7.5, numberFormat: "0.0" });
  expect((await cellOf(page, "绩效指标", "I13"))?.value ?? "").toBe("");
  await expect(page.getByRole("button", { name: "撤销上次写入" }).count()).resolves.toBe(0);
  onlyLocal(p);
  await page.close();
});

test("a blank workbook: 写入工作表 says that nothing was written, never that it was", async () => {
  const p = await openPane(context, baseUrl, { workbook: [{ name: "Sheet1", values: [["随手记"]] }] });
  const page = p.page;
  // A blank workbook shows the first run's steps (issue #15), not its 3 errors.
  await page.getByRole("heading", { name: "开始使用" }).waitFor();
  await page.getByRole("tab", { name: "评分" }).click();
  await page.getByRole("button", { name: "写入工作表" }).click();
  await page.getByText("发现 3 个错误，评分未完成。 没有写入工作表。", { exact: false }).waitFor();
  await expect(page.getByText("已写入工作表").count()).resolves.toBe(0);
  expect(await fake(page, `s => s.sheets.map(x => x.name)`)).toEqual(["Sheet1"]);
  await page.close();
});

test("a change in the workbook marks the results stale until validated again; the time they were computed shows", async () => {
  const p = await openPane(context, baseUrl, { workbook: await example("complete") });
  const page = p.page;
  await page.getByText("0 个错误").waitFor();
  await page.getByTestId("computed-at").getByText(/^结果计算于 \d\d:\d\d$/).waitFor();
  await expect(page.getByTestId("stale").count()).resolves.toBe(0);
  await page.evaluate(() => (window as unknown as { __fakeState: { edit: (s: string, c: string, v: number) => void } }).__fakeState.edit("绩效指标", "G4", 530));
  await page.getByText("工作簿在此之后有改动，结果可能已过时。").waitFor();
  await shot(page, "stale-zh");
  await page.getByRole("button", { name: "重新校验" }).click();
  await page.getByTestId("stale").waitFor({ state: "detached" });
  onlyLocal(p);
  await page.close();
});

test("report drafts are kept in the document: reopening the pane brings them back", async () => {
  const p = await openPane(context, baseUrl, { workbook: await example("seed-2020") });
  const page = p.page;
  await page.getByText("0 个错误").waitFor();
  await page.getByRole("tab", { name: "报告" }).click();
  await page.getByLabel("二、整体支出绩效自评工作开展情况（可编辑）").fill("关闭任务窗格之前写下的段落。");
  await page.waitForFunction(() => Object.keys(sessionStorage).some((k) => sessionStorage.getItem(k)?.includes("关闭任务窗格之前写下的段落")));
  await page.reload();
  await page.getByText(/^已恢复 \d\d:\d\d 保存的报告草稿。$/).waitFor();
  await page.getByRole("tab", { name: "报告" }).click();
  expect(await page.getByLabel("二、整体支出绩效自评工作开展情况（可编辑）").inputValue()).toBe("关闭任务窗格之前写下的段落。");
  // 起草报告 asks before it drops them.
  await page.getByRole("button", { name: "起草报告" }).click();
  await page.getByRole("dialog").getByText("重新起草会放弃你对报告所做的修改。").waitFor();
  await page.getByRole("dialog").getByRole("button", { name: "取消" }).click();
  expect(await page.getByLabel("二、整体支出绩效自评工作开展情况（可编辑）").inputValue()).toBe("关闭任务窗格之前写下的段落。");
  onlyLocal(p);
  await page.close();
});
