import fc from "fast-check";
import { join } from "node:path";
import { Bounds, HEAD_COLUMNS, blockRequests, headRows, plannedCellBytes, restAreas } from "../../../src/adapters/office/readBlocks";
import { rowRuns } from "../../../src/adapters/office/writeReportSheet";
import { FakeWorkbookState } from "../../fakes/fakeExcel";
import { fakeFromXlsx } from "../../fakes/fromXlsx";
import { adapter } from "../../helpers/officeAdapter";

const cellsOf = (b: Bounds) => (b.r1 - b.r0 + 1) * (b.c1 - b.c0 + 1);

const boundsArb = fc
  .record({ r0: fc.nat(3000), c0: fc.nat(40), h: fc.nat(3000), w: fc.nat(40) })
  .map(({ r0, c0, h, w }) => ({ r0, c0, r1: r0 + h, c1: c0 + w }));

describe("where a used range is read", () => {
  test("the heads of all input sheets together stay within one response's cells", () => {
    for (const n of [1, 2, 3, 4, 5]) expect(n * headRows(n) * HEAD_COLUMNS).toBeLessThanOrEqual(36000);
    expect(headRows(4)).toBe(346);
  });

  test("head and rest cover the used range exactly once", () => {
    fc.assert(
      fc.property(boundsArb, fc.integer({ min: 1, max: 2000 }), (used, rows) => {
        const head = { r0: 0, c0: 0, r1: rows - 1, c1: HEAD_COLUMNS - 1 };
        const seen = new Map<string, number>();
        const add = (b: Bounds) => {
          for (let r = b.r0; r <= b.r1; r += 97) for (let c = b.c0; c <= b.c1; c++) seen.set(`${r},${c}`, (seen.get(`${r},${c}`) ?? 0) + 1);
        };
        const inHead = { r0: used.r0, c0: used.c0, r1: Math.min(used.r1, head.r1), c1: Math.min(used.c1, head.c1) };
        if (inHead.r0 <= inHead.r1 && inHead.c0 <= inHead.c1) add(inHead);
        const rest = restAreas(used, rows);
        rest.forEach(add);
        const inside = rest.every((b) => b.r0 >= used.r0 && b.r1 <= used.r1 && b.c0 >= used.c0 && b.c1 <= used.c1);
        const headCells = inHead.r0 <= inHead.r1 && inHead.c0 <= inHead.c1 ? cellsOf(inHead) : 0;
        return inside && [...seen.values()].every((n) => n === 1) && headCells + rest.reduce((a, b) => a + cellsOf(b), 0) === cellsOf(used);
      }),
    );
  });

  test("a used range within its head needs nothing more", () => {
    expect(restAreas({ r0: 1, c0: 1, r1: 2, c1: 2 }, 750)).toEqual([]);
    expect(restAreas({ r0: 0, c0: 0, r1: 20001, c1: 10 }, 750)).toEqual([{ r0: 750, c0: 0, r1: 20001, c1: 10 }]);
  });

  test("blocks cover their areas; each request's estimate within the budget unless one row is wider", () => {
    const areas = [
      { r0: 750, c0: 0, r1: 20001, c1: 10 },
      { r0: 0, c0: 12, r1: 99, c1: 16383 },
    ];
    let asked = 0;
    const requests = [...blockRequests(areas, 4_000_000, () => (asked++, () => 40))];
    expect(asked).toBe(requests.length);
    for (const req of requests) {
      const estimate = req.reduce((a, b) => a + cellsOf(b) * 40, 0);
      if (req.length > 1 || req[0].r0 !== req[0].r1) expect(estimate).toBeLessThanOrEqual(4_000_000);
    }
    const blocks = requests.flat();
    expect(blocks.filter((b) => b.c0 === 0).reduce((a, b) => a + cellsOf(b), 0)).toBe(cellsOf(areas[0]));
    expect(blocks.filter((b) => b.c0 === 12).reduce((a, b) => a + cellsOf(b), 0)).toBe(cellsOf(areas[1]));
  });

  test("each area is planned at its own bytes per cell: a journal's long cells beside an input sheet's short ones", () => {
    const areas = [
      { r0: 750, c0: 0, r1: 20001, c1: 10, perCell: 40 },
      { r0: 3, c0: 0, r1: 300, c1: 0, perCell: 90_000 },
    ];
    const requests = [...blockRequests(areas, 4_000_000, () => (area) => area.perCell)];
    for (const req of requests) expect(req.reduce((a, b) => a + cellsOf(b) * b.perCell, 0)).toBeLessThanOrEqual(4_000_000);
    const rowsOf = (perCell: number) =>
      requests
        .flat()
        .filter((b) => b.perCell === perCell)
        .reduce((a, b) => a + b.r1 - b.r0 + 1, 0);
    expect(rowsOf(40)).toBe(20001 - 750 + 1);
    expect(rowsOf(90_000)).toBe(298);
  });

  test("the estimate per cell follows what was read, with a margin and a floor", () => {
    expect(plannedCellBytes(40_000, 1000)).toBe(60);
    expect(plannedCellBytes(1000, 1000)).toBe(31.5);
    expect(plannedCellBytes(0, 0)).toBe(150);
  });
});

describe("a sheet larger than its head, through the fake Excel", () => {
  const tall = () => {
    const values: (string | number | null)[][] = [["部门名称", "x"]];
    for (let r = 1; r < 3000; r++) values.push([`行${r}`, r, r % 7 === 0 ? `说明${r}` : null]);
    values[5][27] = "远处的格"; // column AB: right of the head
    values[2999][30] = 1; // AE3000: below and right
    return new FakeWorkbookState([
      { name: "基本信息", values, formats: [[], [null, "0.00"]] },
      { name: "绩效指标", values: [["指标名称"], ["a"]] },
    ]);
  };

  test("is read in more requests, every cell where it is", async () => {
    const state = tall();
    const read = await adapter(state).wb.read();
    expect(state.syncCount).toBeGreaterThan(2);
    const sheet = read.grid.sheets.find((s) => s.name === "基本信息")!;
    expect(sheet.values).toHaveLength(3000);
    expect(sheet.values[5][27]).toBe("远处的格");
    expect(sheet.values[2999][30]).toBe(1);
    expect(sheet.values[2999][0]).toBe("行2999");
    expect(sheet.values[2998][2]).toBeNull();
    expect(sheet.values[2996][2]).toBe("说明2996");
    expect(sheet.formats?.[1][1]).toBe("0.00");
    const held = sheet.values.reduce((n, row) => n + row.filter((v) => v !== null).length, 0);
    expect(held).toBe([...state.sheet("基本信息").cells.values()].filter((c) => c.value !== "").length);
  });

  test("a workbook of normal size wider than twelve columns is still read in two syncs", async () => {
    // methods.xlsx's indicator table has 13 columns (得分系数 and 评分标准 among them); a 决算 table may have 20.
    const state = await fakeFromXlsx(join(__dirname, "..", "..", "..", "examples", "methods.xlsx"));
    state.sheet("支出决算").cells.set("2,21", { value: 1, numberFormat: "General" }); // V3
    const read = await adapter(state).wb.read();
    expect(state.syncCount).toBe(2);
    expect(read.grid.sheets.find((s) => s.name === "绩效指标")!.values.some((row) => row.length === 13 && row[12] !== null)).toBe(true);
    expect(read.grid.sheets.find((s) => s.name === "支出决算")!.values[2][21]).toBe(1);
  });

  test("a sheet that starts far from A1 is read from where it starts", async () => {
    const values: (string | null)[][] = Array.from({ length: 2000 }, () => []);
    values[1500][40] = "远";
    values[1999][41] = "近";
    const state = new FakeWorkbookState([{ name: "基本信息", values }]);
    const sheet = (await adapter(state).wb.read()).grid.sheets[0];
    expect(sheet.values[1500][40]).toBe("远");
    expect(sheet.values[1999][41]).toBe("近");
    expect(sheet.values[1499]).toEqual([]);
  });
});

describe("the report is styled by runs of rows", () => {
  test("consecutive rows of one key make one run; rows without a key break it", () => {
    const keys = ["t", "t", undefined, "b", "b", "b", "h", "b", undefined, undefined, "b"];
    expect(rowRuns(keys, (k) => k)).toEqual([
      { key: "t", first: 1, last: 2 },
      { key: "b", first: 4, last: 6 },
      { key: "h", first: 7, last: 7 },
      { key: "b", first: 8, last: 8 },
      { key: "b", first: 11, last: 11 },
    ]);
  });
});
