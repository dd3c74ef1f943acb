/** Keeps `npm run bench` working: one small size end to end, with its figures' shape (no timing asserted). */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { generateWorkbook } from "../bench/generate";
import { evaluate } from "../src/core/evaluate";

test("the generated workbooks reconcile and score without errors at any size", () => {
  for (const n of [1, 7, 250]) {
    const e = evaluate(generateWorkbook(n));
    expect({ n, errors: e.findings.filter((f) => f.severity === "error") }).toEqual({ n, errors: [] });
    expect(e.scoring.scores.filter((s) => s.score !== null)).toHaveLength(n);
    expect(e.scoring.grade).not.toBeNull();
  }
});

test("bench/size.ts reports every figure for a small workbook", () => {
  const out = execFileSync("npx", ["tsx", join(__dirname, "..", "bench", "size.ts"), "50", "1"], { encoding: "utf8" });
  const r = JSON.parse(out.trim().split("\n").pop()!);
  for (const k of ["xlsxReadMs", "validateMs", "scoreMs", "reportMs", "coreMs", "xlsxWriteMs", "peakRssMB"])
    expect(r[k]).toBeGreaterThan(0);
  expect(r.scoreSyncs).toBe(3);
  expect(r.reportSyncs).toBe(3);
  expect(r.scoreMaxBatch).toBeLessThan(5 * 1024 * 1024);
});
