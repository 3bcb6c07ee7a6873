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
  协同单位: "cooperating",
  协作单位: "cooperating",
  配合处室: "cooperating",
  牵头处室: "lead",
  主责单位: "lead",
  责任单位: "responsible",
  责任部门: "responsible",
  负责单位: "responsible",
  责任处室: "responsible",
  责任主体: "responsible",
  承办单位: "responsible",
  实施单位: "responsible",
  // short forms: （牵头：市发改委；配合：市财政局）
  牵头: "lead",
  主办: "lead",
  配合: "cooperating",
  协办: "cooperating",
  参与: "cooperating",
} as const;

/** A table column that holds the bodies of each row: 责任单位, 牵头单位, 指导部门, 负责单位, 主管部门. */
export const UNIT_COLUMN_HEAD =
  /^(?<head>(?:牵头|配合|责任|负责|主办|协办|参与|参加|指导|主管|实施|承办|协同|协作|主责)(?:单位|部门|处室|机构)|责任主体)(?:[（(](?<note>[^）)]*)[）)])?$/;

/** The document's statement that the first-listed body of a list is its lead: 列第一位者为牵头单位, 排在第一位的为牵头单位. */
export const LEAD_FIRST_WORDS = "(?:列|排)(?:在|名)?(?:第一位|首位|第一)(?:者|的)?(?:单位|部门)?为牵头(?:单位|部门)";

/**
 * Clause verbs closing a unit list: （市人社局牵头，市财政局参加） / （省发展改革委牵头负责）.
 * 卖力 is how synonym-spinning mirror sites rewrite 负责 (牵头卖力, 按职责分工卖力).
 */
export const ROLE_VERBS = {
  牵头负责: "lead",
  牵头卖力: "lead",
  牵头: "lead",
  参加: "cooperating",
  参与: "cooperating",
  配合: "cooperating",
  负责: "convention", // lead + cooperating under 列第一位者为牵头单位, else responsible
  卖力: "convention",
} as const;

/** Words between a unit list and its verb: （…等部门按职责分工负责） */
export const DUTY_QUALIFIERS = ["按职责分工", "按照职责分工", "按职责", "依职责", "分别", "共同"] as const;

/**
 * Catch-alls that name no definite body (FORMAT.md units): 有关部门, 省有关部门, 区政府有关部门,
 * 各相关单位, 其他有关单位, 区级相关部门, 有关县区政府, 各有关部门和单位, 其他相关职能部门.
 */
export const GENERIC_UNIT =
  /(?:有关|相关|其他|其它)[\u4e00-\u9fff]{0,6}(?:部门|单位|机构|方面)$|^(?:有关|相关)|^(?:[省市区县州]级)?(?:各)?(?:部门|单位)$/;

/**
 * Territorial bodies: a zone or place with its government or committee. They are named for their own
 * territory and take no department prefix from the list: 园区管委会, 咸宁高新区管委会, 通山县人民政府.
 */
export const TERRITORIAL = /(?:区|县|市|镇|乡|旗|街道|园)(?:管委会|管理委员会|人民政府|政府|办事处|工委)$/;

/** A bare place: 咸安区, 嘉鱼县, 高新区. It names itself and takes no prefix. */
export const BARE_PLACE = /^[\u4e00-\u9fff]{1,8}(?:自治县|自治州|新区|开发区|高新区|市|县|区|旗|镇|乡|街道)$/;
/** The last of a run of bare places, carrying the government they share: 咸安区、嘉鱼县、通山县人民政府. */
export const PLACE_BODY = /^(?<place>[\u4e00-\u9fff]{1,8}(?:自治县|自治州|市|县|区|旗|镇|乡))(?<body>人民政府|政府)$/;

/** A place head a list's later items inherit: 乌兰浩特市民政局、财政局 → 乌兰浩特市财政局. */
export const PLACE_HEAD =
  /^(?<head>[\u4e00-\u9fff]{2,6}?(?:自治区|自治州|自治县|地区|省|市|县|区|旗|盟|州))(?=[\u4e00-\u9fff]{2,})/;

/** Endings of a named body that can be the subject of 负责/承担 in article prose: 镇政府负责审批, 市工业和信息化局承担具体工作. */
export const PROSE_BODY_END = "(?:局|厅|委|办|部|政府|小组|委员会|管委会|办公室|中心|分局|支行)";

/**
 * A department named by its government and function, a definite body in regulations:
 * 国务院专利行政部门, 国务院卫生健康主管部门, 省、自治区、直辖市人民政府管理专利工作的部门.
 */
export const DEFINITE_DEPARTMENT =
  /^(?:国务院|(?:省|自治区|直辖市|设区的市|市|县|区)(?:、(?:省|自治区|直辖市|设区的市|市|县|区))*人民政府)[\u4e00-\u9fff]{1,14}部门$/;

/** A list piece that is a clause, not a name: 负责全面统筹, 2022年底前完成, 要加强协调. */
export const NOT_A_NAME =
  /^(?:负责|承担|牵头|配合|参与|参加|要|需|做好|加强|按照|根据|确保|对|在|将|把|并|同时|其中|完成|落实)|\d/;

/** Standing rules that name implementing governments once for what follows: 不再一一列出 / 不再单独列出. */
export const NOT_LISTED_AGAIN = "不再(?:一一|单独|另行|逐一|重复)?列出";

/**
 * Level prefixes an abbreviated list item inherits from the item before it
 * (地区发改委、财政局 → 地区财政局). Longest first.
 */
export const LEVEL_PREFIXES = [
  "自治区",
  "地委",
  "地区",
  "市委",
  "区委",
  "县委",
  "省委",
  "州委",
  "盟",
  "市",
  "区",
  "县",
  "省",
  "州",
  "旗",
] as const;

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
export const SELF_NAMED =
  /^(?:人行|中国|国家|中央|中共|省军区|军分区|武警|团(?:区|市|县|地)委)|银保监|银监|证监|保监|海关|调查队|支行|分行|税务总局|邮政|电信|移动公司|联通|供电|烟草/;

/** Province-level short names that start a self-named body (新疆银保监局). */
export const PROVINCE_SHORT = [
  "北京",
  "天津",
  "河北",
  "山西",
  "内蒙古",
  "辽宁",
  "吉林",
  "黑龙江",
  "上海",
  "江苏",
  "浙江",
  "安徽",
  "福建",
  "江西",
  "山东",
  "河南",
  "湖北",
  "湖南",
  "广东",
  "广西",
  "海南",
  "重庆",
  "四川",
  "贵州",
  "云南",
  "西藏",
  "陕西",
  "甘肃",
  "青海",
  "宁夏",
  "新疆",
  "兵团",
] as const;

/** Name endings of an organisation, where two run-together names can be split (区水利局区人社局). */
export const ORG_SUFFIX = "局厅委办部院会处室所队站中心行联署司";
