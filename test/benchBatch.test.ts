/** Keeps the batch bench working: a few workbooks, one round, every row and figure present (no timing asserted). */
import { batchSection } from "../bench/batch";

test("bench/batch.ts measures every way of reviewing a folder, and the start-up", async () => {
  const md = await batchSection({ count: 3, rounds: 1, starts: 1 });
  const rows = md.split("\n").filter((l) => /^\| (?!how|---)/.test(l));
  expect(rows.map((r) => r.split("|")[1].trim())).toEqual([
    "one file at a time (the command's way)",
    "4 files at a time in one thread",
    "2 worker threads, one file each at a time",
    expect.stringMatching(/^the whole command/),
  ]);
  for (const r of rows) {
    const [perWorkbook, total, rss] = r.split("|").slice(2, 5).map(Number);
    expect({ r, ok: perWorkbook > 0 && total > 0 && rss > 0 }).toEqual({ r, ok: true });
  }
  expect(md).toMatch(/the bundle `node bin\/budget-evaluate\.js` \d+ ms; through tsx/);
}, 120000);
