/**
 * What the browser tests and the bench measure in the pane: axe-core's serious and critical violations,
 * sideways overflow, the time a view takes to open and a keystroke in a report section takes to show.
 */
import { join } from "node:path";
import { Page } from "playwright-core";

const AXE = join(__dirname, "..", "..", "node_modules", "axe-core", "axe.min.js");

export interface AxeProblem {
  id: string;
  impact: string;
  nodes: string[];
}

/**
 * axe-core run in the page: the serious and critical violations (rule, impact, the first few elements). Fluent's
 * focus helpers (tabster's `data-tabster-dummy` elements, focusable and aria-hidden on purpose: they hand focus
 * on at once) are a known false positive of aria-hidden-focus and are left out of that rule only, as Microsoft's
 * Accessibility Insights does (microsoft/tabster#288).
 */
export async function axeProblems(page: Page): Promise<AxeProblem[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; impact?: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ["violations"] });
    const tabsterDummy = (target: string[]) => target.length === 1 && document.querySelector(target[0])?.hasAttribute("data-tabster-dummy") === true;
    return violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ ...v, nodes: v.id === "aria-hidden-focus" ? v.nodes.filter((n) => !tabsterDummy(n.target)) : v.nodes }))
      .filter((v) => v.nodes.length > 0)
      .map((v) => ({ id: v.id, impact: v.impact ?? "", nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
  });
}

/** How far the page is wider than the viewport (0 when nothing scrolls sideways). */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Milliseconds from a click on the tab of `view` (validate, score, report) until the browser has drawn the view. */
export async function viewOpenMs(page: Page, view: string): Promise<number> {
  return page.evaluate(async (v) => {
    const tab = document.getElementById(`tab-${v}`);
    if (!tab) throw new Error(`no tab for ${v}`);
    const start = performance.now();
    tab.click();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - start;
  }, view);
}

/** The median time of `count` keystrokes typed into the first report section, each until the browser has drawn it. */
export async function keystrokeMs(page: Page, count = 15): Promise<number> {
  const times = await page.evaluate(async (n) => {
    const area = document.querySelector("textarea") as HTMLTextAreaElement;
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!;
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      const start = performance.now();
      setValue.call(area, `${area.value}字`);
      area.dispatchEvent(new Event("input", { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      out.push(performance.now() - start);
    }
    return out;
  }, count);
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
}
