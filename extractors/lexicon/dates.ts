/** A written full date with named parts: 2020年4月3日, 二〇二〇年四月三日, 2023年08月09日. */
export const DATE_YMD = "(?<y>\\d{4}|[〇零一二三四五六七八九]{4})\\s*年\\s*(?<m>\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*(?<d>\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*[日号]";

/** A line that is only a date, as under a signature (2020年4月3日). */
export const DATE_ONLY_LINE = new RegExp(`^${DATE_YMD}$`);

/** A line that starts with a date (2020年4月3日印发). */
export const DATE_LINE_START = new RegExp(`^${DATE_YMD}`);
