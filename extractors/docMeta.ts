import type { Evidence, Meta } from "../schemas/index.ts";
import type { Segmented } from "../pipeline/segment/index.ts";
import type { NormalizedText } from "./context.ts";
import { DATE_YMD } from "./lexicon/dates.ts";
import { fullDateIso } from "./periods/dates.ts";
import { textLines, type TextLine } from "../pipeline/lines.ts";

export interface MetaResult {
  meta: Meta;
  evidence: { docNumber?: Evidence; issuer?: Evidence; title?: Evidence; date?: Evidence; region?: Evidence; cites: Evidence[] };
}

type Ground = (start: number, end: number) => { text: string; span: { start: number; end: number } };

// 塔行办发〔2020〕13号, 国办发〔2023〕11号, 工信部联企业〔2011〕300号, 新政办发[2023]49号 (folded to 〔〕 by normalize)
const DOC_NUMBER = /(?<agency>[\u4e00-\u9fff]{1,10})〔(?<year>\d{4})〕(?<no>\d{1,5})号/g;
/** Words that run into an agency code from the sentence before it: 贯彻落实鲁政发〔2020〕5号 */
const BEFORE_AGENCY = /^.*(?:关于|贯彻落实|落实|根据|按照|依据|参照|印发|转发|执行|的|和|及|与|是|为|按|见)/;
// 发文字号：新政办发〔2023〕49号 (portal metadata box)
const META_LINE = /^(?<label>发文字号|文号|成文日期|发文机关|标题)[:：](?<value>.+)$/gm;
// 2020年4月3日 / 二〇二〇年四月三日 alone on a line
const DATE_LINE = new RegExp(`^[（(]?${DATE_YMD}[）)]?(?<printed>印发)?$`);
const TITLE_LINE = /^(?<org>[\u4e00-\u9fff（）]{2,30}?(?:人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|委员会|领导小组|局|厅|署))?关于.{4,120}?(?:通知|意见|方案|办法|决定|规定|细则|措施|公告|通告|批复|函|规划|计划|要点)$/;
const DOC_TYPE_END = /(?:通知|意见|方案|办法|决定|规定|细则|措施|公告|通告|批复|函|规划|计划|要点)$/;
const ORG_HEAD = /^(?<org>[\u4e00-\u9fff（）]{2,40}?(?:人民政府办公厅|人民政府办公室|人民政府|行政公署办公室|行署办公室|办公厅|办公室|委员会|局|厅|署))(?:文件)?$/;
// 2018-02-20  行署办公室 (publisher line of a portal page)
const PUBLISHER_LINE = /^\d{4}-\d{2}-\d{2}\s*(?<org>[\u4e00-\u9fff]{2,20}(?:办公室|办公厅|政府|局|厅|委员会))/m;
// 伊犁哈萨克自治州 塔城地区 新疆维吾尔自治区 平凉市 淄川区
const ADMIN_NAME = /[\u4e00-\u9fff]{2,10}?(?:自治区|自治州|自治县|地区|特别行政区|省|市|州|盟|县|区|旗)/g;

const normNo = (s: string) => s.replace(/\s+/g, "").replace(/[\[【［]/g, "〔").replace(/[\]】］]/g, "〕");

/** Region the issuer governs: the most specific administrative name in it. */
export function regionOf(s: string): string | null {
  const names = [...s.matchAll(ADMIN_NAME)].map((m) => m[0]).filter((n) => !/^(?:人民|行政)/.test(n));
  return names[names.length - 1] ?? null;
}

/** Document metadata: 文号, issuer, title, signing date, region, cited 文号. */
export function extractMeta(norm: NormalizedText, seg: Segmented, ground: Ground): MetaResult {
  const text = norm.text;
  const head = textLines(text, 0, seg.body?.start ?? text.length);
  const tail = textLines(text, seg.tail.start, text.length);
  const ev: MetaResult["evidence"] = { cites: [] };
  const meta: Meta = { docNumber: null, issuer: null, title: null, date: null, region: null, cites: [] };
  const evidence = (start: number, end: number, rule: string): Evidence => ({ ...ground(start, end), rule });

  const labelled = new Map<string, { value: string; start: number; end: number }>();
  for (const l of head) {
    for (const m of l.text.matchAll(META_LINE)) {
      const vs = l.start + m[0].indexOf(m.groups!.value!, m.groups!.label!.length);
      if (!labelled.has(m.groups!.label!)) labelled.set(m.groups!.label!, { value: m.groups!.value!.trim(), start: vs, end: vs + m.groups!.value!.trim().length });
    }
  }

  // 文号: the portal box, else a 文号 standing alone on a head line, else the first in the head
  const box = labelled.get("发文字号") ?? labelled.get("文号");
  // 塔行办发〔2020〕13号 alone on a line, or bracketed or followed by a date: （新政办发〔2023〕49号）
  const ownLine = new RegExp(`^[（(]?(${DOC_NUMBER.source})[）)]?(?:\\d{4}年\\d{1,2}月\\d{1,2}日)?$`);
  const own = head.find((l) => ownLine.test(l.text.replace(/\s+/g, "")));
  if (box && /〔\d{4}〕/.test(box.value)) {
    meta.docNumber = normNo(box.value);
    ev.docNumber = evidence(box.start, box.end, "meta/doc-number-box");
  } else if (own) {
    const m = own.text.match(new RegExp(DOC_NUMBER.source))!;
    meta.docNumber = normNo(m[0]);
    ev.docNumber = evidence(own.start + m.index!, own.start + m.index! + m[0].length, "meta/doc-number-line");
  }

  // title: a 关于…通知 line (joined with an organ line just above it, or a wrapped second line)
  let titleLine: TextLine | undefined;
  for (let i = 0; i < head.length; i++) {
    const l = head[i]!;
    let t = l.text.replace(/\s+/g, "");
    let end = l.end;
    if (/^[\u4e00-\u9fff（）]{0,30}关于/.test(t) && !DOC_TYPE_END.test(t) && head[i + 1] && DOC_TYPE_END.test(head[i + 1]!.text)) {
      t += head[i + 1]!.text.replace(/\s+/g, "");
      end = head[i + 1]!.end;
    }
    if (TITLE_LINE.test(t)) {
      let start = l.start;
      const prev = head[i - 1];
      if (prev && !t.match(TITLE_LINE)!.groups!.org && ORG_HEAD.test(prev.text) && !/文件$/.test(prev.text.replace(/\s+/g, "")) && text.slice(prev.end, l.start).split("\n").length <= 3) {
        t = prev.text.replace(/\s+/g, "") + t;
        start = prev.start;
      }
      titleLine = { text: t, start, end };
      break;
    }
  }
  // a title without 关于 (某某市促进高校毕业生就业若干措施): a short head line ending in a document type
  if (!titleLine) {
    const alt = head.find((l) => {
      const t = l.text.replace(/\s+/g, "");
      return t.length >= 6 && t.length <= 60 && DOC_TYPE_END.test(t) && !/[，。；：]/.test(t) && !/^(?:附件|抄送|印发)/.test(t);
    });
    if (alt) titleLine = { text: alt.text.replace(/\s+/g, ""), start: alt.start, end: alt.end };
  }
  const boxTitle = labelled.get("标题");
  if (titleLine) {
    meta.title = titleLine.text;
    ev.title = evidence(titleLine.start, titleLine.end, "meta/title-line");
  } else if (boxTitle) {
    meta.title = boxTitle.value.replace(/\s+/g, "");
    ev.title = evidence(boxTitle.start, boxTitle.end, "meta/title-box");
  }

  // issuer: organ before 关于 in the title, the red head line, the box, the signature, the portal's publisher line
  const titleOrg = meta.title?.match(TITLE_LINE)?.groups?.org;
  const redHead = head.slice(0, 6).find((l) => ORG_HEAD.test(l.text.replace(/\s+/g, "")));
  const boxIssuer = labelled.get("发文机关");
  const dateIdx = tail.findIndex((l) => DATE_LINE.test(l.text) && !/印发$/.test(l.text));
  const signature = dateIdx > 0 && ORG_HEAD.test(tail[dateIdx - 1]!.text) ? tail[dateIdx - 1] : undefined;
  const publisher = text.slice(0, seg.body?.start ?? text.length).match(PUBLISHER_LINE);
  if (titleOrg && ev.title) {
    const s = text.indexOf(titleOrg.slice(0, 2), ev.title ? titleLine!.start : 0);
    meta.issuer = titleOrg;
    ev.issuer = evidence(s, s + titleOrg.length, "meta/issuer-title");
  } else if (redHead) {
    meta.issuer = redHead.text.replace(/\s+/g, "").replace(/文件$/, "");
    ev.issuer = evidence(redHead.start, redHead.end, "meta/issuer-red-head");
  } else if (boxIssuer) {
    meta.issuer = boxIssuer.value;
    ev.issuer = evidence(boxIssuer.start, boxIssuer.end, "meta/issuer-box");
  } else if (signature) {
    meta.issuer = signature.text.replace(/\s+/g, "");
    ev.issuer = evidence(signature.start, signature.end, "meta/issuer-signature");
  } else if (publisher?.groups) {
    const s = publisher.index! + publisher[0].indexOf(publisher.groups.org!);
    meta.issuer = publisher.groups.org!;
    ev.issuer = evidence(s, s + meta.issuer.length, "meta/issuer-publisher");
  }

  // signing date: the box's 成文日期, else the first date line (head or tail) that is not a printing date
  const boxDate = labelled.get("成文日期");
  const dateCandidates = [...head, ...tail].filter((l) => DATE_LINE.test(l.text));
  const signed = dateCandidates.find((l) => !/印发$/.test(l.text));
  if (boxDate && fullDateIso(boxDate.value)) {
    meta.date = fullDateIso(boxDate.value);
    ev.date = evidence(boxDate.start, boxDate.end, "meta/date-box");
  } else if (signed) {
    meta.date = fullDateIso(signed.text);
    ev.date = evidence(signed.start, signed.end, "meta/date-line");
  }

  // region: from the issuer, else the first administrative name in the title
  const regionSrc = meta.issuer ? regionOf(meta.issuer) : null;
  const regionTitle = !regionSrc && meta.title ? regionOf(meta.title.replace(/^关于(?:印发|转发)?/, "")) : null;
  meta.region = regionSrc ?? regionTitle;
  if (meta.region) {
    const at = ev.issuer && regionSrc ? text.indexOf(meta.region, ev.issuer ? titleLine?.start ?? 0 : 0) : text.indexOf(meta.region);
    if (at >= 0) ev.region = evidence(at, at + meta.region.length, regionSrc ? "meta/region-issuer" : "meta/region-title");
  }

  // cites: every other 文号, in order of first mention
  const seen = new Set<string>(meta.docNumber ? [meta.docNumber] : []);
  for (const m of text.matchAll(DOC_NUMBER)) {
    const agency = m.groups!.agency!.replace(BEFORE_AGENCY, "");
    if (!agency) continue;
    const s = m.index! + m.groups!.agency!.length - agency.length;
    const no = normNo(text.slice(s, m.index! + m[0].length));
    if (seen.has(no)) continue;
    seen.add(no);
    meta.cites.push(no);
    ev.cites.push(evidence(s, m.index! + m[0].length, "meta/cite"));
  }
  return { meta, evidence: ev };
}
