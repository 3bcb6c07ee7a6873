import { describe, expect, test } from "vitest";
import { headYears, inferMissingYear } from "../../lang/dates.ts";
import { run, tableTests, type Row } from "./harness.ts";

/**
 * [label, real sentence from corpus/, reference date (the notice's signing date), expected findings].
 * Expected values are the gold annotations' (corpus/gold); each row asserts text, span (first
 * occurrence of the text unless `at` is given), value, unit, bound and per. A row that fails for
 * a known reason keeps its place with `todo`.
 */

const rows: Row[] = [
  [
    "tacheng-2020-13 二.一",
    "阶段性降低失业保险费率、工伤保险费率的政策，实施期限延长至2021年4月30日。",
    "2020-04-03",
    [{ text: "延长至2021年4月30日", start: null, end: "2021-04-30", duration: null }],
  ],
  [
    "tacheng-2020-13 二.一",
    "参保企业面临暂时性生产经营困难且恢复有望、坚持不裁员或少裁员的失业保险稳岗返还政策，实施期限延长至2020年12月31日。",
    "2020-04-03",
    [{ text: "延长至2020年12月31日", start: null, end: "2020-12-31", duration: null }],
  ],
  [
    "tacheng-2020-13 二.一",
    "将受疫情影响企业、困难企业职工培训纳入职业技能提升行动重点支持范围，困难企业组织开展的职工岗前培训、特种作业人员安全培训、在岗培训和转岗转业培训（含初中级就业技能培训）等全部纳入补贴性培训范围，实施期限至2020年12月31日。",
    "2020-04-03",
    [{ text: "至2020年12月31日", start: null, end: "2020-12-31", duration: null }],
  ],
  [
    "tacheng-2020-13 二.二",
    "自2020年2月起，免征中小微企业基本养老、失业、工伤保险单位缴费部分，免征期限为5个月；",
    "2020-04-03",
    [
      { text: "自2020年2月起", start: "2020-02", end: null, duration: null },
      { text: "5个月", start: null, end: null, duration: { value: 5, unit: "month", bound: "exact" } },
    ],
  ],
  [
    "tacheng-2020-13 二.二",
    "对大型企业等其他参保单位（不含机关事业单位）基本养老、失业、工伤保险单位缴费部分减半征收，减征期限为3个月。",
    "2020-04-03",
    [{ text: "3个月", start: null, end: null, duration: { value: 3, unit: "month", bound: "exact" } }],
  ],
  [
    "tacheng-2020-13 二.二",
    "受疫情影响生产经营出现严重困难的企业，可申请缓缴社会保险费，缓缴期限原则上不超过6个月，缓缴期间免收滞纳金。",
    "2020-04-03",
    [{ text: "原则上不超过6个月", start: null, end: null, duration: { value: 6, unit: "month", bound: "max" } }],
  ],
  [
    "tacheng-2020-13 二.四",
    "积极承接中东部产业转移，坚持就业第一，用足用好国家和自治区出台的优惠政策，认真贯彻落实国家继续支持新疆纺织服装产业发展政策，支持和引导纺织服装企业入驻纺织服装工业园区和产业集中区，并对符合条件的企业给予厂房免费使用3年的优惠政策。",
    "2020-04-03",
    [{ text: "3年", start: null, end: null, duration: { value: 3, unit: "year", bound: "exact" } }],
  ],
  [
    "tacheng-2020-13 二.五",
    "对需要一次性裁减人员20人以上，或者裁减人员不足20人但占企业职工总数10%以上的企业，需提前30日向工会或者全体职工说明情况，充分听取工会和职工的意见，将裁减人员方案向当地人社部门报告后，方可按法定程序实施裁员，并依法支付经济补偿，偿还拖欠的职工工资，补缴欠缴的社会保险费。",
    "2020-04-03",
    [{ text: "提前30日", start: null, end: null, duration: { value: 30, unit: "day", bound: "exact" } }],
  ],
  [
    "tacheng-2020-13 三.八",
    "上线发布出口退税手机 APP 应用，向出口企业全程公布出口退税办理进度情况，接受出口企业的监督，确保审核办理正常退税平均时间在10个工作日内。",
    "2020-04-03",
    [{ text: "10个工作日内", start: null, end: null, duration: { value: 10, unit: "workday", bound: "max" } }],
  ],
  [
    "tacheng-2020-13 四.十一",
    "加大创业担保贷款政策实施力度，简化贷款流程，对已发放个人创业担保贷款，借款人患新型冠状病毒感染肺炎的，可向贷款银行申请展期还款，展期期限原则上不超过1年，财政部门继续给予贴息支持。",
    "2020-04-03",
    [{ text: "原则上不超过1年", start: null, end: null, duration: { value: 1, unit: "year", bound: "max" } }],
  ],
  [
    "tacheng-2020-13 四.十一",
    "对返乡农民工首次创业且正常经营1年以上的，有条件的县（市）可给予一次性创业补贴。",
    "2020-04-03",
    [{ text: "1年以上", start: null, end: null, duration: { value: 1, unit: "year", bound: "min" } }],
  ],
  [
    "tacheng-2020-13 四.十二",
    "对从事灵活就业的人员，按本人实际缴纳基本养老保险费给予全额补贴，其中对就业困难人员和高校毕业生，按本人实际缴纳基本养老保险费、基本医疗保险费和失业保险费之和给予全额补贴，补贴期限最长3年，补贴缴费基数最高不超过自治区上年度职工社会平均工资。",
    "2020-04-03",
    [{ text: "最长3年", start: null, end: null, duration: { value: 3, unit: "year", bound: "max" } }],
  ],
  [
    "tacheng-2020-13 四.十二",
    "对初次核定享受补贴政策时距法定退休年龄不足5年的就业困难人员，可延长至法定退休年龄。",
    "2020-04-03",
    [{ text: "不足5年", start: null, end: null, duration: { value: 5, unit: "year", bound: "max" } }],
  ],
  [
    "tacheng-2020-13 六.十八",
    "疫情防控期间，对受疫情影响不能按时办理就业创业补贴等业务的企业或个人，允许延期至疫情解除后3个月内补办。",
    "2020-04-03",
    [{ text: "3个月内", start: null, end: null, duration: { value: 3, unit: "month", bound: "max" } }],
  ],
  [
    "tacheng-2020-13 七.二十一",
    "对领取失业保险金期满仍未就业且距离法定退休年龄不足1年的人员，可继续发放失业保险金直至法定退休年龄。",
    "2020-04-03",
    [{ text: "不足1年", start: null, end: null, duration: { value: 1, unit: "year", bound: "max" } }],
  ],
  [
    "tacheng-2018-10 二.8",
    "对家庭“夫妻工”以有组织形式到内地企业就业一年以上的，按规定给予每对夫妻资金奖励。",
    "2018-02-06",
    [{ text: "一年以上", start: null, end: null, duration: { value: 1, unit: "year", bound: "min" } }],
  ],
  [
    "tacheng-2018-10 四.14",
    "在校及未就业普通高等学校、职业学校、技工院校学生，在地区范围内领取工商营业执照（或其他法定注册登记手续），正常经营3个月以上的，一次性给予2000元创业资助。",
    "2018-02-06",
    [{ text: "3个月以上", start: null, end: null, duration: { value: 3, unit: "month", bound: "min" } }],
  ],
  [
    "tacheng-2018-10 五.16",
    "对高校毕业生到农村从事生产经营管理服务和从事农村电商创业的，按照当地最低工资标准，给予毕业生最长不超过3年的生活补贴，并按其实际缴纳的社会保险种类给予社会保险补贴。",
    "2018-02-06",
    [{ text: "最长不超过3年", start: null, end: null, duration: { value: 3, unit: "year", bound: "max" } }],
  ],
  [
    "tacheng-2018-10 五.16",
    "针对建档立卡，且连续失业一年以上的贫困家庭高校毕业生，适当开发公益性岗位进行托底安置。",
    "2018-02-06",
    [{ text: "一年以上", start: null, end: null, duration: { value: 1, unit: "year", bound: "min" } }],
  ],
  [
    "tacheng-2018-10 六.21",
    "对依法参加失业保险3年以上、当年取得职业资格证书或职业技能等级证书的企业职工，可申请参保职工技能提升补贴，所需资金按规定从失业保险基金中列支。",
    "2018-02-06",
    [{ text: "3年以上", start: null, end: null, duration: { value: 3, unit: "year", bound: "min" } }],
  ],
  [
    "pingliang-2019-1 四.八",
    "小微企业当年新招用符合创业担保贷款申请条件的人员数量达到企业现有在职职工人数25%（超过100人的企业达到15%）并与其签订1年以上劳动合同，可申请最高不超过300万元的小微企业创业担保贷款及贴息扶持。",
    "2019-01-09",
    [{ text: "1年以上", start: null, end: null, duration: { value: 1, unit: "year", bound: "min" } }],
  ],
  [
    "pingliang-2019-1 四.十",
    "认真落实国家三年百万青年见习计划，从2019年1月1日起，将就业见习补贴范围由离校未就业高校毕业生以及艰苦边远地区、老工业基地和国家级贫困县未就业中职毕业生，扩展至全市16—24岁失业青年；",
    "2019-01-09",
    [{ text: "从2019年1月1日起", start: "2019-01-01", end: null, duration: null }],
  ],
  [
    "pingliang-2019-1 四.十",
    "组织失业青年参加3—12个月的就业见习，对吸纳就业见习人员的单位，按每人每月1000元的标准给予就业见习补贴，用于见习单位支付见习人员见习期间基本生活费、为见习人员办理人身意外伤害保险，以及对见习人员的指导管理费用。",
    "2019-01-09",
    [{ text: "3—12个月", start: null, end: null, duration: { value: [3, 12], unit: "month", bound: "range" } }],
  ],
  [
    "pingliang-2019-1 四.十",
    "补贴期限与见习期限一致，最长不超过1年。",
    "2019-01-09",
    [{ text: "最长不超过1年", start: null, end: null, duration: { value: 1, unit: "year", bound: "max" } }],
  ],
  [
    "pingliang-2019-1 七.十八",
    "2019—2020年继续开发6000个乡村公益性岗位，帮助更多农村贫困劳动力实现就地就近就业。",
    "2019-01-09",
    [{ text: "2019—2020年", start: "2019", end: "2020", duration: null }],
  ],
  [
    "pingliang-2019-1 七.十八",
    "鼓励各类企业吸纳贫困劳动力就业，对吸纳贫困户劳动力就业并缴纳社会保险的企业，给予3年期限社会保险补贴，优先安排支企高校毕业生指标，优先落实高校毕业生见习补贴；",
    "2019-01-09",
    [{ text: "3年", start: null, end: null, duration: { value: 3, unit: "year", bound: "exact" } }],
  ],
  [
    "pingliang-2019-1 七.十九",
    "积极组织农村贫困劳动力赴天津市务工，对务工时间达到6个月以上的贫困家庭劳动力，由市财政每年每人给予交通、食宿费补助2000元。",
    "2019-01-09",
    [{ text: "达到6个月以上", start: null, end: null, duration: { value: 6, unit: "month", bound: "min" } }],
  ],
  [
    "xinjiang-2023-49 二.七",
    "见习单位按不低于当地最低工资标准的50%发放岗位补助，对见习期未滿即与见习毕业生签订2年以上期限劳动合同并缴纳社会保险费的，可将剩余期限的见习补贴按月补发给见习单位。",
    "2023-08-09",
    [{ text: "2年以上", start: null, end: null, duration: { value: 2, unit: "year", bound: "min" } }],
  ],
  [
    "zichuan-2020-3 附件.1",
    "支持疫情防控重点物资生产企业复工达产，对春节期间（截至2020年2月9日）开工生产的企业，给予每人每天200元一次性用工补贴，每个企业最高不超过50万元；",
    "2020-03-26",
    [{ text: "截至2020年2月9日", start: null, end: "2020-02-09", duration: null }],
  ],
  [
    "zichuan-2020-3 附件.1",
    "对2020年2月10日起一个月内复工新吸纳就业、签订1年以上劳动合同并缴纳社会保险的，每新吸纳1人按每人1000元标准给予一次性吸纳就业补贴，所需资金从就业补助资金中安排。",
    "2020-03-26",
    [
      {
        text: "2020年2月10日起一个月内",
        start: "2020-02-10",
        end: null,
        duration: { value: 1, unit: "month", bound: "max" },
      },
      { text: "1年以上", start: null, end: null, duration: { value: 1, unit: "year", bound: "min" } },
    ],
  ],
  [
    "zichuan-2020-3 附件.4",
    "阶段性降低失业保险费率、工伤保险费率，2020年4月30日到期后再延长1年。",
    "2020-03-26",
    [
      {
        text: "2020年4月30日到期后再延长1年",
        start: "2020-04-30",
        end: null,
        duration: { value: 1, unit: "year", bound: "exact" },
      },
    ],
  ],
  [
    "zichuan-2020-3 附件.6",
    "自2020年1月1日至2022年12月31日，对残保金实行分档减缴，暂免征收在职职工总数30人（含）以下企业残保金。",
    "2020-03-26",
    [{ text: "自2020年1月1日至2022年12月31日", start: "2020-01-01", end: "2022-12-31", duration: null }],
  ],
  [
    "zichuan-2020-3 附件.7",
    "离校2年内未就业高校毕业生到小微企业就业或灵活就业的，给予社会保险补贴。",
    "2020-03-26",
    [{ text: "2年内", start: null, end: null, duration: { value: 2, unit: "year", bound: "max" } }],
  ],
  [
    "zichuan-2020-3 附件.7",
    "高校毕业生参加就业见习满3个月后，用人单位可为其缴纳社会保险，并继续享受就业见习补贴。",
    "2020-03-26",
    [{ text: "满3个月", start: null, end: null, duration: { value: 3, unit: "month", bound: "min" } }],
  ],
  [
    "zichuan-2020-3 附件.9",
    "阶段性延长就业援助政策，对从事公益性岗位政策期满仍未实现稳定就业的，以及就业困难人员享受灵活就业社会保险补贴政策期满仍未实现稳定就业的，政策享受期限延长1年。",
    "2020-03-26",
    [{ text: "延长1年", start: null, end: null, duration: { value: 1, unit: "year", bound: "exact" } }],
  ],
  [
    "zichuan-2020-3 附件.16",
    "充分发挥我区省级大学生创业孵化示范平台作用，扩大招商范围，继续对入驻企业场地租金、水费、物业、宽带、中央空调等费用全额减免，对在疫情防控期间已入驻或新入驻企业最低延长3个月协议扶持期限。",
    "2020-03-26",
    [{ text: "最低延长3个月", start: null, end: null, duration: { value: 3, unit: "month", bound: "min" } }],
  ],
  [
    "zichuan-2020-3 附件.20",
    "对2019年12月及以后领取失业保险金期满仍未就业且距法定退休年龄不足1年的人员，可继续发放失业保险金至法定退休年龄。",
    "2020-03-26",
    [
      { text: "2019年12月及以后", start: "2019-12", end: null, duration: null },
      { text: "不足1年", start: null, end: null, duration: { value: 1, unit: "year", bound: "max" } },
    ],
  ],
  // the idioms the issue names, anchored on the notice's own signing date
  // 年底/月底 keep the precision printed, as the dev gold writes 5月底前 (guandu-2016 一.1: end 2016-05)
  [
    "a deadline by the end of a stated year",
    "到2025年底前，基本建成覆盖城乡的公共就业服务体系",
    "2021-03-15",
    [{ text: "到2025年底前", start: null, end: "2025", duration: null }],
  ],
  [
    "截至…年底",
    "截至2025年底，累计培训100万人次",
    "2021-03-15",
    [{ text: "截至2025年底", start: null, end: "2025", duration: null }],
  ],
  [
    "上半年 with its year",
    "2023年上半年完成摸底登记",
    "2023-08-09",
    [{ text: "2023年上半年", start: "2023-01", end: "2023-06", duration: null }],
  ],
  [
    "一季度 takes the document year",
    "一季度完成企业用工摸排",
    "2021-03-15",
    [{ text: "一季度", start: "2021-01", end: "2021-03", duration: null }],
  ],
  [
    "“十四五”期间",
    "“十四五”期间，全市城镇新增就业10万人以上",
    "2021-03-15",
    [{ text: "“十四五”期间", start: "2021", end: "2025", duration: null }],
  ],
  [
    "自印发之日起 starts on the signing date",
    "本通知自印发之日起施行",
    "2021-03-15",
    [{ text: "自印发之日起", start: "2021-03-15", end: null, duration: null }],
  ],
  [
    "每年3月底前 takes the document year",
    "各县（市）每年3月底前报送上年度资金使用情况",
    "2021-03-15",
    [{ text: "每年3月底前", start: null, end: "2021-03", duration: null }],
  ],
  [
    "a range of durations: 3—12个月 (pingliang-2019-1 四.十)",
    "见习期限为3—12个月",
    "2019-01-09",
    [{ text: "3—12个月", start: null, end: null, duration: { value: [3, 12], unit: "month", bound: "range" } }],
  ],
  [
    "workdays with 内 (tacheng-2020-13 三.八)",
    "通关平均时间在10个工作日内",
    "2020-04-03",
    [{ text: "10个工作日内", start: null, end: null, duration: { value: 10, unit: "workday", bound: "max" } }],
  ],
  [
    "a date split by a page break with spaces (tacheng-2020-13 二.一)",
    "困难企业组织开展的职工岗前培训等全部纳入补贴性培训范围，实施期限至 2020 年 12\n\n月 31 日。",
    "2020-04-03",
    [{ text: "至 2020 年 12\n\n月 31 日", start: null, end: "2020-12-31", duration: null }],
  ],
  [
    "an anchor and a duration: 起一个月内 (zichuan-2020-3 附件.1)",
    "对2020年2月10日起一个月内复工新吸纳就业的",
    "2020-03-26",
    [
      {
        text: "2020年2月10日起一个月内",
        start: "2020-02-10",
        end: null,
        duration: { value: 1, unit: "month", bound: "max" },
      },
    ],
  ],
  [
    "an expiry then an extension (zichuan-2020-3 附件.4)",
    "阶段性降低失业保险费率、工伤保险费率，2020年4月30日到期后再延长1年。",
    "2020-03-26",
    [
      {
        text: "2020年4月30日到期后再延长1年",
        start: "2020-04-30",
        end: null,
        duration: { value: 1, unit: "year", bound: "exact" },
      },
    ],
  ],
  // issue 10 classes, each with a real sentence other than the dev notice's own
  [
    "a month range with its year (tianjin has 执行期限为2020年3月至6月)",
    "集中受理时间为2021年7月至9月。",
    "2021-06-10",
    [{ text: "2021年7月至9月", start: "2021-07", end: "2021-09", duration: null }],
  ],
  [
    "a year-less month range takes the sentence's year (tianjin has 3月至6月)",
    "2021年度申报工作分两批进行，第一批受理时间为4月至5月。",
    "2021-03-15",
    [
      { text: "2021年度", start: "2021", end: "2021", duration: null },
      { text: "4月至5月", start: "2021-04", end: "2021-05", duration: null },
    ],
  ],
  [
    "a month range with a dash: 2022年6月—8月",
    "集中开展专项行动的时间为2022年6月—8月。",
    "2022-05-20",
    [{ text: "2022年6月—8月", start: "2022-06", end: "2022-08", duration: null }],
  ],
  [
    "a month range across years",
    "试点期为2021年10月—2022年3月。",
    "2021-09-01",
    [{ text: "2021年10月—2022年3月", start: "2021-10", end: "2022-03", duration: null }],
  ],
  [
    "4月份 takes the year of its sentence",
    "2023年起实施，4月份启动首批申报。",
    "2023-01-10",
    [
      { text: "2023年起", start: "2023", end: null, duration: null },
      { text: "4月份", start: "2023-04", end: "2023-04", duration: null },
    ],
  ],
  [
    "a year-less month-end deadline takes the signing year (guandu has 5月底前)",
    "6月底前完成全部摸底登记工作。",
    "2021-03-15",
    [{ text: "6月底前", start: null, end: "2021-06", duration: null }],
  ],
  [
    "with no signing date, the year of the 文号 the head cites",
    "根据《省人民政府关于稳就业的若干意见》（某政发〔2019〕8号），9月底前完成补贴发放。",
    "",
    [{ text: "9月底前", start: null, end: "2019-09", duration: null }],
  ],
  [
    "a day-only range end takes the start's month (a holiday schedule: 2月4日至10日)",
    "集中受理时间为2021年6月1日至15日。",
    "2021-05-20",
    [{ text: "2021年6月1日至15日", start: "2021-06-01", end: "2021-06-15", duration: null }],
  ],
  [
    "起…日内 after a date is a length, not a range end",
    "自2021年6月1日起10日内办结。",
    "2021-05-20",
    [
      {
        text: "自2021年6月1日起10日内",
        start: "2021-06-01",
        end: null,
        duration: { value: 10, unit: "day", bound: "max" },
      },
    ],
  ],
  [
    "a date-time range (公示期 2022年1月28日17:08—2022年2月11日24:00)",
    "公示时间：2021年9月1日9:00—2021年9月7日17:30。",
    "2021-08-30",
    [{ text: "2021年9月1日9:00—2021年9月7日17:30", start: "2021-09-01", end: "2021-09-07", duration: null }],
  ],
  [
    "dotted dates in a range: 2021.3.1-2021.3.31",
    "申报时间：2021.3.1-2021.3.31。",
    "2021-02-20",
    [{ text: "2021.3.1-2021.3.31", start: "2021-03-01", end: "2021-03-31", duration: null }],
  ],
  [
    "a full-width － in a date range",
    "申报时间为2021年3月1日－2021年3月31日。",
    "2021-02-20",
    [{ text: "2021年3月1日－2021年3月31日", start: "2021-03-01", end: "2021-03-31", duration: null }],
  ],
  [
    "a baseline year is not a period (shijiazhuang has 比2010年实现翻一番)",
    "到2025年，全市地区生产总值比2020年增长40%以上。",
    "2021-03-15",
    [{ text: "到2025年", start: null, end: "2025", duration: null }],
  ],
  [
    "与…相比 is a baseline too",
    "到2022年底，与2019年相比新增就业岗位1万个。",
    "2021-03-15",
    [{ text: "到2022年底", start: null, end: "2022", duration: null }],
  ],
  [
    "a year before 比上年 scopes the measure",
    "2021年全市新增就业比上年增长5%。",
    "2021-03-15",
    [{ text: "2021年", start: "2021", end: "2021", duration: null }],
  ],
  [
    "the years of a plan the measure issues (huaian has 出台《…三年行动计划(2022-2024)》)",
    "编制《全市数字经济发展规划(2021-2025)》。",
    "2021-03-15",
    [{ text: "2021-2025", start: "2021", end: "2025", duration: null }],
  ],
  [
    "a span of months with 月 printed once: 2021年1—6月",
    "2021年1—6月全市新增就业3.2万人。",
    "2021-07-10",
    [{ text: "2021年1—6月", start: "2021-01", end: "2021-06", duration: null }],
  ],
  [
    "a year-less span of months: 3至5月份",
    "2022年度职业技能竞赛于3至5月份举办。",
    "2022-02-10",
    [
      { text: "2022年度", start: "2022", end: "2022", duration: null },
      { text: "3至5月份", start: "2022-03", end: "2022-05", duration: null },
    ],
  ],
  [
    "a span of days with 日 printed once: 6月1—15日",
    "集中申报时间为2021年6月1—15日。",
    "2021-05-20",
    [{ text: "2021年6月1—15日", start: "2021-06-01", end: "2021-06-15", duration: null }],
  ],
  [
    "自即日起 starts on the signing date",
    "自即日起至2021年12月31日，暂停收取相关费用。",
    "2021-03-15",
    [{ text: "自即日起至2021年12月31日", start: "2021-03-15", end: "2021-12-31", duration: null }],
  ],
  [
    "为期 takes a Chinese-numeral length",
    "开展为期一年的专项整治行动。",
    "2021-03-15",
    [{ text: "一年", start: null, end: null, duration: { value: 1, unit: "year", bound: "exact" } }],
  ],
  [
    "每年…月底前 after …年起 takes that year (guowuyuan-2019-4 四.一)",
    "2020年起，每年1月底前完成上述工作。",
    "2019-01-16",
    [
      { text: "2020年起", start: "2020", end: null, duration: null },
      { text: "每年1月底前", start: null, end: "2020-01", duration: null },
    ],
  ],
  [
    "a deadline label before the date: 截止时间为",
    "第一批次申报截止时间为2022年4月15日17:00。",
    "2022-03-01",
    [{ text: "2022年4月15日17:00", start: null, end: "2022-04-15", duration: null }],
  ],
  [
    "废止 after a date makes it an end",
    "本办法自2022年9月1日起执行，2023年8月31日废止。",
    "2022-08-20",
    [
      { text: "自2022年9月1日起", start: "2022-09-01", end: null, duration: null },
      { text: "2023年8月31日废止", start: null, end: "2023-08-31", duration: null },
    ],
  ],
  [
    "a weekday and a time before 前 keep the deadline",
    "请于2022年3月10日（星期四）下午5:00前报送。",
    "2022-03-01",
    [{ text: "2022年3月10日", start: null, end: "2022-03-10", duration: null }],
  ],
  [
    "a date after 时间为 with no deadline word is a point",
    "评审时间为2022年4月15日。",
    "2022-03-01",
    [{ text: "2022年4月15日", start: "2022-04-15", end: "2022-04-15", duration: null }],
  ],
  [
    "a date at the end of a sentence is not a signature",
    "请按时完成材料准备。 集中报送时间 2021年3月15日",
    "2021-03-01",
    [{ text: "2021年3月15日", start: "2021-03-15", end: "2021-03-15", duration: null }],
  ],
  [
    "traditional script: a month range and a deadline (panjin is a 繁體 mirror)",
    "執行期限為2021年3月至6月，各單位於5月底前報送。",
    "2021-02-01",
    [
      { text: "2021年3月至6月", start: "2021-03", end: "2021-06", duration: null },
      { text: "5月底前", start: null, end: "2021-05", duration: null },
    ],
  ],
  [
    "延长 takes a Chinese-numeral length (zichuan has 延长1年)",
    "政策享受期限再延长一年。",
    "2021-03-15",
    [{ text: "再延长一年", start: null, end: null, duration: { value: 1, unit: "year", bound: "exact" } }],
  ],
  [
    "年底前 is a deadline in the signing year",
    "年底前实现全覆盖。",
    "2021-03-15",
    [{ text: "年底前", start: null, end: "2021", duration: null }],
  ],
  [
    "最低延长 is a minimum (zichuan-2020-3 附件.16)",
    "对在疫情防控期间已入驻或新入驻企业最低延长3个月协议扶持期限。",
    "2020-03-26",
    [{ text: "最低延长3个月", start: null, end: null, duration: { value: 3, unit: "month", bound: "min" } }],
  ],
];

/** [label, sentence]: nothing here is a period. */
const negatives: [string, string][] = [
  ["a 文号 is never a date", "根据《国务院关于做好稳就业工作的意见》（国发〔2020〕12号）"],
  ["relative words: 上年度, 当年, 疫情期间", "按上年度实际缴纳失业保险费的50%返还，当年新招用人员，疫情期间免收滞纳金"],
  ["上年末 is relative", "返还标准可按上年末当地月人均失业保险金确定"],
  ["a plan name: 三年规划", "全面落实自治区《喀什和田地区城乡富余劳动力有组织转移就业三年规划(2017—2019)》。"],
  ["a Chinese-numeral year count without a bound is a name", "实施国家三年百万青年见习计划"],
  ["百分之三十五点五 yields no time", "失业保险费率降至百分之三十五点五"],
  ["ages are not durations", "女满45周岁、男满55周岁及其以上的城镇登记失业人员"],
  ["money and counts are not durations", "每人每月1000元，招募不少于2000人"],
  ["a month with no cue is not a date: 上年12月, 6月指数", "以上年12月居民消费价格指数为基数，按6月指数测算"],
  ["a bare 年底 is relative (panjin has 年底逐一绩效对账)", "每季度通报一次进展情况，年底进行综合考评"],
  ["the signature date on its own line is meta", "市人力资源和社会保障局\n2021年3月15日"],
  [
    "a flattened signature at the end of the last item is meta",
    "各地要加强组织领导，确保工作落实。 市人力资源和社会保障局 市财政局 2021年3月15日 （此件公开发布）",
  ],
  ["the printing line is meta", "（此件公开发布）\n市人民政府办公室　　2021年3月16日印发"],
  ["the years in a cited plan's title are not periods", "贯彻落实《全省就业促进三年行动计划(2018-2020)》"],
  ["clock times alone are not periods", "工作日8:30—17:30受理"],
  ["提前一年 says how much earlier (shijiazhuang has 力争提前一年实现收入翻番目标)", "力争提前一年完成规划目标任务"],
  [
    "the year of a 公告 number is not a period",
    "按照《财政部 税务总局关于进一步实施小微企业所得税优惠政策的公告》（财政部 税务总局公告2022年第13号）执行",
  ],
  ["a version or a decimal is not a dotted date", "适用《标准》2019.1版，增幅达2020.5万元"],
  ["a phone number with － is not a range", "咨询电话：0571－87654321"],
];

describe("periods", () => {
  tableTests("periods", rows, negatives);
  test("an inferred year says so, and why", () => {
    const { found } = run("实施期限为2020年1月1日至12月31日。", "periods", "2020-04-03");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      start: "2020-01-01",
      end: "2020-12-31",
      rule: "period/range",
      inferred: ["end.year"],
    });
    const lone = run("12月31日前完成", "periods", "2021-03-15").found[0]!;
    expect(lone).toMatchObject({ end: "2021-12-31", inferred: ["year"], rule: "period/date/year-from-document-date" });
  });
  test("a notice about next year takes its year from the head, and says why", () => {
    const head = headYears(
      "国务院办公厅关于2022年\n\n部分节假日安排的通知\n国办发明电〔2021〕11号\n各省、自治区、直辖市人民政府：\n一、元旦：1月1日至3日放假调休",
    );
    expect(head).toEqual({ stated: 2022, cited: 2021 });
    expect(inferMissingYear(undefined, undefined, "2021-12-06", head)).toEqual({ year: 2022, reason: "document-text" });
    // a head year that is not the next one leaves the signing year
    expect(inferMissingYear(undefined, undefined, "2021-02-06", { stated: 2020 })).toEqual({
      year: 2021,
      reason: "document-date",
    });
    expect(inferMissingYear(undefined, undefined, null, { cited: 2016 })).toEqual({
      year: 2016,
      reason: "cited-document",
    });
    const { found } = run("春节：2月4日至10日放假调休，共7天。", "periods", "2018-12-04");
    expect(found[0]).toMatchObject({ start: "2018-02-04", end: "2018-02-10", inferred: ["year", "end.month"] });
  });
});
