/** The batch review and --help in Chinese. */
import type { BatchMessages } from "./types";

const HELP = (
  version: string,
  extensions: readonly string[],
) => `部门整体支出绩效自评助手 ${version}：校验、评分并起草报告，也可一次复核整个文件夹。

用法：budget-evaluate <工作簿或文件夹>... [选项]
      npm run evaluate -- <工作簿或文件夹>... [选项]

选项：
  --summary 汇总.xlsx   写一个汇总工作簿：每个文件一行（部门、年度、决算支出合计、基本支出、项目支出、预算执行率、
                        自评总分、等级、错误数、警告数，表内有合计行时另列填报总分及差额），另一张表列出全部问题；
                        文件夹递归读取其中的 ${extensions.join("、")} 文件；无法读取的文件成为带原因的一行
                        例：budget-evaluate 各部门自评 --summary 汇总.xlsx
  --json                输出 JSON：每个工作簿一个文档（多个为数组）；与 --summary 同用时输出汇总
                        例：budget-evaluate 自评表.xlsx --json
  --lang zh-CN|en       信息、汇总和报告说明的语言（默认 zh-CN；--help 未指定时依 LANG 环境变量）
                        例：budget-evaluate 自评表.xlsx --lang en
  --out 文件.xlsx       另存评分后的工作簿及其报告表，总是 .xlsx 格式（只限一个输入；输入文件本身从不改写）
                        例：budget-evaluate 自评表.xlsx --out 已评分.xlsx
  --docx 报告.docx      把起草的报告另存为公文格式（GB/T 9704）的 Word 文档（只限一个输入）
                        例：budget-evaluate 自评表.xlsx --docx 绩效评价报告.docx
  --table 类别=工作表!A1:J20
                        工作簿中同类表格不止一个时，指定读取哪一个（类别：indicators、funds、expenditure 等）；
                        每类可指定一次
                        例：budget-evaluate 自评表.xlsx --table indicators=自评表!A10:J30
  --report-text         以纯文本打印起草的报告
                        例：budget-evaluate 自评表.xlsx --report-text
  --undo                撤销本工具上次写入的得分和报告表，恢复后的工作簿另存到 --out（只限一个输入；输入文件本身
                        从不改写）
                        例：budget-evaluate 已评分.xlsx --undo --out 已恢复.xlsx
  --quiet               不显示进度行（进度只在终端中、批量超过 1 秒时显示于 stderr）
                        例：budget-evaluate 各部门自评 --summary 汇总.xlsx --quiet
  -h, --help            显示本帮助            例：budget-evaluate --help --lang en
  -v, --version         显示版本号            例：budget-evaluate --version

退出状态：0 无错误（可有警告），1 有校验错误，2 有无法读取的文件或参数错误`;

export const ZH_BATCH: BatchMessages = {
  help: HELP,
  summarySheet: "汇总",
  findingsSheet: "问题清单",
  summaryHeaders: {
    file: "文件",
    department: "部门",
    year: "年度",
    unit: "金额单位",
    total: "决算支出合计",
    basic: "基本支出",
    project: "项目支出",
    executionRate: "预算执行率（%）",
    score: "自评总分",
    grade: "评价等级",
    errors: "错误数",
    warnings: "警告数",
    enteredTotal: "表内填报总分",
    difference: "差额（计算−填报）",
    unreadable: "无法读取的原因",
  },
  findingHeaders: { file: "文件", sheet: "工作表", cell: "单元格", severity: "级别", code: "代码", message: "说明" },
  severity: { error: "错误", warning: "警告" },
  gradeWithheld: "暂不评级",
  progress: (done, total, seconds, file) => `已复核 ${done}/${total} 个工作簿，用时 ${seconds.toFixed(0)} 秒：${file}`,
  fileLine: (r) =>
    r.unreadable !== null
      ? `${r.file}  无法读取：${r.unreadable}`
      : `${r.file}  ${r.department ?? "（无部门）"}  ${r.year ?? "（无年度）"}  总分 ${r.score?.toFixed(2) ?? "未计分"} ${r.grade ?? "暂不评级"}  ${r.errors} 个错误，${r.warnings} 个警告`,
  summaryWritten: (path, files, unreadable) =>
    `汇总已写入 ${path}：${files} 个文件${unreadable > 0 ? `，其中 ${unreadable} 个无法读取` : ""}`,
};
