/**
 * Issuing organs and the regions they govern, for document metadata.
 * One list each; docMeta builds its patterns from them.
 */

/** How an issuing organ's name ends, longest first (鹤岗市中级人民法院, 中共吉林省委, 市政府办公室); regex fragments. */
export const ORGAN_ENDINGS = [
  "人民政府办公厅",
  "人民政府办公室",
  "人民政府",
  "行政公署办公室",
  "行署办公室",
  "行政公署",
  "中级人民法院",
  "高级人民法院",
  "人民法院",
  "人民检察院",
  "管理委员会",
  "管委会",
  "委员会办公室",
  "委员会",
  "领导小组办公室",
  "领导小组",
  "省委办公厅",
  "市委办公室",
  "县委办公室",
  "区委办公室",
  "省委",
  "市委",
  "县委",
  "区委",
  "州委",
  "盟委",
  "旗委",
  "党委",
  "办公厅",
  "办公室",
  "委",
  "总局",
  "联合会",
  "工会",
  // (not 格局/布局/大局, 大厅/展厅, 部署/签署, 顶部/全部/干部: words that end like an organ)
  "(?<![格布结大全当开平变])局",
  "(?<![大餐展客门])厅",
  "(?<![部签])署",
  "(?<![顶全内外局东西南北中干总本底头细])部",
] as const;

/** Organs whose name is not a place plus an ending: 国务院, 中共中央 (and their offices). */
export const NAMED_ORGANS = [
  "中共中央办公厅",
  "国务院办公厅",
  "中共中央",
  "国务院",
  "全国人大常委会",
  "中央军委",
] as const;

/** Administrative levels an issuer can govern, longest first. 镇/乡/街道 are the lowest. */
export const ADMIN_LEVELS = [
  "特别行政区",
  "自治区",
  "自治州",
  "自治县",
  "自治旗",
  "地区",
  "街道",
  "省",
  "市",
  "州",
  "盟",
  "县",
  "区",
  "旗",
  "镇",
  "乡",
] as const;

/**
 * Words that are not a region although they end in a level character: 城镇, 乡镇, 城乡, 园区, 开发区, 全市, 本县.
 * Checked against the whole candidate name; a name never holds 之/的/和 (首善之区, 中央和自治区) but may start with one (和田地区).
 */
export const NOT_REGION =
  /^(?:各|全|本|我|该|此|外|第|农村|社区|街道)|(?<!^)[之的和与及或等委]|[你我贵]|(?:城镇|乡镇|城乡|园区|社区|景区|小区|开发区|示范区|试验区|湾区|经济区|自贸区|保税区|合作区|功能区|保护区|片区|辖区|(?:贫困|偏远|边远|深|大|广大)山区|牧区|灾区|老区|(?:贫困|边远|偏远|民族|农村|重点|其他|相关|有关|周边|欠发达)地区|直辖市|计划单列市|地级市|县级市|副省级市|省市|市县|县市|县区|区县|省区|市区|盟市|旗县|副(?:省|市|县|区|州)|先进县|(?:工业|经济|农业|文化|旅游|科技|教育|体育|制造业?|人才|质量|交通|生态)强(?:县|市|省|区)|(?:农业|人口|经济|资源|旅游|文化|粮食|产粮|畜牧|工业|生态)大(?:县|市|省))$/;

/** Central organs: a notice issued by one of them concerns the whole country (全国). */
export const CENTRAL_ORGAN =
  /^(?:中共中央|中央|国务院|中国(?!共产党[\u4e00-\u9fff]{2,}[省市县区])|中华全国|全国|(?:国家)?发展改革委|(?:国家)?税务总局|市场监管总局|海关总署|(?:中国)?人民银行|银保监会|证监会|[\u4e00-\u9fff]{2,12}部(?:办公厅)?(?:、|$)|全国人民代表大会|全国人大|最高人民法院|最高人民检察院|国家[\u4e00-\u9fff]{1,12}(?:局|委|委员会|署|总局)|(?:财政|教育|科学技术|科技|工业和信息化|公安|民政|司法|人力资源和?社会保障|人力资源社会保障|自然资源|生态环境|住房和城乡建设|住房城乡建设|交通运输|水利|农业农村|商务|文化和旅游|应急管理|外交|国防|审计|退役军人事务)部)/;

/** Words a title puts before a region name: 关于进一步做好天津市… → 天津市. */
const BEFORE_REGION_WORDS =
  "中共|关于|请|根据|按照|依据|围绕|面向|服务|覆盖|来到|前来|融入|结合|整个|帮助|印发|转发|进一步|切实|认真|全面|加快|加强|深化|做好|推进|推动|促进|支持|开展|实施|落实|贯彻|建设|打造|完善|优化|调整|建立|健全|做|好|在|对|为|的|和|与|及";
export const BEFORE_REGION = new RegExp(`^(?:${BEFORE_REGION_WORDS})+`);
/** One of those words anywhere in a candidate */
export const BEFORE_REGION_WORD = new RegExp(`(?:${BEFORE_REGION_WORDS})`, "g");
