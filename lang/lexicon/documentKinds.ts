/** The kinds of document a title ends in (…的通知, …实施意见, …管理办法), as an alternation. */
export const DOC_TYPES =
  "通知|意见|方案|办法|决定|规定|细则|措施|若干政策|公告|通告|通报|批复|请示|决议|函|规划|计划|要点|指南|条例|纲要|清单|规则|章程|预案";

/**
 * Documents a government portal publishes that are not notices: what their title says. A notice
 * (通知 / 意见 / 办法 …) has measures; these have report sections, budget tables or Q&A, and their
 * numbered headings are not measures. Each entry: the kind, the title words (matched on the head's
 * first lines joined, since such titles wrap), and a real title of the class.
 */
export const NON_NOTICE_KINDS = [
  // 洪泽区人民政府2023年政府信息公开工作年度报告
  {
    kind: "annual_report",
    words: ["政府信息公开工作年度报告", "政府信息公开年度报告", "政务公开工作年度报告"],
    example: "洪泽区人民政府2023年政府信息公开工作年度报告",
  },
  // 上海市普陀区2026年区级部门预算 / 2023年度部门决算 / 预算执行情况的报告
  {
    kind: "budget",
    words: ["部门预算", "单位预算", "部门决算", "单位决算", "预算公开", "决算公开", "预算执行情况", "预算草案"],
    example: "上海市普陀区2026年区级部门预算",
  },
  // 2023年淮安市国民经济和社会发展统计公报
  {
    kind: "statistics",
    words: ["统计公报", "统计年鉴", "统计月报"],
    example: "2023年淮安市国民经济和社会发展统计公报",
  },
  // 《关于进一步稳定和扩大就业的若干措施》政策解读 / 市人社局负责人就……答记者问
  {
    kind: "interpretation",
    words: ["政策解读", "图解", "一图读懂", "答记者问", "新闻发布会"],
    example: "《关于进一步稳定和扩大就业的若干措施》政策解读",
  },
] as const;

export type NonNoticeKind = (typeof NON_NOTICE_KINDS)[number]["kind"];

/** A table-of-contents line: a heading, dot leaders, maybe a page number (一、部门主要职能……………… 3). */
export const TOC_LINE = /(?:[…·.]{6,}|[.．]{3,}\s*[…·.]*)\s*\d{0,3}\s*$/;
