/**
 * 基本信息: the department, the year, the amount unit (which every other reader's amounts are in), the
 * report date and the free texts, each a label with its value to the right.
 */
import { ExpectedValue, Finding, Severity, finding } from "../findings";
import { SheetGrid, cellFormat, cellValue } from "../grid";
import { DepartmentInfo, Located, LocatedText } from "../model";
import { parseDate, parseYear } from "../parse";
import { INFO_FIELDS, InfoField, REQUIRED_INFO, SHEETS, displayName } from "../schema";
import { normalizeLabel } from "../text";
import { LabelHit, hasLabels, nextFreeCell, scanLabels, sheetsByNameOrContent, textAt, valueCell } from "./scan";
import { TableRead, TableReader, neededWithoutOtherData } from "./table";
import { TitleLines, readTitleLines } from "./titles";

const INFO_KEYS = Object.keys(INFO_FIELDS) as InfoField[];

/** The hits of one 基本信息 sheet, with where each value is. */
class InfoCells {
  constructor(
    readonly sheet: SheetGrid,
    readonly hits: Map<InfoField, LabelHit>,
  ) {}

  /** The hit of a label that has a value. */
  valued(key: InfoField): LabelHit | undefined {
    const h = this.hits.get(key);
    return h?.hasValue ? h : undefined;
  }

  at(h: LabelHit): Located {
    return { sheet: this.sheet.name, cell: valueCell(h) };
  }

  text(key: InfoField): LocatedText | undefined {
    const h = this.valued(key);
    return h && { ...this.at(h), text: textAt(this.sheet, h.valueRow, h.valueCol) };
  }

  /** An INVALID_VALUE finding on a label's value. */
  invalid(severity: Severity, h: LabelHit, field: string, expected: ExpectedValue): Finding {
    const text = textAt(this.sheet, h.valueRow, h.valueCol);
    return finding(severity, "INVALID_VALUE", this.sheet.name, valueCell(h), { field, text, expected });
  }
}

function absentInfo(): DepartmentInfo {
  const missingAt: DepartmentInfo["missingAt"] = {};
  for (const key of INFO_KEYS) missingAt[key] = { sheet: SHEETS.info[0], cell: "A1" };
  return { unit: "万元", missingAt };
}

/**
 * What the forms' title lines give where the 基本信息 sheet is absent or has no value for the field; a value
 * there that cannot be read stays an error on its cell and is not replaced.
 */
function withTitleLines(info: DepartmentInfo, titles: TitleLines, written: (key: InfoField) => boolean = () => false): DepartmentInfo {
  const out: DepartmentInfo = { ...info, missingAt: { ...info.missingAt } };
  for (const key of ["department", "year", "reportDate"] as const) {
    const found = titles[key];
    if (found === undefined || written(key)) continue;
    Object.assign(out, { [key]: found });
    delete out.missingAt[key];
  }
  return out;
}

function readInfo(sheet: SheetGrid, titles: TitleLines): { info: DepartmentInfo; findings: Finding[] } {
  const cells = new InfoCells(sheet, scanLabels(sheet, INFO_FIELDS));
  const info: DepartmentInfo = { unit: "万元", missingAt: {} };
  const findings: Finding[] = [];
  for (const key of INFO_KEYS) {
    const h = cells.hits.get(key);
    if (!h?.hasValue) info.missingAt[key] = h ? cells.at(h) : { sheet: sheet.name, cell: nextFreeCell(sheet) };
  }
  for (const key of REQUIRED_INFO) {
    if (cells.valued(key) || titles[key as keyof TitleLines]) continue;
    const h = cells.hits.get(key);
    findings.push(
      finding("error", "MISSING_FIELD", sheet.name, h ? valueCell(h) : nextFreeCell(sheet), { field: displayName(INFO_FIELDS, key) }),
    );
  }
  info.department = cells.text("department");
  info.basis = cells.text("basis");
  info.goal = cells.text("goal");
  info.achievement = cells.text("achievement");
  info.unitType = cells.text("unitType");
  info.subject = cells.text("subject");
  info.reportTitle = cells.text("reportTitle");
  info.selfEvaluationWork = cells.text("selfEvaluationWork");
  findings.push(...readYear(cells, info), ...readUnit(cells, info), ...readReportDate(cells, info));
  return { info: withTitleLines(info, titles, (key) => cells.valued(key) !== undefined), findings };
}

function readYear(cells: InfoCells, info: DepartmentInfo): Finding[] {
  const h = cells.valued("year");
  if (!h) return [];
  const y = parseYear(cellValue(cells.sheet, h.valueRow, h.valueCol));
  if (y !== undefined) {
    info.year = { ...cells.at(h), value: y };
    return [];
  }
  info.missingAt.year = cells.at(h);
  return [cells.invalid("error", h, "评价年度", "year")];
}

function readUnit(cells: InfoCells, info: DepartmentInfo): Finding[] {
  const h = cells.valued("unit");
  if (!h) return [];
  const u = normalizeLabel(textAt(cells.sheet, h.valueRow, h.valueCol));
  if (u === "元" || u === "万元") {
    info.unit = u;
    return [];
  }
  return [cells.invalid("error", h, "金额单位", "unit")];
}

function readReportDate(cells: InfoCells, info: DepartmentInfo): Finding[] {
  const h = cells.valued("reportDate");
  if (!h) return [];
  const d = parseDate(cellValue(cells.sheet, h.valueRow, h.valueCol), cellFormat(cells.sheet, h.valueRow, h.valueCol));
  if (d) {
    info.reportDate = { ...cells.at(h), date: d };
    return [];
  }
  info.missingAt.reportDate = cells.at(h);
  return [cells.invalid("warning", h, "报告日期", "date")];
}

export const INFO_READER: TableReader<{ info: DepartmentInfo }> = {
  key: "info",
  required: neededWithoutOtherData,
  // The project's own layout: by its name, or by the labels 部门名称 and 评价年度 with their values.
  find: (grid) => sheetsByNameOrContent(grid, "info", (s) => hasLabels(s, INFO_FIELDS, ["department", "year"])),
  read(sheet, _ctx, at): TableRead<{ info: DepartmentInfo }> {
    const titles = at ? readTitleLines(at.grid) : {};
    if (!sheet) return { part: { info: withTitleLines(absentInfo(), titles) }, findings: [] };
    const { info, findings } = readInfo(sheet, titles);
    return { part: { info }, findings, context: { unit: info.unit } };
  },
};
