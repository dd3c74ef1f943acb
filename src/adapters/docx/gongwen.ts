/**
 * The 公文 format of GB/T 9704-2012 (党政机关公文格式) as numbers: A4 paper, the margins of its 版心, 22 lines a page
 * of 3号 text, and the fonts of each kind of line. Sizes are in half-points (w:sz) and lengths in twips (1/20 pt).
 */

/** Word's lengths: a twip is 1/20 of a point, a point 1/72 inch. */
const TWIPS_PER_POINT = 20;

/**
 * A length in millimetres as Word stores one typed in centimetres: it keeps tenths of a point, so 2.8 cm is
 * 79.4 pt = 1588 twips (not 1587.4 rounded); 公文 templates made in Word carry these values.
 */
export function mmToTwips(mm: number): number {
  const tenthsOfPoint = Math.round((mm / 25.4) * 72 * 10);
  return (tenthsOfPoint * TWIPS_PER_POINT) / 10;
}

/** A4 portrait, 210 × 297 mm. */
export const PAGE = { width: 11906, height: 16838 };

/** 天头 37 mm, bottom 35 mm, 订口 (left) 28 mm, right 26 mm: a 版心 of 156 × 225 mm. */
export const MARGINS = { top: mmToTwips(37), bottom: mmToTwips(35), left: mmToTwips(28), right: mmToTwips(26) };

/** 22 lines a page: 225 mm of 版心 ÷ 22 is 28.99 pt; Word's 公文 templates use exactly 28.95 pt. */
export const LINE_TWIPS = 579;

/** Chinese type sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt. */
export const SIZE = { title: 44, body: 32, pageNumber: 28 };

/** Two characters of 3号 text: the first-line indent of every paragraph, and the 署名's right indent. */
export const TWO_CHARS = 2 * 16 * TWIPS_PER_POINT;

/**
 * The page number sits 7 mm below the 版心 (GB/T 9704 §7.5): the footer's distance from the page's bottom edge is
 * the bottom margin less those 7 mm and the 4号 line.
 */
export const FOOTER_DISTANCE = mmToTwips(35 - 7) - SIZE.pageNumber * 10;

export interface Face {
  /** The name the document asks for (written as w:rFonts eastAsia, ascii and hAnsi). */
  name: string;
  /** What to use where it is missing (w:altName in the font table). */
  fallback: string;
}

/** The fonts of a 公文: the _GB2312 faces and 方正小标宋 come with government machines, the fallbacks with Windows. */
export const FACES = {
  title: { name: "方正小标宋简体", fallback: "宋体" },
  body: { name: "仿宋_GB2312", fallback: "仿宋" },
  heading1: { name: "黑体", fallback: "SimHei" },
  heading2: { name: "楷体_GB2312", fallback: "楷体" },
  pageNumber: { name: "宋体", fallback: "SimSun" },
} satisfies Record<string, Face>;
