import type { Evidence, Meta } from "../../schemas/index.ts";
import type { Segmented } from "../../read/segment/index.ts";
import type { NormalizedText } from "../context.ts";
import { DATE_YMD, foldZeros } from "../../lang/lexicon/dates.ts";
import { DOC_TYPES } from "../../lang/lexicon/documentKinds.ts";
import { META_FIELD_LABELS, META_LABELS, PORTAL_CHROME } from "../../lang/lexicon/portal.ts";
import {
  ADMIN_LEVELS,
  BEFORE_REGION,
  BEFORE_REGION_WORD,
  CENTRAL_ORGAN,
  NAMED_ORGANS,
  NOT_REGION,
  ORGAN_ENDINGS,
} from "../../lang/lexicon/organs.ts";
import { PROVINCE_SHORT } from "../../lang/lexicon/units.ts";
import { fullDateIso } from "../../lang/dates.ts";
import { textLines, type TextLine } from "../../core/lines.ts";

export interface MetaResult {
  meta: Meta;
  evidence: {
    docNumber?: Evidence;
    issuer?: Evidence;
    title?: Evidence;
    date?: Evidence;
    region?: Evidence;
    cites: Evidence[];
  };
}

type Ground = (start: number, end: number) => { text: string; span: { start: number; end: number } };

// 塔行办发〔2020〕13号, 国办发〔2023〕11号, 工信部联企业〔2011〕300号, 新政办发[2023]49号 (folded to 〔〕 by normalize),
// 财建„2009‟165号 (low-high quotes some PDFs print for 〔〕)
const NO_OPEN = "〔„";
const NO_CLOSE = "〕‟";
// 宁政发(2019)3号, 深府(2006)78号: round brackets, only after an agency code's usual last character (发/函/字/规/电/办/府)
// (PDF text may space the parts: 塔行办发 〔2020〕 13 号)
const DOC_NUMBER_SRC = `(?:(?<agency>[\\u4e00-\\u9fff]{1,10})\\s?[${NO_OPEN}]\\s?(?<year>\\d{4})\\s?[${NO_CLOSE}]\\s?(?<no>\\d{1,5})\\s?号|(?<pagency>[\\u4e00-\\u9fff]{0,9}[发函字规电办府])[（(](?<pyear>\\d{4})[）)](?<pno>\\d{1,5})号)`;
// 国务院令第649号, 国令第706号, 人力资源社会保障部令第18号: the number of a decree
// (or the number before 令: 甘肃省政府第63号令)
const DECREE_NUMBER_SRC = `(?:(?<dagency>[\\u4e00-\\u9fff]{1,12}令)\\s*第\\s*(?<dno>\\d{1,5})\\s*号|(?<dagency2>[\\u4e00-\\u9fff]{2,12}?)第\\s*(?<dno2>\\d{1,5})\\s*号令)`;
const CITED_NUMBER = new RegExp(`${DOC_NUMBER_SRC}|${DECREE_NUMBER_SRC}`, "g");
/** Words that run into an agency code from the sentence before it: 贯彻落实鲁政发〔2020〕5号 */
const BEFORE_AGENCY =
  /^.*(?:关于|贯彻落实|落实|根据|按照|依据|参照|印发|转发|执行|通知|意见|办法|的|和|及|与|是|为|按|见)/;
const FIELD_OF_LABEL = new Map<string, keyof typeof META_FIELD_LABELS>(
  (Object.entries(META_FIELD_LABELS) as [keyof typeof META_FIELD_LABELS, readonly string[]][]).flatMap(([f, ls]) =>
    ls.map((l) => [l, f] as const),
  ),
);
// 发文字号：新政办发〔2023〕49号 (portal metadata box)
// (gov.cn pads short labels: 标　　题：, 索 引 号：; list boxes bullet them: • 发文字号:; copied tables put
// several on a line: 发文机关：国务院办公厅    成文日期：2021年03月05日, or separate label and value by a tab or |)
const spaced = (l: string) => [...l].join("\\s*");
const ANY_LABEL = `(?:${[...new Set([...META_LABELS, ...FIELD_OF_LABEL.keys()])].map(spaced).join("|")})`;
const LABEL_AT = new RegExp(
  `(?<label>${ANY_LABEL})\\s*[:：]|(?:^|(?<=[\\s|•·●]))(?<cell>${ANY_LABEL})(?:\\s*[\\t|]|\\s+(?=[^\\s:：]))`,
  "g",
);
const LABEL_START = new RegExp(LABEL_AT.source);
// 2020年4月3日 / 二〇二〇年四月三日 alone on a line
const DATE_LINE = new RegExp(`^[（(]?${DATE_YMD}[）)]?(?<printed>印发)?$`);

const ENDINGS = ORGAN_ENDINGS.join("|");
/** One organ: 鹤岗市中级人民法院, 中共吉林省委, 平凉市人民政府办公室 */
const ORGAN = `(?:${NAMED_ORGANS.join("|")}|[\\u4e00-\\u9fff（）]{2,40}?(?:${ENDINGS}))`;
/** Organs issuing together (at most six), printed with a space or 、 between them or run together */
const ORGAN_LIST = `${ORGAN}(?:[ \\t、]*${ORGAN}){0,5}`;
/** Longest line an organ pattern is tried on: the lazy organ list backtracks badly on long runs of CJK text */
const ORGAN_LINE_MAX = 120;
const short = (t: string, max = ORGAN_LINE_MAX) => t.length <= max;
const isOrgHead = (t: string) => short(t) && ORG_HEAD_RE.test(squash(t));
/** How a title ends: the document type, perhaps a draft or trial mark (办法（征求意见稿）) */
// (a draft or trial mark, or the years a plan covers: 就业促进规划（2021—2025年）)
const DOC_TYPE_END = new RegExp(
  `(?:${DOC_TYPES})(?:[（(](?:征求意见稿|试行|暂行|修订稿?|草案|\\d{4}\\s*[—–\\-－~～至]+\\s*\\d{4}年?|\\d{4}年(?:版|修订)?)[）)])?$`,
);
/** 印发/转发 and what is relayed before 关于: 转发省人力资源社会保障厅等部门关于…, 印发《关于…》的通知 */
const RELAYS = `(?:联合)?(?:(?:印发|转发)[\\u4e00-\\u9fff（）、《〈]{0,40}?)?`;
// (or an organ that 印发/转发 a document with no 关于 at all: 上海市人民政府印发《上海市促进就业若干措施》的通知)
const TITLE_LINE = new RegExp(
  `^(?:(?<org>${ORGAN_LIST})?${RELAYS}关于.{4,150}?${DOC_TYPE_END.source.slice(0, -1)}|(?<org2>${ORGAN_LIST})(?:联合)?(?:印发|转发)(?!了).{4,150}?的通知)$`,
);
/** The whole of a (joined) head text read as a title, or null */
const titleMatch = (t: string) => {
  const q = squash(t);
  return short(q, 200) ? q.match(TITLE_LINE) : null;
};
const ORG_HEAD_RE = new RegExp(`^(?<org>${ORGAN_LIST})(?:文件)?$`);
/** An organ line ending in 印发 above a 关于 line: 鹤岗市人民政府 鹤岗市中级人民法院印发 / 关于…的意见的通知 */
const ORG_ISSUES = new RegExp(`^(?<org>${ORGAN_LIST})(?:联合)?(?:印发|转发)$`);
const TITLE_START = new RegExp(`^(?:${ORGAN_LIST})?(?:${RELAYS}关于|(?:印发|转发))`);
// 某某市人民政府    2020年4月3日 (signature and date on one line)
const SIGN_DATE_LINE_RE = new RegExp(`^(?<org>${ORGAN_LIST})\\s*(?<date>${DATE_YMD.replace(/\(\?<(\w+)>/g, "(?:")})$`);
const signDate = (t: string) => (short(t) ? t.match(SIGN_DATE_LINE_RE) : null);
// 2018-02-20  行署办公室 (publisher line of a portal page)
const PUBLISHER_LINE = /^\d{4}-\d{2}-\d{2}\s*(?<org>[\u4e00-\u9fff]{2,20}(?:办公室|办公厅|政府|局|厅|委员会))/m;
/** A wiki or news lead: 2023年12月，中共山西省委办公厅、山西省人民政府办公厅发布《山西省乡村振兴责任制实施细则》 */
// (at a line start or after a date or comma, and not 为贯彻落实国务院办公厅印发《…》: a basis, not the document)
const LEAD_ISSUE = new RegExp(
  `(?:^|[，,]\\s*)(?!为|根据|按照|依据|贯彻|落实|经)(?<org>${ORGAN_LIST})(?:联合)?(?:发布|印发|出台)了?《(?<title>[^《》]{4,80})》`,
);
/** An encyclopedia's definition: 《某某市就业补助资金管理办法》是某某市人力资源和社会保障局于2020年印发的文件 */
/** A news intro: 《天津市临时救助办法》已于本月发布 (the title, no organ) */
const LEAD_TITLE = /^《(?<title>[^《》]{4,80})》(?:已经|已)?于[^，。《》]{0,20}?(?:发布|印发|公布|出台)/;
const LEAD_DEFINES = new RegExp(
  `^《(?<title>[^《》]{4,80})》(?:是|系|由)(?<org>${ORGAN_LIST})(?:于[^，。《》]{0,20}?)?(?:联合)?(?:发布|印发|颁布|制定|出台)`,
);
/** A document-sharing site's file name: 吉林省委吉林省人民政府关于…的意见(2023年).docx */
const FILE_NAME_END = /(?:[（(]\d{4}年?(?:版|修订)?[）)])?\.(?:docx?|pdf|wps|txt|xlsx?)$/i;
/** A title with its 文号 in brackets after it on one line: 关于…的通知（某政发〔2020〕1号） */
const TITLE_THEN_NO = new RegExp(
  `^(?<title>.+?${DOC_TYPE_END.source.slice(0, -1)})\\s*(?<number>[（(]${DOC_NUMBER_SRC}[）)])$`,
);
/** Sentence punctuation: a line that has it is prose, not a title */
const PROSE = /[，。；：:！？,;]/;
// 伊犁哈萨克自治州 塔城地区 新疆维吾尔自治区 平凉市 淄川区 石龙镇
// (not 市场, 市民 (but 市民政局), 区域, 县级, 乡村, 市长 (but 西安市长安区): a level character that starts a common word)
const ADMIN_NAME = new RegExp(
  `[\\u4e00-\\u9fff]{2,8}?(?:${ADMIN_LEVELS.join("|")})(?!场|民(?!政|族)|级|直|属|域|村|长(?![安沙春治寿宁乐兴清垣岭泰阳葛汀顺白武丰]))`,
  "g",
);
/** a province-level name, so a region can be cut out of a phrase: 进一步做好天津市 → 天津市 */
const PROVINCE_AT = new RegExp(`(?:${PROVINCE_SHORT.join("|")})`);

const normNo = (s: string) =>
  s
    .replace(/\s+/g, "")
    .replace(new RegExp(`[\\[【［${NO_OPEN}]`, "g"), "〔")
    .replace(new RegExp(`[\\]】］${NO_CLOSE}]`, "g"), "〕")
    .replace(/[（(](\d{4})[）)](?=\d{1,5}号)/, "〔$1〕");
const squash = (s: string) => s.replace(/\s+/g, "");

/** A candidate region name cleaned of the words before it, or null when it is not a proper name. */
function cleanRegion(raw: string): { name: string; cut: number } | null {
  const valid = (cut: number) => {
    const name = raw.slice(cut);
    const level = ADMIN_LEVELS.find((l) => name.endsWith(l))!;
    const stem = name.length - level.length;
    if (stem < 2 || /^中共/.test(name) || stem > (level.startsWith("自治") || level === "特别行政区" ? 8 : 5))
      return null;
    if (NOT_REGION.test(name) || /^(?:人民|行政)/.test(name)) return null;
    return { name, cut };
  };
  let cut = raw.length - raw.replace(BEFORE_REGION, "").length;
  const p = raw.slice(cut).match(PROVINCE_AT);
  if (p && p.index! > 0) cut += p.index!;
  // the words before a name are cut unless the name starts with a one-character one (和田地区, 和平区);
  // a name after such a word inside the candidate is tried too (工作支持大同市 → 大同市)
  const inner = [...raw.matchAll(BEFORE_REGION_WORD)]
    .map((w) => w.index! + w[0].length)
    .filter((e) => e > cut && e < raw.length - 1);
  return valid(cut) ?? (cut === 1 ? valid(0) : null) ?? (inner.length ? valid(inner[inner.length - 1]!) : null);
}

// 和县, 沛县, 萧县: a one-character county, only where a name starts (the issuer's start, after its city) and an organ follows
const ONE_CHAR_COUNTY =
  /(?<=[市州盟])[\u4e00-\u9fff]县|^(?:中共)?[\u4e00-\u9fff]县(?=人民|政府|县?委|[^\u4e00-\u9fff]|$)/g;

/** Region names in a text with their offsets. */
function regionNames(s: string): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  for (const m of s.matchAll(ADMIN_NAME)) {
    const c = cleanRegion(m[0]);
    if (c) out.push({ name: c.name, at: m.index! + c.cut });
  }
  for (const m of s.matchAll(ONE_CHAR_COUNTY)) {
    const name = m[0].replace(/^中共/, "");
    const at = m.index! + m[0].length - name.length;
    if (!NOT_REGION.test(name) && !out.some((o) => o.at <= at && at < o.at + o.name.length)) out.push({ name, at });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Region the issuer governs: the most specific administrative name in it. */
export function regionOf(s: string): string | null {
  const names = regionNames(s);
  return names[names.length - 1]?.name ?? null;
}

/** Document metadata: 文号, issuer, title, signing date, region, cited 文号. Values are written as printed. */
export function extractMeta(norm: NormalizedText, seg: Segmented, ground: Ground): MetaResult {
  const text = norm.text;
  // a line normalize joined to the next (a title and its 文号) is split again where the source broke it
  const piece = (from: number, to: number): TextLine => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    return { text: raw.trim(), start: from + lead, end: from + lead + raw.trim().length };
  };
  const splitAtBreaks = (l: TextLine): TextLine[] => {
    const out: TextLine[] = [];
    let from = l.start;
    for (let i = l.start; i + 1 < l.end; i++) {
      const a = ground(i, i + 1).span;
      const b = ground(i + 1, i + 2).span;
      if (
        b.start > a.end &&
        ground(i, i + 2)
          .text.slice(a.end - a.start, b.start - a.start)
          .includes("\n")
      ) {
        out.push(piece(from, i + 1));
        from = i + 1;
      }
    }
    out.push(piece(from, l.end));
    return out.filter((x) => x.text);
  };
  const lines = (from: number, to: number) => textLines(text, from, to).flatMap(splitAtBreaks);
  const headEnd = seg.body?.start ?? text.length;
  // a breadcrumb before a title on its line (当前位置：首页 > 政策文件 > 标题) and a list's date after it (标题 2020-05-01)
  const trimChrome = (l: TextLine): TextLine => {
    const crumb = PORTAL_CHROME.test(l.text) && /[>»]/.test(l.text) ? l.text.search(/[^>»]*$/) : 0;
    // a bullet, or a content farm's list index before a title (1. 福建省省级财政专项资金管理办法)
    const index = l.text.slice(crumb).match(/^\d{1,2}[.．、]\s*(?=[\u4e00-\u9fff])/)?.[0];
    const bullet =
      index && DOC_TYPE_END.test(squash(l.text)) && !PROSE.test(l.text.slice(crumb + index.length))
        ? index.length
        : l.text.slice(crumb).match(/^[\s•·●]*/)![0].length;
    const from = crumb + bullet;
    const to = l.text.search(/\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/);
    const end = to > from && !LABEL_START.test(l.text) ? to : l.text.length;
    if (from === 0 && end === l.text.length) return l;
    const t = l.text.slice(from, end);
    const lead = t.length - t.trimStart().length;
    return { text: t.trim(), start: l.start + from + lead, end: l.start + from + lead + t.trim().length };
  };
  // (the segmenter may read a content farm's "1. 某某办法" as the first item: that line is looked at too)
  const firstBody = lines(headEnd, Math.min(text.length, headEnd + 1))
    .slice(0, 1)
    .filter(
      (l) =>
        /^\d{1,2}[.．、]\s*[\u4e00-\u9fff]/.test(l.text) &&
        DOC_TYPE_END.test(squash(l.text)) &&
        !PROSE.test(l.text) &&
        l.text.length <= 62,
    );
  // a title with its 文号 in brackets after it on one line is two lines
  // (only for the first line or one over the addressees: elsewhere in a form it names a document relied on)
  const ADDRESSEE = /^[\u4e00-\u9fff（）()、，,\s]{2,120}[:：]$/;
  const splitNumber = (l: TextLine, i: number, all: TextLine[]): TextLine[] => {
    const m = l.text.match(TITLE_THEN_NO);
    if (!m || (i > 0 && !ADDRESSEE.test(all[i + 1]?.text ?? ""))) return [l];
    return [piece(l.start, l.start + m.groups!.title!.length), piece(l.end - m.groups!.number!.length, l.end)];
  };
  const head = [...lines(0, headEnd), ...firstBody]
    .map(trimChrome)
    .filter((l) => l.text)
    .flatMap(splitNumber);
  // the tail: the segmenter's, reaching back over the last lines (a joint signature, or a tail it did not see)
  let tailFrom = seg.tail.start;
  for (let k = 0, at = text.length; k < 8 && at > 0; k++) {
    at = text.lastIndexOf("\n", at - 1);
    if (at < 0) break;
    tailFrom = Math.min(tailFrom, at + 1);
  }
  tailFrom = Math.max(tailFrom, headEnd);
  const tail = lines(tailFrom, text.length);
  const ev: MetaResult["evidence"] = { cites: [] };
  const meta: Meta = { docNumber: null, issuer: null, title: null, date: null, region: null, cites: [] };
  /** Where the n-th non-blank character after `from` ends (an organ of a title wrapped over lines) */
  const afterChars = (from: number, n: number) => {
    let i = from;
    for (let k = 0; i < text.length && k < n; i++) if (!/\s/.test(text[i]!)) k++;
    return i;
  };
  const evidence = (start: number, end: number, rule: string): Evidence => ({ ...ground(start, end), rule });
  /** The printed text of a normalised range, whitespace removed (盤政辦發〔2021〕1號, not the folded 盘政办发) */
  const printed = (start: number, end: number) => squash(ground(start, end).text);
  /** A code or a name as printed, without the inline readings normalize dropped (新政辦發(fā)〔2022〕34號 → 新政辦發〔2022〕34號) */
  const sourceOf = (start: number, end: number) => {
    let out = "";
    for (let i = start; i < end; i++) {
      const g = ground(i, i + 1);
      if (i > start) {
        // a blank normalize dropped between two names still separates them (鹤岗市人民政府 鹤岗市中级人民法院)
        const both = ground(i - 1, i + 1).text;
        const gap = both.slice(ground(i - 1, i).text.length, both.length - g.text.length);
        if (gap && /^\s+$/.test(gap)) out += " ";
      }
      out += g.text;
    }
    return out;
  };
  const printedName = (start: number, end: number) => squash(sourceOf(start, end));

  const labelled = new Map<keyof typeof META_FIELD_LABELS, { value: string; start: number; end: number }>();
  for (const [i, l] of head.entries()) {
    const found = [...l.text.matchAll(LABEL_AT)];
    for (const [k, m] of found.entries()) {
      const field = FIELD_OF_LABEL.get(squash(m.groups!.label ?? m.groups!.cell!));
      if (!field || labelled.has(field)) continue;
      const from = m.index! + m[0].length;
      const raw = l.text.slice(from, found[k + 1]?.index ?? l.text.length);
      const v = raw.replace(/[\s|]+$/, "").replace(/^[\s|]+/, "");
      const vs = l.start + from + raw.indexOf(v);
      // a label alone on its line (• 发文字号:) takes the next line as its value unless that is a label too
      const next = head[i + 1];
      if (v) labelled.set(field, { value: v, start: vs, end: vs + v.length });
      else if (found.length === 1 && next && !LABEL_START.test(next.text.slice(0, 12)))
        labelled.set(field, { value: next.text, start: next.start, end: next.end });
    }
  }

  // 文号: the portal box, else a 文号 standing alone on a head line
  const box = labelled.get("docNumber");
  let ownNo: { start: number; end: number } | undefined;
  // 塔行办发〔2020〕13号 alone on a line, or bracketed or followed by a date: （新政办发〔2023〕49号）
  // or followed by the signer of a report: 某政发〔2020〕3号 签发人：张某某
  const ownLine = new RegExp(
    `^[（(]?(${DOC_NUMBER_SRC})[）)]?(?:\\d{4}年\\d{1,2}月\\d{1,2}日|签发人[:：][\\u4e00-\\u9fff]{2,4})?$`,
  );
  const own = head.find((l) => ownLine.test(squash(l.text)));
  // a decree's head: 中华人民共和国国务院令 / 第706号, or 某某省人民政府令 第12号 on one line
  const decree = head.slice(0, 8).flatMap((l, i) => {
    const one = squash(l.text).match(/^(?:中华人民共和国)?(?<agency>[\u4e00-\u9fff]{2,20}令)(?:第\d{1,5}号)?$/);
    if (!one) return [];
    const no = squash(l.text).match(/第\d{1,5}号$/)
      ? l
      : head[i + 1] && /^第\s*\d{1,5}\s*号$/.test(head[i + 1]!.text)
        ? head[i + 1]
        : undefined;
    if (!no) return [];
    const s = l.start + l.text.indexOf(one.groups!.agency!.slice(0, 2));
    return [{ start: s, end: no.end, agency: { start: s, end: s + one.groups!.agency!.length - 1 } }];
  })[0];
  if (box && new RegExp(DOC_NUMBER_SRC).test(box.value)) {
    ownNo = box;
    meta.docNumber = normNo(printedName(box.start, box.end));
    ev.docNumber = evidence(box.start, box.end, "meta/doc-number-box");
  } else if (box && new RegExp(`^(?:${DECREE_NUMBER_SRC})$`).test(squash(box.value))) {
    // 发文字号：国令第706号 — the portal box of a decree
    ownNo = box;
    meta.docNumber = printedName(box.start, box.end);
    ev.docNumber = evidence(box.start, box.end, "meta/doc-number-box-decree");
  } else if (decree) {
    ownNo = decree;
    meta.docNumber = printedName(decree.start, decree.end);
    ev.docNumber = evidence(decree.start, decree.end, "meta/doc-number-decree");
  } else if (own) {
    const m = own.text.match(new RegExp(DOC_NUMBER_SRC))!;
    const s = own.start + m.index!;
    ownNo = { start: s, end: s + m[0].length };
    meta.docNumber = normNo(printedName(s, s + m[0].length));
    ev.docNumber = evidence(s, s + m[0].length, "meta/doc-number-line");
  }

  // title: a 关于…通知 line, joined with the wrapped lines after it (up to three) and with an organ line just above it
  let titleLine: (TextLine & { rule: string; org?: { start: number; end: number } }) | undefined;
  const isTitleStart = (t: string) => short(t, 200) && (TITLE_START.test(t) || ORG_ISSUES.test(t));
  for (let i = 0; i < head.length && !titleLine; i++) {
    const l = head[i]!;
    if (!isTitleStart(l.text) || PORTAL_CHROME.test(l.text) || FILE_NAME_END.test(l.text)) continue;
    let t = l.text;
    let j = i;
    while (
      !titleMatch(t) &&
      j + 1 < head.length &&
      j - i < 3 &&
      !PROSE.test(head[j + 1]!.text) &&
      !(t.includes("关于") && isTitleStart(head[j + 1]!.text)) &&
      !DOC_TYPE_END.test(squash(t))
    ) {
      j++;
      t += " " + head[j]!.text;
    }
    const m = titleMatch(t);
    if (!m) continue;
    let start = l.start;
    const orgName = m.groups!.org ?? m.groups!.org2;
    let org = orgName ? { start: l.start, end: afterChars(l.start, squash(orgName).length) } : undefined;
    const prev = head[i - 1];
    if (
      !org &&
      prev &&
      isOrgHead(prev.text) &&
      !/文件$/.test(squash(prev.text)) &&
      text.slice(prev.end, l.start).split("\n").length <= 3
    ) {
      start = prev.start;
      org = { start: prev.start, end: prev.end };
    }
    titleLine = {
      text: squash(text.slice(start, head[j]!.end)),
      start,
      end: head[j]!.end,
      rule: "meta/title-line",
      ...(org ? { org } : {}),
    };
  }
  // a title in 《》 alone on a line (《关于…的具体实施细则》), or a shared file's name (…的意见(2023年).docx)
  if (!titleLine) {
    for (const l of head) {
      const t = l.text;
      const q = t.match(/^《(?<inner>[^《》]+)》$/);
      if (q && DOC_TYPE_END.test(squash(q.groups!.inner!)) && !PROSE.test(q.groups!.inner!)) {
        titleLine = { text: squash(q.groups!.inner!), start: l.start + 1, end: l.end - 1, rule: "meta/title-quoted" };
        break;
      }
      const f = t.match(FILE_NAME_END);
      if (f && f.index! > 0) {
        const name = t.slice(0, f.index!);
        const m = titleMatch(name);
        if (m) {
          const orgName = m.groups!.org ?? m.groups!.org2;
          const org = orgName ? { start: l.start, end: afterChars(l.start, squash(orgName).length) } : undefined;
          titleLine = {
            text: squash(name),
            start: l.start,
            end: l.start + name.length,
            rule: "meta/title-file-name",
            ...(org ? { org } : {}),
          };
          break;
        }
      }
    }
  }
  // a title without 关于 (某某市促进高校毕业生就业若干措施): a short head line ending in a document type
  if (!titleLine) {
    const alt = head.find((l) => {
      const t = squash(l.text);
      return (
        t.length >= 6 &&
        t.length <= 60 &&
        DOC_TYPE_END.test(t) &&
        !PROSE.test(t) &&
        !/^(?:附件|抄送|印发|《|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|第[一二三四五六七八九十百]+[章节条])/.test(
          t,
        ) &&
        !PORTAL_CHROME.test(t)
      );
    });
    if (alt) titleLine = { text: squash(alt.text), start: alt.start, end: alt.end, rule: "meta/title-line" };
  }
  // a wiki or news lead naming the document: …发布《山西省乡村振兴责任制实施细则》
  const lead = head
    .slice(0, 6)
    .filter((l) => short(l.text, 300))
    .map((l) => ({ l, m: l.text.match(LEAD_ISSUE) ?? l.text.match(LEAD_DEFINES) ?? l.text.match(LEAD_TITLE) }))
    .find((x) => x.m && DOC_TYPE_END.test(x.m.groups!.title!));
  if (!titleLine && lead) {
    const ts = lead.l.start + lead.m!.index! + lead.m![0].indexOf("《") + 1;
    titleLine = {
      text: squash(lead.m!.groups!.title!),
      start: ts,
      end: ts + lead.m!.groups!.title!.length,
      rule: "meta/title-lead",
    };
  }
  const boxTitle = labelled.get("title");
  if (titleLine) {
    meta.title = printed(titleLine.start, titleLine.end);
    ev.title = evidence(titleLine.start, titleLine.end, titleLine.rule);
  } else if (boxTitle) {
    meta.title = printed(boxTitle.start, boxTitle.end);
    ev.title = evidence(boxTitle.start, boxTitle.end, "meta/title-box");
  }

  /** Organs of a printed list, joined with 、 (鹤岗市人民政府 鹤岗市中级人民法院 → 鹤岗市人民政府、鹤岗市中级人民法院);
   * a party committee printed in full elsewhere (中共吉林省委) is written so. */
  const organs = (start: number, end: number): string => {
    const raw = sourceOf(start, end)
      .trim()
      .replace(/(?:文件|联合印发|印发|转发)$/, "");
    let out = raw
      .split(/[\s、]+/)
      .filter(Boolean)
      .join("、");
    const first = out.split("、")[0]!;
    if (/[省市县区州盟旗]委/.test(first) && !first.startsWith("中共")) {
      const full = text.indexOf("中共" + text.slice(start, start + first.length));
      if (full >= 0) out = squash(ground(full, full + 2).text) + out;
    }
    return out;
  };

  // issuer: organ before 关于 in the title, the red head line, the box, the lead, the signature, the portal's publisher line
  const anchors = [titleLine?.start, ownNo?.start].filter((x): x is number => x !== undefined);
  const nearAnchor = (l: TextLine) => {
    const i = head.indexOf(l);
    return anchors.some((a) => {
      const j = head.findIndex((h) => h.start <= a && a < h.end + 1);
      return j >= i && j - i <= 3;
    });
  };
  const redHead = head
    .slice(0, 6)
    .find((l) => isOrgHead(l.text) && !PORTAL_CHROME.test(l.text) && !LABEL_START.test(l.text));
  const boxIssuer = labelled.get("issuer");
  // the signature: the organ lines just above the signing date (joint notices sign one organ a line), or the organ before it on its line
  const dateIdx = tail.findIndex((l) => (DATE_LINE.test(l.text) || signDate(l.text)) && !/印发$/.test(l.text));
  let signature: { start: number; end: number } | undefined;
  const sameLine = dateIdx >= 0 ? signDate(tail[dateIdx]!.text) : null;
  if (sameLine) signature = { start: tail[dateIdx]!.start, end: tail[dateIdx]!.start + sameLine.groups!.org!.length };
  else if (dateIdx > 0) {
    let k = dateIdx;
    while (k > 0 && dateIdx - k < 4 && isOrgHead(tail[k - 1]!.text)) k--;
    if (k < dateIdx) signature = { start: tail[k]!.start, end: tail[dateIdx - 1]!.end };
  }
  const publisher = text.slice(0, headEnd).match(PUBLISHER_LINE);
  let issuerAt: { start: number; end: number; rule: string } | undefined;
  if (titleLine?.org) issuerAt = { ...titleLine.org, rule: "meta/issuer-title" };
  else if (decree && isOrgHead(text.slice(decree.agency.start, decree.agency.end)))
    issuerAt = { ...decree.agency, rule: "meta/issuer-decree" };
  // (an organ line far above the title and 文号 is a site banner when the notice is signed: 东阳市人民政府 over a bureau's notice)
  else if (redHead && (!signature || nearAnchor(redHead))) issuerAt = { ...redHead, rule: "meta/issuer-red-head" };
  else if (boxIssuer) issuerAt = { ...boxIssuer, rule: "meta/issuer-box" };
  else if (lead?.m?.groups?.org && (!titleLine || titleLine.rule === "meta/title-lead")) {
    const os = lead.l.start + lead.m!.index! + lead.m![0].indexOf(lead.m!.groups!.org!);
    issuerAt = { start: os, end: os + lead.m!.groups!.org!.length, rule: "meta/issuer-lead" };
  } else if (signature) issuerAt = { ...signature, rule: "meta/issuer-signature" };
  else if (publisher?.groups) {
    const s = publisher.index! + publisher[0].indexOf(publisher.groups.org!);
    issuerAt = { start: s, end: s + publisher.groups.org!.length, rule: "meta/issuer-publisher" };
  }
  if (issuerAt) {
    meta.issuer = organs(issuerAt.start, issuerAt.end);
    ev.issuer = evidence(issuerAt.start, issuerAt.end, issuerAt.rule);
  }

  // signing date: the box's 成文日期, else the first date line (head or tail) that is not a printing date
  const boxDate = labelled.get("date");
  // (a date under an organ line, or after it on its line, is a signature and wins over a date alone, which may be the page's)
  const dateLines = [...head, ...tail]
    .map((l, i, all) => {
      const m = signDate(l.text);
      const underOrgan = m !== null || (i > 0 && isOrgHead(all[i - 1]!.text));
      return m
        ? {
            text: l.text.slice(m.index! + m[0].indexOf(m.groups!.date!)),
            start: l.end - m.groups!.date!.length,
            end: l.end,
            underOrgan,
          }
        : { ...l, underOrgan };
    })
    .filter((l) => DATE_LINE.test(l.text) && !/印发$/.test(l.text) && !PORTAL_CHROME.test(l.text));
  const signed = dateLines.find((l) => l.underOrgan) ?? dateLines[0];
  const portalDate = labelled.get("portalDate");
  if (boxDate && fullDateIso(foldZeros(boxDate.value))) {
    meta.date = fullDateIso(foldZeros(boxDate.value));
    ev.date = evidence(boxDate.start, boxDate.end, "meta/date-box");
  } else if (signed && fullDateIso(foldZeros(signed.text))) {
    meta.date = fullDateIso(foldZeros(signed.text));
    ev.date = evidence(signed.start, signed.end, "meta/date-line");
  } else if (portalDate && fullDateIso(foldZeros(portalDate.value))) {
    meta.date = fullDateIso(foldZeros(portalDate.value));
    ev.date = evidence(portalDate.start, portalDate.end, "meta/date-portal-box");
  }

  // region: from the issuer, a central organ (全国), the title, the preamble's 结合X实际, else the name the text uses most
  const setRegion = (at: number, len: number, rule: string) => {
    meta.region = printedName(at, at + len);
    ev.region = evidence(at, at + len, rule);
  };
  /** The most specific name in the issuer's first organ, or in the whole title (wrapped lines included) */
  const fromRange = (
    r: { start: number; end: number } | null | undefined,
    rule: string,
    firstOrgan = true,
  ): boolean => {
    if (!r) return false;
    const s = text.slice(r.start, r.end);
    const names = regionNames(firstOrgan ? s.split(/[\s、]+/)[0]! : s);
    const n = names[names.length - 1];
    if (!n) return false;
    setRegion(r.start + n.at, n.name.length, rule);
    return true;
  };
  const titleRange = titleLine ? { start: titleLine.start, end: titleLine.end } : null;
  const preamble = text.slice(0, Math.min(text.length, (seg.body?.start ?? 0) + 600));
  const combine = preamble.match(/结合(?<own>我|本)?(?<name>[\u4e00-\u9fff]{1,8}?)(?:的)?(?:实际|具体情况|实情)/);
  const outsideQuotes = (at: number) => {
    const before = text.slice(0, at);
    return before.lastIndexOf("《") <= before.lastIndexOf("》");
  };
  const mostUsed = (names: { name: string; at: number }[]) => {
    const count = new Map<string, { n: number; at: number }>();
    for (const x of names) {
      const c = count.get(x.name);
      if (c) c.n++;
      else count.set(x.name, { n: 1, at: x.at });
    }
    return [...count.entries()].sort((a, b) => b[1].n - a[1].n || a[1].at - b[1].at)[0];
  };
  const addressee = head.find((l) => /^各省、自治区、直辖市/.test(l.text));
  const nationalAddressee = addressee
    ? { start: addressee.start, end: addressee.start + "各省、自治区、直辖市".length }
    : undefined;
  if (fromRange(issuerAt, "meta/region-issuer")) {
    // done
  } else if (meta.issuer && !regionOf(meta.issuer) && CENTRAL_ORGAN.test(meta.issuer)) {
    meta.region = "全国";
    ev.region = { ...ev.issuer!, rule: "meta/region-central" };
  } else if (
    titleRange &&
    fromRange(
      {
        start:
          titleRange.start +
          (text.slice(titleRange.start, titleRange.end).match(/^(?:关于)?(?:印发|转发)?/)?.[0].length ?? 0),
        end: titleRange.end,
      },
      "meta/region-title",
      false,
    )
  ) {
    // done
  } else if (nationalAddressee) {
    // only a central organ writes to 各省、自治区、直辖市
    meta.region = "全国";
    ev.region = evidence(nationalAddressee.start, nationalAddressee.end, "meta/region-addressee");
  } else if (combine && (combine.groups!.own || combine.groups!.name!.length >= 2)) {
    const all = regionNames(text);
    const cs = combine.index! + combine[0].indexOf(combine.groups!.name!, 2);
    const name = combine.groups!.name!;
    const direct = !combine.groups!.own ? regionNames(name).find((n) => n.at === 0 && n.name === name) : undefined;
    const pick = direct
      ? { name, at: cs }
      : combine.groups!.own
        ? (() => {
            const level = ADMIN_LEVELS.find((l) => name === l);
            const best = level ? mostUsed(all.filter((n) => n.name.endsWith(level))) : undefined;
            return best ? { name: best[0], at: best[1].at } : undefined;
          })()
        : all.find((n) => n.name.startsWith(name));
    if (pick) setRegion(pick.at, pick.name.length, "meta/region-preamble");
  }
  if (!meta.region) {
    // (结合本市实际 says the level: a name of another level is not the issuer's)
    const ownLevel = combine?.groups?.own ? ADMIN_LEVELS.find((l) => combine.groups?.name === l) : undefined;
    const best = mostUsed(
      regionNames(text).filter((n) => outsideQuotes(n.at) && (!ownLevel || n.name.endsWith(ownLevel))),
    );
    if (best) setRegion(best[1].at, best[0].length, "meta/region-most-used");
  }

  // cites: every other 文号 or decree number, in order of first mention
  const seen = new Set<string>(ownNo ? [normNo(text.slice(ownNo.start, ownNo.end))] : []);
  for (const m of text.matchAll(CITED_NUMBER)) {
    const whole = m.groups!.agency ?? m.groups!.pagency ?? m.groups!.dagency ?? m.groups!.dagency2!;
    const agency = whole.replace(/^.*中华人民共和国/, "").replace(BEFORE_AGENCY, "");
    if (
      !agency ||
      (m.groups!.dagency && agency === "令") ||
      (m.groups!.dagency2 && (agency.length < 2 || /^[本该我此]/.test(agency)))
    )
      continue;
    const s = m.index! + whole.length - agency.length;
    const e = m.index! + m[0].length;
    const no = normNo(text.slice(s, e));
    if (seen.has(no)) continue;
    seen.add(no);
    meta.cites.push(normNo(printedName(s, e)));
    ev.cites.push(evidence(s, e, "meta/cite"));
  }
  return { meta, evidence: ev };
}
