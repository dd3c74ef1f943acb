/** .xls files (BIFF8, as the 决算 software exports them) read into the same grid; encrypted and foreign files said so. */
import { XlsxWorkbook } from "../../../src/adapters/xlsx/xlsxWorkbook";
import { UnreadableFileError, loadAnyWorkbook, workbookToGrid } from "../../../src/adapters/xlsx/readGrid";
import { evaluate } from "../../../src/core/evaluate";
import { basicExpenditureTable, expenditureTable, incomeSummaryTable } from "../../helpers/finalAccounts";
import { compoundFile, encryptedXls, encryptedXlsx, fromGrids, odsFile, xlsFile } from "../../helpers/xls";

async function reason(data: Buffer): Promise<string> {
  try {
    await loadAnyWorkbook(data);
    return "read";
  } catch (e) {
    return e instanceof UnreadableFileError ? e.code : `other: ${(e as Error).message}`;
  }
}

describe(".xls workbooks", () => {
  test("values, number formats, merged cells and hidden sheets, as from an .xlsx", async () => {
    const data = xlsFile([
      {
        name: "S",
        values: [
          ["标题", null, 0.95],
          ["合并", 2513.05, "文本"],
          [null, null, null],
        ],
        formats: { C1: "0%" },
        merges: ["A2:A3"],
      },
      { name: "旧", values: [["x"]], hidden: true },
    ]);
    const { workbook, format } = await loadAnyWorkbook(data);
    expect(format).toBe("xls");
    const grid = workbookToGrid(workbook);
    expect(grid.sheets.map((s) => [s.name, s.hidden ?? false])).toEqual([
      ["S", false],
      ["旧", true],
    ]);
    const s = grid.sheets[0];
    expect(s.values[0]).toEqual(["标题", null, 0.95]);
    expect(s.formats?.[0][2]).toBe("0%");
    expect(s.values[1]).toEqual(["合并", 2513.05, "文本"]);
    expect(s.values[2]?.[0] ?? null).toBeNull();
  });

  test("the 决算 tables in 元 from an .xls give the same figures as from the grid", async () => {
    const tables = [incomeSummaryTable(), expenditureTable(), basicExpenditureTable()];
    const port = await XlsxWorkbook.load(xlsFile(fromGrids(tables)));
    expect(port.format).toBe("xls");
    const e = evaluate((await port.read()).grid);
    expect(e.spending).toMatchObject({ total: 2513.051234, basic: 518.311234, personnel: 405.87, public: 112.441234, project: 1994.74 });
    expect(e.model.spending.fields.total).toMatchObject({ sheet: "公开03表", cell: "C7" });
    expect(e.model.info).toMatchObject({ department: { text: "示例县农业农村局（虚构）" }, year: { value: 2023 } });
  });
});

describe("files that are not readable workbooks", () => {
  test("an encrypted .xlsx and an encrypted .xls are said to be encrypted", async () => {
    expect(await reason(encryptedXlsx())).toBe("ENCRYPTED");
    expect(await reason(encryptedXls())).toBe("ENCRYPTED");
  });

  test(".ods and .csv are not Excel workbooks; a damaged .xlsx is damaged; none gives a library's text", async () => {
    expect(await reason(odsFile([{ name: "S", values: [["a"]] }]))).toBe("NOT_WORKBOOK");
    expect(await reason(Buffer.from("部门,年度\n示例局,2023\n"))).toBe("NOT_WORKBOOK");
    const xlsx = xlsFile([{ name: "S", values: [["a"]] }]);
    const { workbook } = await loadAnyWorkbook(xlsx);
    const whole = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await reason(whole.subarray(0, 2000))).toBe("DAMAGED");
    // A compound file that holds no workbook (a Word 97 .doc), and one cut short.
    expect(await reason(compoundFile("WordDocument"))).toBe("NOT_WORKBOOK");
    expect(await reason(xlsx.subarray(0, 600))).toBe("DAMAGED");
  });
});
