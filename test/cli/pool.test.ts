import { mapLimit } from "../../src/cli/pool";

test("at most `limit` in flight, results in the items' order, every item reported done once", async () => {
  let inFlight = 0;
  let most = 0;
  const done: string[] = [];
  const work = async (n: number) => {
    most = Math.max(most, ++inFlight);
    await new Promise((r) => setTimeout(r, (7 - n) * 3)); // later items finish sooner
    inFlight--;
    return n * 10;
  };
  const out = await mapLimit([1, 2, 3, 4, 5, 6], 3, work, (count, n) => done.push(`${count}:${n}`));
  expect(out).toEqual([10, 20, 30, 40, 50, 60]);
  expect(most).toBe(3);
  expect(done.map((d) => Number(d.split(":")[0]))).toEqual([1, 2, 3, 4, 5, 6]);
  expect(done.map((d) => Number(d.split(":")[1])).sort()).toEqual([1, 2, 3, 4, 5, 6]);
  expect(await mapLimit([], 4, work)).toEqual([]);
  expect(await mapLimit([1, 2], 1, work)).toEqual([10, 20]);
});
