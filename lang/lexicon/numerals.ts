/** Chinese numeral characters and their values. */
export const DIGITS_ZH = {
  〇: 0,
  零: 0,
  一: 1,
  壹: 1,
  二: 2,
  两: 2, // 两证整合, 两年
  贰: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
} as const;

/** Multipliers inside a section (十百千) and section magnitudes (万亿). */
export const SMALL_UNITS_ZH = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 } as const;
export const BIG_UNITS_ZH = { 万: 1e4, 亿: 1e8 } as const;

/** Character class of every numeral character, for building patterns. */
export const NUMERAL_ZH_CHARS = "〇零一壹二两贰三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿";

/** The everyday digits, without 两 and 大写: years 二〇二〇, 百分之三十五点五. */
export const PLAIN_DIGITS_ZH = "〇零一二三四五六七八九";
/** 大写 numerals, written on money and cheques: 贰仟元, 壹万元. */
export const CAPITAL_NUMERALS_ZH = "壹贰叁肆伍陆柒捌玖拾佰仟";
