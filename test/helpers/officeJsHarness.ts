/**
 * Measures the Office adapter's requests as Excel on the web would receive them: Microsoft's own Excel script
 * (node_modules/@microsoft/office-js/dist/excel-web-16.00.js) serializes them in headless Chromium, and a recording
 * session answers from the fake Excel (test/fakes/officeJsHarnessPage.ts). Nothing is downloaded: the page, the
 * script and the bundle are served from a temporary folder on localhost.
 */
import { buildSync } from "esbuild";
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BrowserContext, Page } from "playwright-core";
import type { HarnessOptions, HarnessResult, Scenario } from "../fakes/officeJsHarnessPage";
import type { FakeSheetInput } from "../fakes/fakeExcel";
import { launch, serve } from "./browser";

export type { Exchange, HarnessOptions, HarnessResult, Scenario } from "../fakes/officeJsHarnessPage";

const ROOT = join(__dirname, "..", "..");
const EXCEL_WEB = join(ROOT, "node_modules", "@microsoft", "office-js", "dist", "excel-web-16.00.js");

/** Excel on the web refuses requests and responses over 5 MB. */
export const EXCEL_WEB_LIMIT = 5 * 1024 * 1024;

interface HarnessPage {
  run(sheets: FakeSheetInput[], scenario: Scenario, options: HarnessOptions): Promise<HarnessResult>;
}

export interface OfficeJsHarness {
  run(sheets: FakeSheetInput[], scenario: Scenario, options?: HarnessOptions): Promise<HarnessResult>;
  close(): Promise<void>;
}

function pageFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "officejs-harness-"));
  copyFileSync(EXCEL_WEB, join(dir, "excel-web-16.00.js"));
  buildSync({
    entryPoints: [join(ROOT, "test", "fakes", "officeJsHarnessPage.ts")],
    bundle: true,
    format: "iife",
    target: "es2020",
    outfile: join(dir, "harness.js"),
  });
  writeFileSync(
    join(dir, "index.html"),
    '<!doctype html><meta charset="utf-8"><script src="excel-web-16.00.js"></script><script src="harness.js"></script>',
  );
  return dir;
}

export async function startOfficeJsHarness(): Promise<OfficeJsHarness> {
  const { server, url } = await serve(pageFolder());
  let context: BrowserContext | undefined;
  try {
    context = await launch();
    const page: Page = await context.newPage();
    // Outside Office, office.js may ask for its own resources; the harness needs none, and nothing leaves the machine.
    await page.route(
      (u) => !u.href.startsWith(url),
      (route) => route.abort(),
    );
    await page.goto(`${url}index.html`);
    await page.waitForFunction("window.__harness !== undefined");
    const ctx = context;
    return {
      run: (sheets, scenario, options = {}) =>
        page.evaluate(([s, sc, o]) => (window as unknown as { __harness: HarnessPage }).__harness.run(s, sc, o), [
          sheets,
          scenario,
          options,
        ] as const),
      async close() {
        await ctx.close();
        server.close();
      },
    };
  } catch (e) {
    await context?.close();
    server.close();
    throw e;
  }
}
