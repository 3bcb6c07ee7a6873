import { describe, expect, test } from "vitest";
import { parseNumber } from "../../lang/numerals.ts";
import { tableTests, type Row } from "./harness.ts";

/**
 * [label, real sentence from corpus/, reference date (the notice's signing date), expected findings].
 * Expected values are the gold annotations' (corpus/gold); each row asserts text, span (first
 * occurrence of the text unless `at` is given), value, unit, bound and per. A row that fails for
 * a known reason keeps its place with `todo`.
 */

const rows: Row[] = [
  // the same indicator notice: a target rate is still a rate, only the formula constant is not
  [
    "guowuyuan-2019-4 (a target next to formulas)",
    "到2020年，基本建立较为完善的三级公立医院绩效考核体系，三级公立医院病案首页数据质量控制达到100%。",
    "2019-01-16",
    [{ text: "达到100%", kind: "percent", value: 100, unit: "%", bound: "min" }],
  ],
  [
    "tacheng-2020-13 四.十四",
    "扩大就业见习规模，见习期间从就业补助资金中按当地最低工资标准给予生活费补助，见习单位按不低于当地最低工资标准的50%发放岗位补助，支持企业开发更多见习岗位。",
    "2020-04-03",
    [{ text: "50%", kind: "percent", value: 50, unit: "%", bound: "min" }],
  ],
  [
    "tacheng-2020-13 五.十六",
    "组织城乡未继续升学的初高中毕业生、20岁以下有意愿的登记失业人员参加劳动预备制培训，按规定给予培训补贴，对其中的农村学员或最低生活保障家庭学员给予生活费补贴，实施期限为2020年1月1日至12月31日。",
    "2020-04-03",
    [{ text: "20岁以下", kind: "age", value: 20, unit: "岁", bound: "max" }],
  ],
  [
    "tacheng-2020-13 六.二十",
    "做实登记失业人员定期联系和分级分类服务制度，每月至少进行1次跟踪调查，定期提供职业介绍、职业指导、创业服务，推介就业创业政策和职业培训项目，对其中的就业困难人员提供就业援助。",
    "2020-04-03",
    [{ text: "每月至少进行1次", kind: "count", value: 1, unit: "次", bound: "min", per: "月" }],
  ],
  [
    "tacheng-2018-10 一.2",
    "落实“在疆企业、政府投资、各类援疆项目和固定资产投资项目，70%以上的新增用工岗位用于吸纳当地劳动力就业、一般普工岗位吸纳新疆籍劳动力占比不低于90%”的要求和重点领域、工程项目就业评估制度。",
    "2018-02-06",
    [
      { text: "70%以上", kind: "percent", value: 70, unit: "%", bound: "min" },
      { text: "不低于90%", kind: "percent", value: 90, unit: "%", bound: "min" },
    ],
  ],
  [
    "tacheng-2018-10 四.14",
    "在校及未就业普通高等学校、职业学校、技工院校学生，在地区范围内领取工商营业执照（或其他法定注册登记手续），正常经营3个月以上的，一次性给予2000元创业资助。",
    "2018-02-06",
    [{ text: "2000元", kind: "money", value: 2000, unit: "元", bound: "exact" }],
  ],
  [
    "tacheng-2018-10 五.16",
    "加大对困难高校毕业生的帮扶力度，对父母或本人正在享受城乡居民最低生活保障、建档立卡贫困家庭毕业生、残疾或已获得国家或生源地助学贷款的毕业年度高校毕业生（含同等条件的技师学院高级工班、预备技师班和特殊院校职业教育类毕业生）按规定发放求职补贴，补贴标准为每人800元。",
    "2018-02-06",
    [{ text: "每人800元", kind: "money", value: 800, unit: "元", bound: "exact", per: "人" }],
  ],
  [
    "tacheng-2018-10 五.17",
    "合理确定就业困难人员范围，强化分类帮扶和实名制动态管理，确保零就业家庭、有劳动能力的成员均处于失业状态的低保家庭至少有一人稳定就业。",
    "2018-02-06",
    [{ text: "至少有一人", kind: "count", value: 1, unit: "人", bound: "min" }],
  ],
  [
    "tacheng-2018-10 六.22",
    "持续推进基层公共就业创业服务平台建设，重点推进就业和社会保障服务向农村延伸，确保每个街道（乡镇）、社区配备1至2名公共管理和社会服务专职工作人员，每个行政村配备1名就业和社会保障信息员，将县级以下基层公共就业创业服务平台经费纳入财政预算。",
    "2018-02-06",
    [
      { text: "1至2名", kind: "count", value: [1, 2], unit: "名", bound: "range" },
      { text: "1名", kind: "count", value: 1, unit: "名", bound: "exact" },
    ],
  ],
  [
    "pingliang-2019-1 四.八",
    "对于符合创业担保贷款申请条件的个人从事个体经营，可给予最高不超过15万元的个人创业担保贷款及贴息扶持；",
    "2019-01-09",
    [{ text: "最高不超过15万元", kind: "money", value: 150000, unit: "元", bound: "max" }],
  ],
  [
    "pingliang-2019-1 四.十",
    "认真落实国家三年百万青年见习计划，从2019年1月1日起，将就业见习补贴范围由离校未就业高校毕业生以及艰苦边远地区、老工业基地和国家级贫困县未就业中职毕业生，扩展至全市16—24岁失业青年；",
    "2019-01-09",
    [{ text: "16—24岁", kind: "age", value: [16, 24], unit: "岁", bound: "range" }],
  ],
  [
    "pingliang-2019-1 四.十",
    "组织失业青年参加3—12个月的就业见习，对吸纳就业见习人员的单位，按每人每月1000元的标准给予就业见习补贴，用于见习单位支付见习人员见习期间基本生活费、为见习人员办理人身意外伤害保险，以及对见习人员的指导管理费用。",
    "2019-01-09",
    [{ text: "每人每月1000元", kind: "money", value: 1000, unit: "元", bound: "exact", per: "人·月" }],
  ],
  [
    "pingliang-2019-1 四.十",
    "对见习人员见习期满留用率达到50%以上的单位，将见习补贴标准提高到每人每月1200元。",
    "2019-01-09",
    [
      { text: "达到50%以上", kind: "percent", value: 50, unit: "%", bound: "min" },
      { text: "每人每月1200元", kind: "money", value: 1200, unit: "元", bound: "exact", per: "人·月" },
    ],
  ],
  [
    "pingliang-2019-1 五.十二",
    "生活费补贴政策每人每年只享受一次，且不可同时领取失业保险金。",
    "2019-01-09",
    [{ text: "每人每年只享受一次", kind: "count", value: 1, unit: "次", bound: "max", per: "人·年" }],
  ],
  [
    "pingliang-2019-1 七.十八",
    "2019—2020年继续开发6000个乡村公益性岗位，帮助更多农村贫困劳动力实现就地就近就业。",
    "2019-01-09",
    [{ text: "6000个", kind: "count", value: 6000, unit: "个", bound: "exact" }],
  ],
  [
    "pingliang-2019-1 七.十八",
    "各县（市、区）在实施“支企”计划时，要将30%以上的指标专门用于安置农村贫困家庭高校毕业生。",
    "2019-01-09",
    [{ text: "30%以上", kind: "percent", value: 30, unit: "%", bound: "min" }],
  ],
  [
    "pingliang-2019-1 七.十九",
    "在长三角、珠三角等输出基础好、用工需求量大的农民工输入重点地区，积极培育发展一批新的劳务输出基地，在省外输出基础好、用工需求量大的重点企业发展一批劳务信息员，全市建成年输转千人以上省外劳务基地10个左右。",
    "2019-01-09",
    [
      { text: "年输转千人以上", kind: "count", value: 1000, unit: "人", bound: "min", per: "年" },
      { text: "10个左右", kind: "count", value: 10, unit: "个", bound: "exact" },
    ],
  ],
  [
    "pingliang-2019-1 七.十九",
    "积极组织农村贫困劳动力赴天津市务工，对务工时间达到6个月以上的贫困家庭劳动力，由市财政每年每人给予交通、食宿费补助2000元。",
    "2019-01-09",
    [{ text: "2000元", kind: "money", value: 2000, unit: "元", bound: "exact", per: "人·年" }],
  ],
  [
    "xinjiang-2023-49 一.一",
    "参保企业上年度未裁员或裁员率不高于上年度全国城镇调查失业率控制目标，30人（含）以下的参保企业裁员率不高于参保职工总数20%的，可申请失业保险稳岗返还。",
    "2023-08-09",
    [
      { text: "30人（含）以下", kind: "count", value: 30, unit: "人", bound: "max" },
      { text: "20%", kind: "percent", value: 20, unit: "%", bound: "max" },
    ],
  ],
  [
    "xinjiang-2023-49 一.一",
    "大型企业按企业及其职工上年度实际缴纳失业保险费的30%返还，中小微企业按60%返还。",
    "2023-08-09",
    [
      { text: "30%", kind: "percent", value: 30, unit: "%", bound: "exact" },
      { text: "60%", kind: "percent", value: 60, unit: "%", bound: "exact" },
    ],
  ],
  [
    "xinjiang-2023-49 二.四",
    "2023年全区“三支一扶”计划招募不少于2000人，大学生志愿服务西部计划招募不少于4500人，面向基层和南疆地区倾斜。",
    "2023-08-09",
    [
      { text: "不少于2000人", kind: "count", value: 2000, unit: "人", bound: "min" },
      { text: "不少于4500人", kind: "count", value: 4500, unit: "人", bound: "min" },
    ],
  ],
  [
    "xinjiang-2023-49 二.七",
    "广泛动员各类企事业单位、社会组织等开发见习岗位，2023年开发就业见习岗位不少于10000个，组织离校未就业高校毕业生及16-24岁失业青年开展就业见习不少于5000人。",
    "2023-08-09",
    [
      { text: "不少于10000个", kind: "count", value: 10000, unit: "个", bound: "min" },
      { text: "16-24岁", kind: "age", value: [16, 24], unit: "岁", bound: "range" },
      { text: "不少于5000人", kind: "count", value: 5000, unit: "人", bound: "min" },
    ],
  ],
  [
    "xinjiang-2023-49 二.七",
    "见习单位按不低于当地最低工资标准的50%发放岗位补助，对见习期未滿即与见习毕业生签订2年以上期限劳动合同并缴纳社会保险费的，可将剩余期限的见习补贴按月补发给见习单位。",
    "2023-08-09",
    [{ text: "50%", kind: "percent", value: 50, unit: "%", bound: "min" }],
  ],
  [
    "xinjiang-2023-49 三.八",
    "女满45周岁、男满55周岁及其以上的城镇登记失业人员；",
    "2023-08-09",
    [
      { text: "满45周岁", kind: "age", value: 45, unit: "岁", bound: "min" },
      { text: "满55周岁及其以上", kind: "age", value: 55, unit: "岁", bound: "min" },
    ],
  ],
  [
    "xinjiang-2023-49 三.八",
    "对通过市场渠道难以实现就业的，合理统筹公益性岗位安置，确保零就业家庭至少一人就业。",
    "2023-08-09",
    [{ text: "至少一人", kind: "count", value: 1, unit: "人", bound: "min" }],
  ],
  [
    "xinjiang-2023-49 三.九",
    "密切关注居民消费价格指数变化，达到启动条件时，各地及时启动社会救助和保障标准与物价上涨挂钩联动机制，足额发放价格临时补贴，各地实际发放的价格临时补贴标准不得低于全区统一最低标准20元/人·月。",
    "2023-08-09",
    [{ text: "20元/人·月", kind: "money", value: 20, unit: "元", bound: "min", per: "人·月" }],
  ],
  [
    "xinjiang-2023-49 四.十",
    "持续深化就业服务质量提升工程，各地紧紧围绕我区“八大产业集群”建设和特色优势产业发展，深入挖掘就业岗位，组织实施公共就业服务进校园、民营企业招聘月、金秋招聘月等24项公共就业服务专项服务活动。",
    "2023-08-09",
    [{ text: "24项", kind: "count", value: 24, unit: "项", bound: "exact" }],
  ],
  [
    "xinjiang-2023-49 四.十二",
    "开展自治区级创业孵化示范基地建设，支持全区创建5个自治区级创业孵化示范基地，各地积极推进创业孵化基地建设，为创业者提供便利优质高效的创业服务。",
    "2023-08-09",
    [{ text: "5个", kind: "count", value: 5, unit: "个", bound: "exact" }],
  ],
  [
    "xinjiang-2023-49 四.十二",
    "全年实现新增创业4万人以上，带动就业10万人以上。",
    "2023-08-09",
    [
      { text: "4万人以上", kind: "count", value: 40000, unit: "人", bound: "min" },
      { text: "10万人以上", kind: "count", value: 100000, unit: "人", bound: "min" },
    ],
  ],
  [
    "xinjiang-2023-49 四.十二",
    "落实创业担保贷款及贴息政策，符合条件的个人可申请最高不超过20万元额度的创业担保贷款，符合条件的企业可申请最高不超过300万元额度的创业担保贷款。",
    "2023-08-09",
    [
      { text: "最高不超过20万元", kind: "money", value: 200000, unit: "元", bound: "max" },
      { text: "最高不超过300万元", kind: "money", value: 3000000, unit: "元", bound: "max" },
    ],
  ],
  [
    "zichuan-2020-3 附件.1",
    "支持疫情防控重点物资生产企业复工达产，对春节期间（截至2020年2月9日）开工生产的企业，给予每人每天200元一次性用工补贴，每个企业最高不超过50万元；",
    "2020-03-26",
    [
      { text: "每人每天200元", kind: "money", value: 200, unit: "元", bound: "exact", per: "人·天" },
      { text: "最高不超过50万元", kind: "money", value: 500000, unit: "元", bound: "max" },
    ],
  ],
  [
    "zichuan-2020-3 附件.1",
    "对2020年2月10日起一个月内复工新吸纳就业、签订1年以上劳动合同并缴纳社会保险的，每新吸纳1人按每人1000元标准给予一次性吸纳就业补贴，所需资金从就业补助资金中安排。",
    "2020-03-26",
    [{ text: "每人1000元", kind: "money", value: 1000, unit: "元", bound: "exact", per: "人" }],
  ],
  [
    "zichuan-2020-3 附件.5",
    "对不裁员或少裁员的参保企业，返还其上年度实际缴纳失业保险费的50%。",
    "2020-03-26",
    [{ text: "50%", kind: "percent", value: 50, unit: "%", bound: "exact" }],
  ],
  [
    "zichuan-2020-3 附件.6",
    "受疫情影响，生产经营出现困难的中小微企业，可依法申请按照企业和个人各5%的最低标准缴存住房公积金，或者缓缴住房公积金。",
    "2020-03-26",
    [{ text: "各5%", kind: "percent", value: 5, unit: "%", bound: "min" }],
  ],
  [
    "zichuan-2020-3 附件.7",
    "将就业见习补贴标准提高至当地最低工资标准的60%。",
    "2020-03-26",
    [{ text: "60%", kind: "percent", value: 60, unit: "%", bound: "exact" }],
  ],
  [
    "zichuan-2020-3 附件.11",
    "将20岁以下有就业意愿的登记失业人员纳入劳动预备制培训范围。",
    "2020-03-26",
    [{ text: "20岁以下", kind: "age", value: 20, unit: "岁", bound: "max" }],
  ],
  [
    "zichuan-2020-3 附件.15",
    "符合条件的个人借款人合伙创业或组织起来共同创业，可申请最高45万元创业担保贷款。",
    "2020-03-26",
    [{ text: "最高45万元", kind: "money", value: 450000, unit: "元", bound: "max" }],
  ],
  // more phrases the issue names, from real notices of the same family
  [
    "numeral: Chinese count 三次, per from earlier in the clause (xinjiang-2023-49 四.十三)",
    "每人每年享受补贴次数最多不超过三次",
    "2023-08-09",
    [{ text: "最多不超过三次", kind: "count", value: 3, unit: "次", bound: "max", per: "人·年" }],
  ],
  [
    "money with a magnitude: 5.5亿元",
    "全年安排就业补助资金5.5亿元",
    "2023-08-09",
    [{ text: "5.5亿元", kind: "money", value: 550000000, unit: "元", bound: "exact" }],
  ],
  [
    "count with a magnitude: 4万人以上 (xinjiang-2023-49 四.十二)",
    "全年实现新增创业4万人以上，带动就业10万人以上。",
    "2023-08-09",
    [
      { text: "4万人以上", kind: "count", value: 40000, unit: "人", bound: "min" },
      { text: "10万人以上", kind: "count", value: 100000, unit: "人", bound: "min" },
    ],
  ],
  [
    "full-width digits",
    "每人每月最高补贴５００元",
    "2020-04-03",
    [{ text: "每人每月最高补贴５００元", kind: "money", value: 500, unit: "元", bound: "max", per: "人·月" }],
  ],
  [
    "thousands separator",
    "累计发放补贴1,200,000元",
    "2020-04-03",
    [{ text: "1,200,000元", kind: "money", value: 1200000, unit: "元", bound: "exact" }],
  ],
  [
    "百分之五十",
    "按百分之五十的比例返还",
    "2020-04-03",
    [{ text: "百分之五十", kind: "percent", value: 50, unit: "%", bound: "exact" }],
  ],
  [
    "Chinese numeral 二十七 with a counter",
    "出台二十七项具体措施",
    "2020-04-03",
    [{ text: "二十七项", kind: "count", value: 27, unit: "项", bound: "exact" }],
  ],
  [
    "两 as a count",
    "每个社区配备两名专职人员",
    "2020-04-03",
    [{ text: "两名", kind: "count", value: 2, unit: "名", bound: "exact" }],
  ],
  [
    "several amounts in one phrase (xinjiang-2023-49 四.十三)",
    "可按照初级（五级）1000元、中级（四级）1500元、高级（三级）2000元的标准申请技能提升补贴",
    "2023-08-09",
    [
      { text: "1000元", kind: "money", value: 1000, unit: "元", bound: "exact" },
      { text: "1500元", kind: "money", value: 1500, unit: "元", bound: "exact" },
      { text: "2000元", kind: "money", value: 2000, unit: "元", bound: "exact" },
    ],
  ],
  [
    "per after money: 20元/人·月 (xinjiang-2023-49 三.九)",
    "各地实际发放的价格临时补贴标准不得低于全区统一最低标准20元/人·月。",
    "2023-08-09",
    [{ text: "20元/人·月", kind: "money", value: 20, unit: "元", bound: "min", per: "人·月" }],
  ],
  [
    "ages with 满 and 及其以上 (xinjiang-2023-49 三.八)",
    "女满45周岁、男满55周岁及其以上的城镇登记失业人员；",
    "2023-08-09",
    [
      { text: "满45周岁", kind: "age", value: 45, unit: "岁", bound: "min" },
      { text: "满55周岁及其以上", kind: "age", value: 55, unit: "岁", bound: "min" },
    ],
  ],
  [
    "range of a count: 1至2名 (tacheng-2018-10 六.22)",
    "每个街道（乡镇）、社区配备1至2名专职工作人员",
    "2018-02-06",
    [{ text: "1至2名", kind: "count", value: [1, 2], unit: "名", bound: "range" }],
  ],
  [
    "per day per person (zichuan-2020-3 附件.1)",
    "给予每人每天200元一次性用工补贴，每个企业最高不超过50万元；",
    "2020-03-26",
    [
      { text: "每人每天200元", kind: "money", value: 200, unit: "元", bound: "exact", per: "人·天" },
      { text: "最高不超过50万元", kind: "money", value: 500000, unit: "元", bound: "max" },
    ],
  ],
  [
    "最高可达 with two filler words (a phrasing of other notices)",
    "对符合条件的创业者给予创业补贴，最高可达5万元。",
    "2021-01-01",
    [{ text: "最高可达5万元", kind: "money", value: 50000, unit: "元", bound: "max" }],
  ],
  [
    "大写 numerals in money",
    "对吸纳高校毕业生就业的小微企业给予一次性补贴贰仟元。",
    "2021-03-15",
    [{ text: "贰仟元", kind: "money", value: 2000, unit: "元", bound: "exact" }],
  ],
  [
    "大写 numerals with 万 (an award notice)",
    "经评审认定的，一次性奖励人民币伍万元。",
    "2021-03-15",
    [{ text: "伍万元", kind: "money", value: 50000, unit: "元", bound: "exact" }],
  ],
  // issue 10 classes, each with a real sentence other than the dev notice's own
  [
    "bare 亿元以上 is 1亿, min (an investment-promotion notice; luohe has 引进亿元以上项目)",
    "对新引进亿元以上工业项目，按照实际投资额的2%给予奖励。",
    "2021-03-15",
    [
      { text: "亿元以上", kind: "money", value: 100000000, unit: "元", bound: "min" },
      { text: "2%", kind: "percent", value: 2, unit: "%", bound: "exact" },
    ],
  ],
  [
    "bare 万元以上 with a bound before it",
    "对年纳税额超过亿元的企业给予表彰。",
    "2021-03-15",
    [{ text: "超过亿元", kind: "money", value: 100000000, unit: "元", bound: "min" }],
  ],
  [
    "a rank 前N位 is at most N (luohe has 居前3名)",
    "在全省考核中排名前5位的，给予通报表扬。",
    "2021-03-15",
    [{ text: "前5位", kind: "count", value: 5, unit: "位", bound: "max" }],
  ],
  [
    "目前3家 is not a rank",
    "目前3家企业已入驻园区。",
    "2021-03-15",
    [{ text: "3家", kind: "count", value: 3, unit: "家", bound: "exact" }],
  ],
  [
    "a count per year from 每年 earlier in the clause (huaian has 每年培育星级上云企业50家)",
    "每年开发城乡公益性岗位500个，兜底安置就业困难人员。",
    "2021-03-15",
    [{ text: "500个", kind: "count", value: 500, unit: "个", bound: "exact", per: "年" }],
  ],
  [
    "a count per year after it: 5万人/年",
    "新增城镇就业5万人/年。",
    "2021-03-15",
    [{ text: "5万人/年", kind: "count", value: 50000, unit: "人", bound: "exact", per: "年" }],
  ],
  [
    "每个 is not a per for counts",
    "每个社区配备两名专职人员，每个街道建设1个服务站。",
    "2021-03-15",
    [
      { text: "两名", kind: "count", value: 2, unit: "名", bound: "exact" },
      { text: "1个", kind: "count", value: 1, unit: "个", bound: "exact" },
    ],
  ],
  [
    "元/月/人 is per 人·月 (wulanhaote has 829元/月/人)",
    "农村特困人员基本生活标准为1100元/月/人。",
    "2021-03-15",
    [{ text: "1100元/月/人", kind: "money", value: 1100, unit: "元", bound: "exact", per: "人·月" }],
  ],
  [
    "元/人/年 is per 人·年",
    "城乡居民医保财政补助标准为610元/人/年。",
    "2021-03-15",
    [{ text: "610元/人/年", kind: "money", value: 610, unit: "元", bound: "exact", per: "人·年" }],
  ],
  [
    "a range with the unit on both ends: 20人—50人",
    "对吸纳就业20人—50人的小微企业给予奖励。",
    "2021-03-15",
    [{ text: "20人—50人", kind: "count", value: [20, 50], unit: "人", bound: "range" }],
  ],
  [
    "a money range with different magnitudes: 5000元至1万元",
    "按贡献大小给予5000元至1万元的一次性奖励。",
    "2021-03-15",
    [{ text: "5000元至1万元", kind: "money", value: [5000, 10000], unit: "元", bound: "range" }],
  ],
  [
    "a range with no unit on the low end: 20—50人",
    "每期培训班规模为20—50人。",
    "2021-03-15",
    [{ text: "20—50人", kind: "count", value: [20, 50], unit: "人", bound: "range" }],
  ],
  [
    "two amounts in a list are not a range",
    "分别给予5000元、1万元奖励。",
    "2021-03-15",
    [
      { text: "5000元", kind: "money", value: 5000, unit: "元", bound: "exact" },
      { text: "1万元", kind: "money", value: 10000, unit: "元", bound: "exact" },
    ],
  ],
  [
    "a count of categories 类 (shenzhen has 上述两类企业)",
    "重点支持以下三类项目。",
    "2021-03-15",
    [{ text: "三类", kind: "count", value: 3, unit: "类", bound: "exact" }],
  ],
  [
    "more counters: 场, 台, 件, 条, 支",
    "召开3场专题推介会，配备2台巡检车辆，办理民生实事20件，出台政策措施15条，组建5支服务队伍。",
    "2021-03-15",
    [
      { text: "3场", kind: "count", value: 3, unit: "场", bound: "exact" },
      { text: "2台", kind: "count", value: 2, unit: "台", bound: "exact" },
      { text: "20件", kind: "count", value: 20, unit: "件", bound: "exact" },
      { text: "15条", kind: "count", value: 15, unit: "条", bound: "exact" },
      { text: "5支", kind: "count", value: 5, unit: "支", bound: "exact" },
    ],
  ],
  [
    "不超过3名 and 3名以内 are max (luohe's 前3名 class)",
    "每个单位推荐人选不超过3名，每个县（市、区）推荐5名以内。",
    "2021-03-15",
    [
      { text: "不超过3名", kind: "count", value: 3, unit: "名", bound: "max" },
      { text: "5名以内", kind: "count", value: 5, unit: "名", bound: "max" },
    ],
  ],
  [
    "a 万 number with no 元 is money when the words around it are",
    "对入选的领军人才给予最高100万奖励，对团队一次性补贴50万。",
    "2021-03-15",
    [
      { text: "最高100万", kind: "money", value: 1000000, unit: "元", bound: "max" },
      { text: "50万", kind: "money", value: 500000, unit: "元", bound: "exact" },
    ],
  ],
  [
    "人（次） is 人次 (jilin has 1.6万人(次))",
    "全年开展职业技能培训1.2万人（次）。",
    "2021-03-15",
    [{ text: "1.2万人（次）", kind: "count", value: 12000, unit: "人次", bound: "exact" }],
  ],
  [
    "a count with no counter before a noun of people",
    "帮助100万以上农村贫困人口实现脱贫。",
    "2021-03-15",
    [{ text: "100万以上", kind: "count", value: 1000000, unit: "人", bound: "min" }],
  ],
  [
    "the 1 of a rate base is not a count (futian has 引進1名高層次人才,給予最高5萬元支持)",
    "企业每招用1名就业困难人员，给予1000元一次性补贴；新招用1名高校毕业生，给予800元补贴。",
    "2021-03-15",
    [
      { text: "1000元", kind: "money", value: 1000, unit: "元", bound: "exact" },
      { text: "800元", kind: "money", value: 800, unit: "元", bound: "exact" },
    ],
  ],
  [
    "traditional script: 萬, 億 and 個 read after folding (futian, panjin are 繁體 mirrors)",
    "對引進的團隊給予最高10萬元支持，對投資1億元以上的項目獎勵50萬元，建成3個基地。",
    "2021-03-15",
    [
      { text: "最高10萬元", kind: "money", value: 100000, unit: "元", bound: "max" },
      { text: "1億元以上", kind: "money", value: 100000000, unit: "元", bound: "min" },
      { text: "50萬元", kind: "money", value: 500000, unit: "元", bound: "exact" },
      { text: "3個", kind: "count", value: 3, unit: "个", bound: "exact" },
    ],
  ],
  [
    "money right after a per-person base is per 人",
    "按照每招用1人1500元的标准发放补贴。",
    "2021-03-15",
    [{ text: "1500元", kind: "money", value: 1500, unit: "元", bound: "exact", per: "人" }],
  ],
  [
    "1 after the same verb with no award later is a count",
    "当年成功引进1名院士。",
    "2021-03-15",
    [{ text: "1名", kind: "count", value: 1, unit: "名", bound: "exact" }],
  ],
  [
    "a range with the magnitude on the high end: 10至50万元",
    "按项目投资额给予10至50万元补助。",
    "2021-03-15",
    [{ text: "10至50万元", kind: "money", value: [100000, 500000], unit: "元", bound: "range" }],
  ],
  [
    "余 and 多 mean more than the number",
    "带动就业5000余人，培育市场主体200多家。",
    "2021-03-15",
    [
      { text: "5000余人", kind: "count", value: 5000, unit: "人", bound: "min" },
      { text: "200多家", kind: "count", value: 200, unit: "家", bound: "min" },
    ],
  ],
  [
    "a 万 number after a verb of people counts people",
    "全年城镇新增就业11万以上。",
    "2021-03-15",
    [{ text: "11万以上", kind: "count", value: 110000, unit: "人", bound: "min" }],
  ],
  [
    "a 万 number after 就业 that is money stays money",
    "安排就业补助资金5万元。",
    "2021-03-15",
    [{ text: "5万元", kind: "money", value: 50000, unit: "元", bound: "exact" }],
  ],
  [
    "最高 a few words before the amount caps it",
    "符合条件的个人最高可贷30万元，小微企业最多可申报3个项目。",
    "2021-03-15",
    [
      { text: "30万元", kind: "money", value: 300000, unit: "元", bound: "max" },
      { text: "3个", kind: "count", value: 3, unit: "个", bound: "max" },
    ],
  ],
  [
    "最高 naming a standard does not cap: 最高工资标准的",
    "按不超过上年度社会平均工资的最高标准给予补贴，按最高缴费标准的60%缴纳。",
    "2021-03-15",
    [{ text: "60%", kind: "percent", value: 60, unit: "%", bound: "exact" }],
  ],
  [
    "千分之五 is 0.5%",
    "按千分之五的比例提取。",
    "2021-03-15",
    [{ text: "千分之五", kind: "percent", value: 0.5, unit: "%", bound: "exact" }],
  ],
  [
    "a per-mille rate is a percent: 2‰ → 0.2",
    "生产安全事故死亡率控制在2‰以内。",
    "2021-03-15",
    [{ text: "2‰以内", kind: "percent", value: 0.2, unit: "%", bound: "max" }],
  ],
  [
    "a foreign currency keeps its unit",
    "实际利用外资1000万美元以上的项目。",
    "2021-03-15",
    [{ text: "1000万美元以上", kind: "money", value: 10000000, unit: "美元", bound: "min" }],
  ],
  [
    "a table cell whose unit is in the column header (金额（万元）| 500)",
    "序号\t项目名称\t补助金额（万元）\n1\t标准化厂房建设\t500",
    "2021-03-15",
    [{ text: "500", kind: "money", value: 5000000, unit: "元", bound: "exact" }],
    "the unit printed once in a table header is not carried to the cells",
  ],
  [
    "a per household rate: 户均 (jilin has 达到户均800元), no FORMAT per value",
    "补助标准达到户均800元。",
    "2021-03-15",
    [{ text: "800元", kind: "money", value: 800, unit: "元", bound: "min" }],
  ],
  [
    "the rate's denominator is not a count (zichuan-2020-3 附件.1)",
    "每新吸纳1人按每人1000元标准给予一次性吸纳就业补贴",
    "2020-03-26",
    [{ text: "每人1000元", kind: "money", value: 1000, unit: "元", bound: "exact", per: "人" }],
  ],
];

/** [label, sentence]: nothing here is an amount. */
const negatives: [string, string][] = [
  ["a date", "实施期限延长至2021年4月30日"],
  ["durations are periods", "缓缴期限原则上不超过6个月，免征期限为5个月"],
  ["a 文号", "根据《国务院关于做好稳就业工作的意见》（国发〔2020〕12号）"],
  ["names with numerals: 三支一扶, 八大产业集群", "2023年全区“三支一扶”计划招募，围绕“八大产业集群”建设"],
  ["names with numerals: 十二证合一, 1+3+3", "推进十二证合一，落实“1+3+3+改革开放”工作部署"],
  ["ordinals and lump sums: 第一责任人, 一次性, 首次", "主要负责同志是第一责任人，给予一次性吸纳就业补贴，首次创业"],
  ["a session number: 九届九次全体会议", "自治区党委九届九次全体会议精神"],
  ["a list number", "1.促进经济发展与扩大就业联动"],
  ["一人一档 is a method", "建立一人一档、一人一策帮扶机制"],
  [
    "一个 as an article: 今后一个时期, 建立一个机制",
    "做好当前和今后一个时期促进就业工作，建立一个长效机制，打造一项服务品牌",
  ],
  ["“十四五” is a plan, not 14", "“十四五”期间"],
  ["数亿元, 上亿元: no printed value", "带动数亿元社会投资，撬动上亿元社会资本投入"],
  ["category ordinals in a list (zichuan-2020-3 附件.12)", "对列入省级一类、二类职业技能竞赛的，给予一定赛事补贴。"],
  ["quoted names: “三个代表”, “最多跑一次”", "深入学习贯彻“三个代表”重要思想，深化“最多跑一次”改革"],
  [
    "一户式, 一名/一次/一批 as articles",
    "推行一户式集成服务，每个村明确一名联络员，一次告知所需材料，培育一批示范企业",
  ],
  ["a cohort year before a noun of people is not a count", "做好2021届高校毕业生就业工作"],
  ["提前 is not a rank", "提前3天告知"],
  ["programme names: 千人计划, 百人工程; idioms: 千家万户", "入选国家千人计划、省百人工程的，政策惠及千家万户"],
  ["a lone 大写 numeral in a name: 陆家嘴, 伍家岗区", "支持陆家嘴金融城和伍家岗区建设，加强人才队伍建设"],
  ["a 万 number with no money word stays unread", "全市常住人口达到1000万，建成区面积扩大到500平方公里"],
  ["articles and ordinals with the new counters: 第3条, 一件, 一支", "按照第3条规定，办好一件实事，建设一支队伍"],
  ["每千人口, 每万人 are the bases of ratios", "每千人口拥有执业医师数逐步提高，每万人口全科医生数稳步增加"],
  // 国办发〔2019〕4号 附件 (indicator definitions): the ×100% of a formula is not a rate
  [
    "a formula's ×100% is not a rate (国办发〔2019〕4号 indicator table)",
    "计算方法：出院患者手术台次数/同期出院患者总人次数×100%。指标来源：病案首页。",
  ],
  ["a formula with 乘以 (a statistics note)", "就业率=已就业人数/毕业生总数乘以100%"],
];

describe("amounts", () => {
  tableTests("amounts", rows, negatives);
});

describe("numerals", () => {
  test.each([
    ["三", 3],
    ["十二", 12],
    ["二十七", 27],
    ["千", 1000],
    ["两", 2],
    ["一百零五", 105],
    ["三万五千", 35000],
    ["4万", 40000],
    ["5.5亿", 550000000],
    ["１２", 12],
    ["1,200", 1200],
    ["二〇二〇", 2020],
    ["三点五", 3.5],
  ] as [string, number][])("%s = %d", (s, v) => expect(parseNumber(s)).toBe(v));
  test.each(["", "abc", "第一", "1+3"])("not a number: %s", (s) => expect(parseNumber(s)).toBeUndefined());
});
