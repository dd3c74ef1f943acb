/**
 * The pane when office.js does not come: the production build in Chromium, with Microsoft's CDN either never
 * answering (a network that swallows the request) or refusing at once. The pane says so, in the browser's
 * language, instead of staying blank; when office.js arrives late after all, the pane still starts.
 */
import { existsSync, readFileSync } from "node:fs";
import { Server } from "node:http";
import { join } from "node:path";
import { BrowserContext, Page, Route } from "playwright-core";
import { buildDist, launch, serve } from "../helpers/browser";

const OFFICE_DIST = join(__dirname, "..", "..", "node_modules", "@microsoft", "office-js", "dist");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const MISSING_ZH = "无法加载 Office 组件（office.js），请检查网络或联系管理员。";
const MISSING_EN = "The Office component (office.js) could not be loaded. Check the network or contact your administrator.";

let server: Server;
let baseUrl: string;
let context: BrowserContext;

beforeAll(async () => {
  ({ server, url: baseUrl } = await serve(buildDist()));
  context = await launch();
}, 300000);

afterAll(async () => {
  await context?.close();
  server?.close();
});

/** Opens the pane with office.js answered by `office` (never called back: the request hangs). */
async function open(office: (route: Route) => Promise<void> | void, locale = "zh-CN"): Promise<{ page: Page; opened: number }> {
  const page = await context.newPage();
  await page.route("https://telemetryservice.firstpartyapps.oaspapps.com/**", (route) => route.abort());
  await page.route(`${CDN}**`, office);
  await page.addInitScript((lang) => Object.defineProperty(navigator, "language", { get: () => lang }), locale);
  const opened = Date.now();
  // Not "load": that waits for office.js, which may never come.
  await page.goto(`${baseUrl}taskpane.html`, { waitUntil: "domcontentloaded" });
  return { page, opened };
}

test("office.js never answers: after about eight seconds the pane says it could not load it", async () => {
  const held: Route[] = [];
  const { page, opened } = await open((route) => void held.push(route));
  await page.waitForTimeout(4000);
  await expect(page.getByText(MISSING_ZH).count()).resolves.toBe(0);
  await page.getByText(MISSING_ZH).waitFor({ timeout: 15000 });
  expect(Date.now() - opened).toBeGreaterThanOrEqual(7500);
  expect(held.length).toBeGreaterThan(0);
  // The page is painted, not blocked on the script: a screenshot can be taken while office.js still hangs.
  await page.screenshot({ timeout: 5000 });
  await page.close();
}, 60000);

test("office.js refused at once: the message comes at once, in English for an English browser", async () => {
  const { page, opened } = await open((route) => route.abort("connectionrefused"), "en-US");
  await page.getByText(MISSING_EN).waitFor({ timeout: 7000 });
  expect(Date.now() - opened).toBeLessThan(7000);
  await page.close();
}, 60000);

test("office.js arrives late: the message gives way to the pane", async () => {
  let release: () => void = () => {};
  const late = new Promise<void>((r) => (release = r));
  const { page } = await open(async (route) => {
    const url = route.request().url();
    if (url.endsWith("/office.js")) await late;
    // office.js and the files it loads itself, from node_modules as the other browser tests serve them.
    const file = join(OFFICE_DIST, url.slice(CDN.length).split("?")[0]);
    if (!existsSync(file)) return route.fulfill({ status: 404 });
    await route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file, "utf8") });
  });
  await page.getByText(MISSING_ZH).waitFor({ timeout: 15000 });
  release();
  // Outside Office, office.js starts and the pane says where it runs.
  await page.getByText("本工具在 Excel 中运行").waitFor({ timeout: 15000 });
  await expect(page.getByText(MISSING_ZH).count()).resolves.toBe(0);
  await page.close();
}, 60000);
