/** The 决算 public tables as the 决算 software exports them (公开01, 03 and 06表), in 元, with fictional figures that reconcile. */
import { CellValue, SheetGrid } from "../../src/core/grid";
import { sheet } from "./grid";

const HEAD = (title: string, code: string, unit = "元"): CellValue[][] => [
  [title],
  [null, null, null, null, null, null, null, code],
  ["编制单位：示例县农业农村局（虚构）", null, null, "2023年度", null, null, null, `金额单位：${unit}`],
];

/** 支出决算表: 合计 = 25,130,512.34 元 = 基本 5,183,112.34 + 项目 19,947,400.00 (+ 0 other). */
export function expenditureTable(name = "公开03表", total: CellValue = 25130512.34): SheetGrid {
  return sheet(name, [
    ...HEAD("支出决算表", "公开03表"),
    ["项目", null, "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"],
    ["功能分类科目编码", "科目名称", null, null, null, null, null, null],
    ["栏次", null, 1, 2, 3, 4, 5, 6],
    ["合计", null, total, 5183112.34, 19947400, 0, 0, 0],
    [201, "一般公共服务支出", 1200000, 1200000, 0, 0, 0, 0],
    [213, "农林水支出", 23930512.34, 3983112.34, 19947400, 0, 0, 0],
    [21301, "农业农村", 23930512.34, 3983112.34, 19947400, 0, 0, 0],
  ]);
}

/** 一般公共预算财政拨款基本支出决算表: 人员经费合计 4,058,700.00 + 公用经费合计 1,124,412.34 = 5,183,112.34. */
export function basicExpenditureTable(name = "公开06表"): SheetGrid {
  return sheet(name, [
    ...HEAD("一般公共预算财政拨款基本支出决算表", "公开06表"),
    ["人员经费", null, null, "公用经费", null, null, null, null, null],
    ["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"],
    [301, "工资福利支出", 3800000, 302, "商品和服务支出", 1000000, 310, "资本性支出", 124412.34],
    [303, "对个人和家庭的补助", 258700, null, null, null, null, null, null],
    ["人员经费合计", null, 4058700, "公用经费合计", null, null, null, null, 1124412.34],
  ]);
}

/** 收入支出决算总表: 本年支出合计 in its 金额 column, after the 行次 column. */
export function incomeSummaryTable(name = "公开01表", total: CellValue = 25130512.34, unit = "元"): SheetGrid {
  return sheet(name, [
    ...HEAD("收入支出决算总表", "公开01表", unit),
    ["收入", null, null, "支出", null, null],
    ["项目", "行次", "金额", "项目", "行次", "金额"],
    ["栏次", null, 1, "栏次", null, 2],
    ["一、一般公共预算财政拨款收入", 1, 25130512.34, "一、一般公共服务支出", 32, 1200000],
    [null, null, null, "二、农林水支出", 43, 23930512.34],
    ["本年收入合计", 26, 25130512.34, "本年支出合计", 57, total],
  ]);
}
