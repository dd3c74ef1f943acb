/**
 * The production build served on localhost and opened in Debian's Chromium by playwright-core. office.js is
 * served from node_modules in place of Microsoft's CDN (optionally followed by the fake Excel host), and
 * every request is recorded so a test can assert that none leaves localhost.
 */
import { buildSync } from "esbuild";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createServer, Server } from "node:http";
import { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { BrowserContext, Page, chromium } from "playwright-core";

const ROOT = join(__dirname, "..", "..");
const OFFICE_DIST = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".png": "image/png",
  ".xml": "text/xml",
};

export function buildDist(): string {
  const out = mkdtempSync(join(tmpdir(), "pane-dist-"));
  execFileSync("npx", ["webpack", "--mode", "production", "--output-path", out], { cwd: ROOT, stdio: "pipe", timeout: 240000 });
  return out;
}

export function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` })),
  );
}

let hostBundle: string | undefined;
function fakeHostScript(): string {
  hostBundle ??= buildSync({
    entryPoints: [join(ROOT, "test", "fakes", "browserHost.ts")],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2020",
  }).outputFiles[0].text;
  return hostBundle;
}

export async function launch(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "chromium-")), {
    executablePath: "/usr/bin/chromium",
    headless: true,
    viewport: { width: 320, height: 900 },
    locale: "zh-CN",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export interface PaneOptions {
  /** Without it, office.js alone: the page is outside Office. */
  workbook?: unknown;
  lang?: string;
  colorScheme?: "light" | "dark";
}

export interface OpenPane {
  page: Page;
  /** Every URL the page asked for. */
  requests: string[];
  /** The ones answered from node_modules in place of Microsoft's CDN. */
  routed: string[];
  /** office.js's own telemetry requests, blocked by the test (the add-in's code makes none). */
  blocked: string[];
  /** Console errors and uncaught exceptions of the page. */
  errors: string[];
}

export async function openPane(context: BrowserContext, baseUrl: string, opts: PaneOptions): Promise<OpenPane> {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: opts.colorScheme ?? "light" });
  const requests: string[] = [];
  const routed: string[] = [];
  const blocked: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  // Outside Office, office.js opens a telemetry frame on Microsoft's servers; the test machine is offline.
  await page.route("https://telemetryservice.firstpartyapps.oaspapps.com/**", async (route) => {
    blocked.push(route.request().url());
    await route.abort();
  });
  await page.route(`${CDN}**`, async (route) => {
    const url = route.request().url();
    routed.push(url);
    const file = join(OFFICE_DIST, url.slice(CDN.length).split("?")[0]);
    if (!existsSync(file)) return route.fulfill({ status: 404 });
    let body = readFileSync(file, "utf8");
    if (url.endsWith("/office.js") && opts.workbook) body += `\n;${fakeHostScript()}`;
    return route.fulfill({ status: 200, contentType: "text/javascript", body });
  });
  if (opts.workbook) {
    await page.addInitScript(
      ([wb, lang]) => {
        (window as unknown as Record<string, unknown>).__fakeWorkbook = wb;
        (window as unknown as Record<string, unknown>).__fakeLang = lang;
      },
      [opts.workbook, opts.lang ?? "zh-CN"] as const,
    );
  }
  await page.goto(`${baseUrl}taskpane.html`);
  return { page, requests, routed, blocked, errors };
}
