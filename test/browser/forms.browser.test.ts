/**
 * The task pane on the forms accountants already have (examples/form-*, final-accounts-*), in Chromium against the
 * fake Excel: no errors, the tables read and their places listed, the total, and 写入工作表 changing only the
 * form's own 得分 cells (and the grade beside it).
 */
import { readFileSync } from "node:fs";
import { Server } from "node:http";
import { join } from "node:path";
import { BrowserContext, Page } from "playwright-core";
import { loadWorkbook, workbookToGrid } from "../../src/adapters/xlsx/readGrid";
import { gridToFakeInputs } from "../fakes/fromXlsx";
import { buildDist, launch, openPane, serve } from "../helpers/browser";

const ROOT = join(__dirname, "..", "..");

async function example(file: string) {
  return gridToFakeInputs(workbookToGrid(await loadWorkbook(readFileSync(join(ROOT, "examples", file)))));
}

type Snapshot = Record<string, Record<string, { value: unknown }>>;
const snapshot = (page: Page): Promise<Snapshot> => page.evaluate(`window.__fakeState.snapshot()`) as Promise<Snapshot>;

/** The cells whose value changed, as "sheet!A1" → new value. */
function changed(before: Snapshot, after: Snapshot): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [sheet, cells] of Object.entries(after)) {
    if (!before[sheet]) continue; // the report sheet, when there is one
    for (const [addr, c] of Object.entries(cells)) if (before[sheet][addr]?.value !== c.value) out[`${sheet}!${addr}`] = c.value;
  }
  return out;
}

let server: Server;
let baseUrl: string;
let context: BrowserContext;

beforeAll(async () => {
  const dist = buildDist();
  ({ server, url: baseUrl } = await serve(dist));
  context = await launch();
}, 300000);

afterAll(async () => {
  await context?.close();
  server?.close();
});

const CASES: [string, string, string, Record<string, unknown>][] = [
  [
    "form-sichuan.xlsx",
    "绩效指标表：",
    "99.00",
    {
      "部门整体支出绩效自评表!H4": 9.5,
      "部门整体支出绩效自评表!I9": 20,
      "部门整体支出绩效自评表!I10": 15,
      "部门整体支出绩效自评表!I11": 15,
      "部门整体支出绩效自评表!I12": 10,
      "部门整体支出绩效自评表!I13": 15,
      "部门整体支出绩效自评表!I15": 10,
      "部门整体支出绩效自评表!I16": 99,
      "部门整体支出绩效自评表!K16": "评价等级：优",
    },
  ],
  ["form-guizhou.xlsx", "预算执行情况：", "98.80", { "自评表!E5": 9.6, "自评表!G15": 98.8, "自评表!I15": "评价等级：优" }],
  ["form-chongqing.xlsx", "绩效指标表：", "99.50", { "部门整体绩效自评表!G4": 9.5, "部门整体绩效自评表!I14": 99.5 }],
  ["form-caiyu-2020-10.xlsx", "绩效指标表：", "98.97", { "项目支出绩效自评表!H16": 9.47, "项目支出绩效自评表!H19": 98.97 }],
  ["final-accounts-yuan.xlsx", "支出决算表：", "99.17", { "绩效自评表!H4": 9.67, "绩效自评表!I12": 99.17 }],
  ["final-accounts-xls.xls", "基本支出决算表：", "99.77", { "绩效自评表!E5": 9.77, "绩效自评表!G13": 99.77 }],
];

test.each(CASES)(
  "%s: read with no error, the places listed, scored and written into the form's own 得分 cells",
  async (file, table, total, some) => {
    const p = await openPane(context, baseUrl, { workbook: await example(file) });
    const page = p.page;
    await page.getByText("0 个错误").waitFor();
    await page.getByTestId("tables-found").locator("summary").click(); // the list is folded: one keyboard stop
    await page.getByTestId("tables-found").getByText(table, { exact: true }).waitFor();
    await page.getByRole("tab", { name: "评分" }).click();
    await page.getByTestId("score-summary").getByText(`自评总分：${total}`).waitFor();
    const before = await snapshot(page);
    await page.getByRole("button", { name: "写入工作表" }).click();
    await page.getByText("得分、总分和等级已写入工作表。").waitFor();
    const writes = changed(before, await snapshot(page));
    expect(writes).toMatchObject(some);
    // Nothing but 得分 cells, the total and the grade beside the form: every other cell is as it was.
    const scoreCells = Object.keys(writes).filter((k) => typeof writes[k] === "number");
    expect(Object.keys(writes).length - scoreCells.length).toBe(1);
    expect(Object.values(writes).filter((v) => typeof v === "string")).toEqual(["评价等级：优"]);
    await page.close();
  },
);

test("two indicator tables: the pane offers a picker, and the table picked is read and scored", async () => {
  const row = ["产出指标", "数量指标", "招引项目数", "≥", 120, "个", 125, 100, null, null];
  const header = ["一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "计量单位", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];
  const grid = {
    sheets: [
      { name: "基本信息", values: [["部门名称", "测试局"], ["评价年度", 2020]] },
      { name: "甲", values: [header, row] },
      { name: "乙", values: [["标题"], header, row] },
    ],
  };
  const p = await openPane(context, baseUrl, { workbook: gridToFakeInputs(grid) });
  const page = p.page;
  const picker = page.getByTestId("table-picker");
  await picker.getByRole("combobox").waitFor();
  await picker.getByRole("combobox").selectOption("乙!A2:J3");
  await page.getByTestId("table-picker").waitFor({ state: "detached" });
  await page.getByRole("tab", { name: "评分" }).click();
  await page.getByTestId("score-summary").getByText("自评总分：100.00").waitFor();
  await page.close();
});
