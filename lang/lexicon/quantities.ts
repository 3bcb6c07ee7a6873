/** Money units and their value in 元. */
export const MONEY_UNITS = { 元: 1, 万元: 1e4, 亿元: 1e8, 千元: 1e3 } as const;

/** Counter words a count may carry (FORMAT.md): 人, 人次, 个, 家, 次, 名, 户, 项, 所, 张, 批… */
export const COUNTERS = [
  "人次",
  "人",
  "个",
  "家",
  "次",
  "名",
  "户",
  "项",
  "所",
  "类",
  "批",
  "张",
  "位",
  "场",
  "座",
  "台",
  "套",
  "件",
  "条",
  "支",
] as const;

/** Counters printed another way: 1.6万人(次) is 人次. */
export const COUNTER_ALIASES = { "人(次)": "人次", "人（次）": "人次" } as const;

/** Counters an article 一 takes (建立一个机制, 打造一批品牌, 明确一名联络员, 一次告知): not a quantity when exact. */
export const ARTICLE_COUNTERS = [
  "个",
  "家",
  "项",
  "所",
  "批",
  "类",
  "位",
  "场",
  "座",
  "套",
  "张",
  "名",
  "户",
  "次",
  "件",
  "条",
  "支",
] as const;

/** Foreign currencies keep their own unit (FORMAT.md): 100万美元 → 1000000 美元. */
export const FOREIGN_CURRENCIES = ["美元", "欧元", "港元"] as const;

/** Nouns of people that make a bare number a count of 人: 100万以上贫困人口, 帮助5000余名… (with no counter word). */
export const PEOPLE_NOUNS = [
  "人口",
  "人员",
  "劳动力",
  "群众",
  "农民工",
  "毕业生",
  "职工",
  "居民",
  "老年人",
  "学生",
  "儿童",
] as const;

/** Ranks: 居前3名, 排名前十位 bound the count from above. */
export const RANK_BEFORE = "前";

/** Age units: 周岁 is written 岁. */
export const AGE_UNITS = ["周岁", "岁"] as const;

/**
 * Words before a number that bound it, with the bound they set. `reaches`: the word bounds a number
 * further on in its clause, past the standard it names (不低于当地最低工资标准的50%, 达到企业现有在职
 * 职工人数25%).
 */
const BOUNDS_BEFORE: Record<string, { bound: "max" | "min"; reaches?: true }> = {
  最高不超过: { bound: "max" }, // 最高不超过15万元
  最多不超过: { bound: "max" },
  原则上不超过: { bound: "max" },
  最长不超过: { bound: "max" },
  不超过: { bound: "max", reaches: true },
  不高于: { bound: "max", reaches: true },
  不得高于: { bound: "max", reaches: true },
  最高: { bound: "max" },
  最多: { bound: "max" },
  最长: { bound: "max" },
  不足: { bound: "max" }, // 不足20人
  低于: { bound: "max", reaches: true },
  只: { bound: "max" },
  不得低于: { bound: "min", reaches: true },
  不低于: { bound: "min", reaches: true }, // 不低于90%
  不少于: { bound: "min", reaches: true },
  至少: { bound: "min" }, // 至少有一人
  超过: { bound: "min" },
  达到: { bound: "min", reaches: true },
  高于: { bound: "min" },
  最低: { bound: "min" },
  满: { bound: "min" }, // 女满45周岁
};
const boundWords = (f: (b: (typeof BOUNDS_BEFORE)[string]) => boolean) =>
  Object.entries(BOUNDS_BEFORE)
    .filter(([, b]) => f(b))
    .map(([w]) => w);
/** Words before a number that bound it from above: 最高不超过15万元, 不足20人. */
export const MAX_BEFORE: readonly string[] = boundWords((b) => b.bound === "max");
/** Words before a number that bound it from below: 不低于90%, 至少有一人, 女满45周岁. */
export const MIN_BEFORE: readonly string[] = boundWords((b) => b.bound === "min");
/** Bound words that reach past a named standard to the number: 不低于当地最低工资标准的50%. */
export const REACHING_BOUNDS: readonly string[] = boundWords((b) => !!b.reaches);
/** Words after a number that bound it: 30人（含）以下, 70%以上, 55周岁及其以上, 10个工作日内. */
export const MAX_AFTER = ["（含）以下", "(含)以下", "及以下", "以下", "以内", "之内", "内"] as const;
export const MIN_AFTER = ["（含）以上", "(含)以上", "及其以上", "及以上", "以上"] as const;

/** Per words before an amount: 每人每月1000元 → 人·月. */
export const PER_BEFORE = {
  每人每月: "人·月",
  每月每人: "人·月",
  每人每天: "人·天",
  每天每人: "人·天",
  每人每日: "人·天",
  每人每年: "人·年",
  每年每人: "人·年",
  每人: "人",
  每月: "月",
  每年: "年",
} as const;

/** Per words after money: 20元/人·月. */
export const PER_AFTER = {
  "/人·月": "人·月",
  "/人/月": "人·月",
  "/月/人": "人·月",
  "/月·人": "人·月",
  "/天/人": "人·天",
  "/日/人": "人·天",
  "/年/人": "人·年",
  "/人/年": "人·年",
  "/人月": "人·月",
  "/人年": "人·年",
  "/人天": "人·天",
  "/人·天": "人·天",
  "/人/天": "人·天",
  "/人·年": "人·年",
  "/人": "人",
  "/月": "月",
  "/年": "年",
} as const;

/** Duration units: 3年, 6个月, 30日, 10个工作日, 半年. */
export const DURATION_UNITS = {
  个工作日: "workday",
  工作日: "workday",
  个月: "month",
  年: "year",
  日: "day",
  天: "day",
} as const;

/** Separators of a range: 16—24岁, 1至2名, 3—12个月, 2019年1月1日至12月31日. */
export const RANGE_SEPARATORS = "—–－\\-~～至到";

/** Verbs before the 1 of a rate base: 每新吸纳1人按…1000元, 引进1名高层次人才，给予最高5万元. */
export const RATE_BASE_VERBS = [
  "吸纳",
  "招用",
  "安置",
  "录用",
  "新增",
  "招收",
  "聘用",
  "引进",
  "培养",
  "认定",
  "推荐",
  "带动",
  "帮扶",
] as const;

/** Verbs whose bare 万 number counts people: 城镇新增就业11万以上, 培训农民工3.5万. */
export const PEOPLE_VERBS = ["新增就业", "转移就业", "就业", "培训", "输转", "转移", "吸纳", "帮扶", "安置"] as const;

/** Verbs of a yearly volume: a bare 年 before one is "per year" (年输转千人以上, 年培训5000人次). */
export const VOLUME_VERBS = [
  "输转",
  "培训",
  "转移",
  "新增",
  "招募",
  "吸纳",
  "开发",
  "安置",
  "带动",
  "输出",
  "减少",
  "增加",
] as const;

/** The head nouns a money amount's purpose phrase ends with: 最高45万元创业担保贷款, 一次性吸纳就业补贴. */
export const PURPOSE_HEADS = [
  "贷款",
  "补贴",
  "补助",
  "奖补",
  "奖励",
  "资金",
  "津贴",
  "费",
  "金",
  "保险",
  "岗位",
  "返还",
  "补偿",
  "基地",
  "项目",
] as const;

/** Words of money that make a bare 万/亿 number money in 元: 给予最高100万奖励, 补贴5万. */
export const MONEY_VERBS = ["奖励", "补贴", "补助", "资助", "扶持", "奖补", "贴息", "资金", "经费"] as const;
