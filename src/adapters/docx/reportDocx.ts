/**
 * The report as a Word document in 公文 format (GB/T 9704-2012), built with the `docx` library: A4 with the
 * standard margins, the title in 2号 方正小标宋简体, body text in 3号 仿宋_GB2312 at 22 lines a page with a
 * two-character first-line indent, headings 一、 in 黑体 and （一） in 楷体_GB2312, page numbers "— 1 —" in 4号 宋体
 * on the outer side, and the department and date right-aligned at the end.
 */
import {
  AlignmentType,
  Document,
  Footer,
  IRunOptions,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from "docx";
import type { DocumentProperties } from "../../app/exportReport";
import type { ReportBlock } from "../../core/reportLayout";
import { FACES, FOOTER_DISTANCE, Face, LINE_TWIPS, MARGINS, PAGE, SIZE, TWO_CHARS } from "./gongwen";

/** The east-Asian name is the one Word picks for Chinese text; the others make digits and Latin text match. */
function fonts(face: Face) {
  return { eastAsia: face.name, ascii: face.name, hAnsi: face.name, cs: face.name, hint: "eastAsia" };
}

/**
 * XML 1.0 cannot hold most control characters: a pasted one would make the file unreadable. Tabs and line
 * breaks inside a paragraph become spaces, as the report's text has one paragraph per line.
 */
export function printable(text: string): string {
  return [...text]
    .map((ch) => {
      const c = ch.codePointAt(0)!;
      if (c === 0x09 || c === 0x0a || c === 0x0d) return " ";
      return c < 0x20 || c === 0xfffe || c === 0xffff ? "" : ch;
    })
    .join("");
}

const run = (text: string, face: Face, size: number = SIZE.body): TextRun =>
  // Text only: the library escapes it, and nothing in it becomes a field or markup.
  new TextRun({ text: printable(text), font: fonts(face), size } satisfies IRunOptions);

const EXACT = { line: LINE_TWIPS, lineRule: LineRuleType.EXACT };

/** The faces of a caption at each heading level: 一、 黑体, （一） 楷体, 1. 仿宋 (GB/T 9704 §7.3.3). */
const CAPTION_FACES: Face[] = [FACES.body, FACES.heading1, FACES.heading2, FACES.body];

function textParagraph(b: ReportBlock): Paragraph {
  const children = [];
  if (b.lead) children.push(run(b.lead, CAPTION_FACES[b.level]));
  if (b.rest || !b.lead) children.push(run(b.rest, FACES.body));
  return new Paragraph({ children, alignment: AlignmentType.JUSTIFIED, indent: { firstLine: TWO_CHARS }, spacing: EXACT });
}

function titleParagraph(text: string, last: boolean): Paragraph {
  return new Paragraph({
    children: [run(text, FACES.title, SIZE.title)],
    alignment: AlignmentType.CENTER,
    // 标题下空一行 (a blank line between the title and the text).
    spacing: { ...EXACT, after: last ? LINE_TWIPS : 0 },
  });
}

/** A line's width in characters of 3号: a CJK or full-width character is one, a digit or Latin letter half. */
function widthInChars(text: string): number {
  return [...text].reduce((w, ch) => w + (ch.charCodeAt(0) >= 0x1100 ? 1 : 0.5), 0);
}

/**
 * 成文日期 right-aligned four characters from the margin (右空四字), and the 署名 centred over the date
 * (GB/T 9704 §7.3.5.1), after a blank line.
 */
function signatureParagraphs(signature: ReportBlock | undefined, date: ReportBlock): Paragraph[] {
  const dateIndent = 2 * TWO_CHARS;
  const paragraph = (text: string, right: number, first: boolean) =>
    new Paragraph({
      children: [run(text, FACES.body)],
      alignment: AlignmentType.RIGHT,
      indent: { right },
      spacing: { ...EXACT, before: first ? LINE_TWIPS : 0 },
    });
  if (!signature) return [paragraph(date.rest, dateIndent, true)];
  const centred = dateIndent + ((widthInChars(date.rest) - widthInChars(signature.rest)) / 2) * (TWO_CHARS / 2);
  return [paragraph(signature.rest, Math.max(0, Math.round(centred)), true), paragraph(date.rest, dateIndent, false)];
}

export function blockParagraphs(blocks: ReportBlock[]): Paragraph[] {
  const titles = blocks.filter((b) => b.kind === "title");
  const text = blocks.filter((b) => b.kind === "text").map(textParagraph);
  const date = blocks.find((b) => b.kind === "date");
  return [
    ...titles.map((b, i) => titleParagraph(b.rest, i === titles.length - 1)),
    ...text,
    ...(date ? signatureParagraphs(blocks.find((b) => b.kind === "signature"), date) : []),
  ];
}

/** "— 1 —": 4号 宋体 digits between two 一字线, a character in from the outer edge (odd pages right, even left). */
function pageNumberFooter(side: "odd" | "even"): Footer {
  const odd = side === "odd";
  return new Footer({
    children: [
      new Paragraph({
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        // Single spacing: the body's exact 28.95 pt would push the number off its place below the 版心.
        spacing: { line: 240, lineRule: LineRuleType.AUTO },
        indent: odd ? { right: SIZE.pageNumber * 10 } : { left: SIZE.pageNumber * 10 },
        children: [
          new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font: fonts(FACES.pageNumber), size: SIZE.pageNumber }),
        ],
      }),
    ],
  });
}

/** The document (not yet packed): pack it with packDocx (pack.ts) for bytes that depend on the text alone. */
export function reportDocument(blocks: ReportBlock[], properties: DocumentProperties): Document {
  return new Document({
    title: printable(properties.title),
    creator: "",
    lastModifiedBy: "",
    revision: 1,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: fonts(FACES.body), size: SIZE.body }, paragraph: { spacing: EXACT } } } },
    sections: [
      {
        properties: {
          page: {
            size: { ...PAGE, orientation: PageOrientation.PORTRAIT },
            margin: { ...MARGINS, header: MARGINS.top / 2, footer: FOOTER_DISTANCE, gutter: 0 },
          },
          grid: { linePitch: LINE_TWIPS },
        },
        footers: { default: pageNumberFooter("odd"), even: pageNumberFooter("even") },
        children: blockParagraphs(blocks),
      },
    ],
  });
}
