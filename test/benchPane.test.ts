/** bench/pane.ts's lines go into results.md before the targets, once, however often it runs. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { largePaneLines, withLargePane } from "../bench/pane";

const figures = { rows: 10000, validatedMs: 2400, openMs: { validate: 12, score: 40, report: 130 }, keystrokeMs: 16.6, elements: 900 };

test("the pane's 10,000-row figures and their targets, inserted and then replaced", () => {
  const lines = largePaneLines(figures);
  expect(lines.join("\n")).toContain("every view opens in under 500 ms at 10,000 rows: **130 ms at most — met**");
  expect(lines.join("\n")).toContain("a keystroke in a report section under 50 ms: **16.6 ms — met**");
  expect(largePaneLines({ ...figures, keystrokeMs: 265 }).join("\n")).toContain("**265.0 ms — not met**");
  const md = readFileSync(join(__dirname, "..", "bench", "results.md"), "utf8");
  const once = withLargePane(md, lines);
  expect(once).toContain(`${lines[lines.length - 1]}\n\nTargets:\n`);
  const twice = withLargePane(once, largePaneLines({ ...figures, keystrokeMs: 20 }));
  expect(twice.match(/Task pane with 10,000/g)).toHaveLength(1);
  expect(twice).toContain("**20.0 ms — met**");
  expect(twice.replace(/Task pane with [\s\S]*?met\*\*\n\n/, "")).toBe(md.replace(/Task pane with [\s\S]*?met\*\*\n\n/, ""));
});
