/**
 * The task pane on a 10,000-indicator workbook in headless Chromium (the production build, the fake Excel):
 * the time until the open-time validation shows, each view's opening, a keystroke in a report section, and the
 * elements on the page. Medians of `rounds` pane openings. Figures only, for bench/results.md.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateWorkbook } from "./generate";
import { gridToFakeInputs } from "../test/fakes/fromXlsx";
import { buildDist, launch, openPane, serve } from "../test/helpers/browser";
import { keystrokeMs, viewOpenMs } from "../test/helpers/paneChecks";

export interface LargePane {
  rows: number;
  validatedMs: number;
  openMs: Record<"validate" | "score" | "report", number>;
  keystrokeMs: number;
  elements: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function largePane(url: string, rows = 10000, rounds = 3): Promise<LargePane> {
  const workbook = gridToFakeInputs(generateWorkbook(rows));
  const context = await launch();
  const runs: LargePane[] = [];
  for (let i = 0; i < rounds; i++) {
    const p = await openPane(context, url, { workbook });
    await p.page.getByText(/^0 个错误/).waitFor({ timeout: 120000 });
    const validatedMs = await p.page.evaluate(() => performance.now());
    const score = await viewOpenMs(p.page, "score");
    const report = await viewOpenMs(p.page, "report");
    const key = await keystrokeMs(p.page);
    const elements = await p.page.evaluate(() => document.querySelectorAll("*").length);
    const validate = await viewOpenMs(p.page, "validate");
    runs.push({ rows, validatedMs, openMs: { validate, score, report }, keystrokeMs: key, elements });
    await p.page.close();
  }
  await context.close();
  const pick = (f: (r: LargePane) => number) => median(runs.map(f));
  return {
    rows,
    validatedMs: pick((r) => r.validatedMs),
    openMs: { validate: pick((r) => r.openMs.validate), score: pick((r) => r.openMs.score), report: pick((r) => r.openMs.report) },
    keystrokeMs: pick((r) => r.keystrokeMs),
    elements: pick((r) => r.elements),
  };
}

/** The lines for bench/results.md. */
export function largePaneLines(r: LargePane): string[] {
  const views = Object.values(r.openMs);
  const worst = Math.max(...views);
  return [
    `Task pane with ${r.rows.toLocaleString("en")} indicator rows (median of 3 openings): validation shown ${r.validatedMs.toFixed(0)} ms after`,
    `navigation; views open in ${r.openMs.validate.toFixed(0)} ms (校验), ${r.openMs.score.toFixed(0)} ms (评分), ${r.openMs.report.toFixed(0)} ms (报告), from the click to the`,
    `frame drawn; a keystroke in a report section ${r.keystrokeMs.toFixed(1)} ms (median of 15); ${r.elements.toLocaleString("en")} elements on the 报告 page.`,
    "",
    `- every view opens in under 500 ms at 10,000 rows: **${worst.toFixed(0)} ms at most — ${worst < 500 ? "met" : "not met"}**`,
    `- a keystroke in a report section under 50 ms: **${r.keystrokeMs.toFixed(1)} ms — ${r.keystrokeMs < 50 ? "met" : "not met"}**`,
  ];
}

/** Puts the lines into results.md before its targets, replacing those of an earlier run. */
export function withLargePane(md: string, lines: string[]): string {
  const kept = md.replace(/Task pane with [\s\S]*?- a keystroke in a report section[^\n]*\n\n/, "");
  return kept.replace("\nTargets:\n", `\n${lines.join("\n")}\n\nTargets:\n`);
}

/** `npm run bench:pane`: this section alone, written into bench/results.md (the whole bench takes minutes). */
async function main(): Promise<void> {
  const dist = buildDist();
  const { server, url } = await serve(dist);
  try {
    const lines = largePaneLines(await largePane(url));
    const file = join(__dirname, "results.md");
    writeFileSync(file, withLargePane(readFileSync(file, "utf8"), lines));
    console.log(lines.join("\n"));
  } finally {
    server.close();
  }
}

if (require.main === module)
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
