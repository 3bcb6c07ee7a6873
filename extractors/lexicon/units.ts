/** Role words (FORMAT.md units). */
export const ROLE_LABELS = {
  牵头单位: "lead",
  牵头部门: "lead",
  主办单位: "lead",
  配合单位: "cooperating",
  配合部门: "cooperating",
  参加单位: "cooperating",
  参与单位: "cooperating",
  协办单位: "cooperating",
  责任单位: "responsible",
  责任部门: "responsible",
} as const;

/** Clause verbs inside a unit parenthesis: （市人社局牵头，市财政局参加） */
export const ROLE_VERBS = {
  牵头: "lead",
  参加: "cooperating",
  参与: "cooperating",
  配合: "cooperating",
  负责: "convention", // lead + cooperating under 列第一位者为牵头单位, else responsible
} as const;

/**
 * Level prefixes an abbreviated list item inherits from the item before it
 * (地区发改委、财政局 → 地区财政局). Longest first.
 */
export const LEVEL_PREFIXES = ["自治区", "地委", "地区", "市委", "区委", "县委", "省委", "州委", "盟", "市", "区", "县", "省", "州", "旗"] as const;

/** A prefix followed by one of these is a word, not a level: 市场监督管理局, 区域, 县域 */
export const NOT_A_PREFIX_AFTER: Record<string, RegExp> = {
  市: /^场/,
  区: /^域/,
  县: /^域/,
  州: /^长/,
};

/**
 * Bodies that carry their own place or system name and never take a list prefix:
 * 人行塔城地区中心支行, 塔城银保监分局, 中国人民银行乌鲁木齐中心支行, 新疆银保监局, 国家统计局淄川调查队, 塔城海关, 团区委.
 */
export const SELF_NAMED = /^(?:人行|中国|国家|中央|中共|省军区|军分区|武警|团(?:区|市|县|地)委)|银保监|银监|证监|保监|海关|调查队|支行|分行|税务总局|邮政|电信|移动公司|联通|供电|烟草/;

/** Province-level short names that start a self-named body (新疆银保监局). */
export const PROVINCE_SHORT = ["北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "兵团"] as const;

/** Name endings of an organisation, where two run-together names can be split (区水利局区人社局). */
export const ORG_SUFFIX = "局厅委办部院会处室所队站中心行联署司";
