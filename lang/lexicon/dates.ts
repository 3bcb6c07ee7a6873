/** Characters printed for zero in a year written in Chinese numerals: 二〇〇八, 二OO八 (letter O), 二○○八 (circle). */
export const ZERO_LOOKALIKES = "OoＯｏ○◯";

/** A written full date with named parts: 2020年4月3日, 二〇二〇年四月三日, 2023年08月09日, 二OO八年六月四日. */
export const DATE_YMD = `(?<y>\\d{4}|[〇零一二三四五六七八九${ZERO_LOOKALIKES}]{4})\\s*年\\s*(?<m>\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*(?<d>\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*[日号]`;

/** A line that is only a date, as under a signature (2020年4月3日). */
export const DATE_ONLY_LINE = new RegExp(`^${DATE_YMD}$`);

/** A line that starts with a date (2020年4月3日印发). */
export const DATE_LINE_START = new RegExp(`^${DATE_YMD}`);

/** A year's zeros read as 〇 (二OO八年 → 二〇〇八年), so the numeral parser reads it. */
export const foldZeros = (s: string) => s.replace(new RegExp(`[${ZERO_LOOKALIKES}]`, "g"), "〇");

/** Words before a year that make it a baseline, not a time the measure applies: 比2010年翻一番, 较2020年增长. */
export const BASELINE_BEFORE_WORDS = ["比", "较", "同比", "相比", "相较", "对比"] as const;
/** Words after a year that make it a baseline: 与2015年相比, 在2020年的基础上, 2019年同期. */
export const BASELINE_AFTER_WORDS = ["相比", "相较", "比较", "基础上", "的基础上", "水平", "的水平", "同期"] as const;
/** Verbs by which a measure issues a plan (出台《…三年行动计划(2022-2024)》): the plan's years date the measure. */
export const PLAN_ISSUING_VERBS = ["出台", "制定", "制订", "编制", "印发", "发布", "研究制定", "研究出台"] as const;
/** Words that introduce a length, so a Chinese-numeral length after them is one (为期一年, 有效期两年, 期限为三年). */
export const LENGTH_WORDS = [
  "为期",
  "期限为",
  "期限",
  "期为",
  "有效期为",
  "有效期",
  "试点期",
  "示范期",
  "实施期",
] as const;
