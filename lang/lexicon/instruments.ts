/**
 * Policy instruments of employment notices, for grouping comparable measures across regions and
 * years. One entry per instrument: a stable id, its usual name, and the phrases that name it in
 * the text (a measure or an amount's sentence that contains one belongs to the instrument).
 */
export const INSTRUMENTS = [
  { id: "wengang-fanhuan", name: "稳岗返还", patterns: [/稳岗返还/, /返还[^。；]{0,12}失业保险费/, /稳岗补贴/] },
  { id: "chuangye-danbao-daikuan", name: "创业担保贷款", patterns: [/创业担保贷款/] },
  { id: "jiuye-jianxi", name: "就业见习补贴", patterns: [/见习补贴/, /就业见习/, /见习岗位/] },
  { id: "xina-jiuye-butie", name: "一次性吸纳就业补贴", patterns: [/吸纳就业补贴/, /一次性用工补贴/] },
  { id: "jineng-tisheng", name: "技能提升补贴", patterns: [/技能提升补贴/, /技术技能提升补贴/] },
  { id: "zhiye-peixun", name: "职业培训补贴", patterns: [/职业培训补贴/, /培训补贴/, /以工代训/] },
  { id: "shebao-butie", name: "社会保险补贴", patterns: [/社会保险补贴/, /社保补贴/] },
  {
    id: "shebao-jianmian",
    name: "社会保险费减免缓",
    patterns: [/(?:免征|减征|减半征收|缓缴)[^。；]{0,20}(?:社会保险费|养老|失业|工伤)/, /阶段性降低失业保险费率/],
  },
  { id: "gongyi-gangwei", name: "公益性岗位", patterns: [/公益性岗位/] },
  { id: "chuangye-butie", name: "创业补贴", patterns: [/一次性创业补贴/, /创业补贴/] },
  { id: "qiuzhi-chuangye-butie", name: "求职创业补贴", patterns: [/求职创业补贴/] },
  { id: "shiye-baoxian-jin", name: "失业保险金", patterns: [/失业保险金/] },
  { id: "linshi-shenghuo-buzhu", name: "临时生活补助", patterns: [/临时生活补助/, /生活费补贴/, /价格临时补贴/] },
  { id: "jiceng-jiuye", name: "基层就业项目", patterns: [/三支一扶/, /西部计划/, /特岗计划/] },
  { id: "laowu-shuchu", name: "劳务输出补助", patterns: [/劳务输出/, /输转/, /交通、?食宿费补助/] },
  { id: "chuangye-fuhua", name: "创业孵化基地", patterns: [/创业孵化/, /孵化基地/, /创业园区/] },
  { id: "caiyuan-guifan", name: "规模裁员规范", patterns: [/裁减人员/, /经济性裁员/] },
  // beyond employment: the topics other notices carry (talent, science, investment promotion, consumption, housing, relief)
  {
    id: "rencai-yinjin",
    name: "人才引进补贴",
    patterns: [/人才引进/, /引才/, /安家补贴/, /安家费/, /人才(?:购房|住房|生活)补贴/],
  },
  {
    id: "keji-yanfa",
    name: "研发投入奖补",
    patterns: [
      /研发(?:费用|投入)[^。；]{0,10}(?:补助|奖励|补贴)/,
      /高新技术企业[^。；]{0,10}(?:奖励|补助)/,
      /科技型中小企业/,
    ],
  },
  {
    id: "zhaoshang-yinzi",
    name: "招商引资奖励",
    patterns: [/招商引资/, /(?:引进|落户)[^。；]{0,12}项目[^。；]{0,12}奖励/, /固定资产投资[^。；]{0,10}(?:奖励|补助)/],
  },
  { id: "xiaofei-quan", name: "消费券", patterns: [/消费券/, /惠民券/] },
  { id: "zhufang-baozhang", name: "住房保障", patterns: [/公共租赁住房/, /公租房/, /保障性(?:租赁)?住房/, /租赁补贴/] },
  // the payment, not the group: 低保家庭 and 特困人员 are often only whom an employment measure targets
  { id: "dibao", name: "最低生活保障", patterns: [/(?:最低生活保障|低保)(?:标准|金|补差|资金)/] },
  { id: "tekun-gongyang", name: "特困人员救助供养", patterns: [/特困(?:人员)?(?:救助)?供养/] },
  { id: "zhongxiao-rongzi", name: "中小企业融资支持", patterns: [/贷款贴息/, /融资担保/, /担保费补贴/, /应急转贷/] },
] as const;

export type InstrumentId = (typeof INSTRUMENTS)[number]["id"];

/**
 * Whom a parameter's value is for, or the condition it sets, as written in the amount's clause
 * (大型企业按…30%返还，中小微企业按60%返还 → large, sme). A condition wins; else the first group
 * word in the clause, the longer at the same place.
 */
export const PARAM_GROUPS = [
  // a condition the value sets wins over the group it applies to (参保企业裁员率不高于…20% is a layoff threshold)
  { slug: "layoff", words: ["裁员率"], condition: true },
  // 对见习人员见习期满留用率达到50%以上的单位，将见习补贴标准提高到每人每月1200元
  { slug: "retention", words: ["留用率"], condition: true },
  { slug: "sme", words: ["中小微企业", "中小企业"] },
  { slug: "small_micro", words: ["小微企业"] },
  { slug: "large", words: ["大型企业"] },
  { slug: "individual_business", words: ["个体工商户"] },
  { slug: "partnership", words: ["合伙创业"] },
  { slug: "graduates", words: ["高校毕业生"] },
  { slug: "hard_to_employ", words: ["就业困难人员"] },
  { slug: "migrant_workers", words: ["农民工"] },
  { slug: "trainee", words: ["见习人员"] },
  { slug: "individual", words: ["个人"] },
  { slug: "enterprise", words: ["企业"] },
  { slug: "employer", words: ["单位"] },
] as const;

/** The characters of a `per` (人·月) as words for a parameter name. */
export const PER_WORDS: Record<string, string> = {
  人: "person",
  月: "month",
  年: "year",
  天: "day",
  日: "day",
  户: "household",
  次: "time",
  家: "firm",
  个: "unit",
  名: "person",
  场: "event",
  期: "session",
};
