import type { Unit, UnitRole } from "../../schemas/index.ts";
import { alt } from "../../lang/pattern.ts";
import type { ExtractContext, NormalizedText } from "../context.ts";
import { matchMarker } from "../../read/segment/markers.ts";
import { PINYIN_READING } from "../../lang/fold.ts";
import {
  BARE_PLACE,
  DEFINITE_DEPARTMENT,
  DUTY_QUALIFIERS,
  GENERIC_UNIT,
  LEAD_FIRST_WORDS,
  LEVEL_PREFIXES,
  NOT_A_NAME,
  NOT_A_PREFIX_AFTER,
  NOT_LISTED_AGAIN,
  ORG_SUFFIX,
  PLACE_BODY,
  PLACE_HEAD,
  PROSE_BODY_END,
  PROVINCE_SHORT,
  ROLE_LABELS,
  ROLE_VERBS,
  SELF_NAMED,
  TERRITORIAL,
  UNIT_COLUMN_HEAD,
} from "../../lang/lexicon/units.ts";
import type { UnitConvention } from "../context.ts";

export type { UnitConvention };

// （…列第一位者为牵头单位，下同） / 列第一位的为牵头单位 / 排在第一位的为牵头单位 / 列首位的单位为牵头单位
const LEAD_FIRST = new RegExp(LEAD_FIRST_WORDS, "g");
// （…列第一位者为牵头单位；各县市区政府负责落实，下同）
const IMPLEMENTING_SAME_BELOW =
  /(?<gov>各[\u4e00-\u9fff（）、]{1,16}?(?:人民政府|政府|管委会))(?:负责)?(?:落实|实施|组织实施)[，,]?下同/g;
// 〔以下任务均需各镇（街道、开发区）落实，不再一一列出〕 / 以下政策措施均需各县区人民政府、园区管委会落实，不再单独列出
const IMPLEMENTING_ALL_BELOW = new RegExp(
  `以下[\\u4e00-\\u9fff]{0,8}?均(?:需|由|要|须)?(?<gov>各[\\u4e00-\\u9fff（）()、]{1,30}?)(?:负责|抓好|组织)?落实[，,]?${NOT_LISTED_AGAIN}`,
  "g",
);
// 各县（市、区）人民政府为责任主体，下同 / 各县区政府均为实施单位，不再一一列出
const IMPLEMENTING_ROLE_BELOW = new RegExp(
  `(?<gov>各[\\u4e00-\\u9fff（）()、]{1,20}?(?:人民政府|政府|管委会))均?为(?:责任|实施|落实)(?:主体|单位)[，,；;]?(?:下同|(?:以下)?${NOT_LISTED_AGAIN})`,
  "g",
);
/** The bracketed standing rule inside a table's unit cell: 〔以下任务均需…落实，不再一一列出〕 */
const STANDING_RULE_IN_CELL = new RegExp(`[〔［【（(]以下.*?${NOT_LISTED_AGAIN}[〕］】）)]`);

/** Finds the document's unit conventions in order (run once per document). */
export function findUnitConventions(text: string, govForms: GovForms): UnitConvention[] {
  const out: UnitConvention[] = [];
  for (const m of text.matchAll(LEAD_FIRST)) {
    out.push({
      kind: "lead-first",
      from: lineStart(text, m.index!),
      start: m.index!,
      end: m.index! + m[0].length,
      rule: "units/lead-first-same-below",
    });
  }
  for (const re of [IMPLEMENTING_SAME_BELOW, IMPLEMENTING_ALL_BELOW, IMPLEMENTING_ROLE_BELOW]) {
    for (const m of text.matchAll(re)) {
      const gs = m.index! + m[0].indexOf(m.groups!.gov!);
      // 各县区人民政府、园区管委会: each body of the list is implementing
      for (const item of splitUnitList(m.groups!.gov!, gs)) {
        const form = item.name.startsWith("各") ? govForms(item.name) : undefined;
        out.push({
          kind: "implementing",
          name: form?.name ?? item.name,
          nameAt: form ? { start: form.start, end: form.end } : { start: item.start, end: item.end },
          from: lineStart(text, m.index!),
          start: item.start,
          end: item.end,
          rule: re === IMPLEMENTING_ALL_BELOW ? "units/implementing-all-below" : "units/implementing-same-below",
        });
      }
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

const lineStart = (text: string, i: number) => text.lastIndexOf("\n", i) + 1;

export type GovForms = (name: string) => { name: string; start: number; end: number } | undefined;

/** Government-list names the document writes with brackets: 各县市区政府 → 各县（市、区）政府 (where it is printed so). */
export function governmentForms(text: string): GovForms {
  const forms = new Map<string, { name: string; start: number; end: number }>();
  for (const m of text.matchAll(/各[\u4e00-\u9fff]{1,3}（[\u4e00-\u9fff、]{1,10}）(?:人民政府|政府)?/g)) {
    const key = strip(m[0]);
    if (!forms.has(key)) forms.set(key, { name: m[0], start: m.index!, end: m.index! + m[0].length });
  }
  return (name) => (/（/.test(name) ? undefined : forms.get(strip(name)));
}
const strip = (s: string) => s.replace(/[（）、()]/g, "");

interface RawItem {
  name: string;
  start: number;
  end: number;
  /** a body suffix shared from the list's last item: 咸安区、嘉鱼县、通山县人民政府 */
  suffix?: { start: number; end: number };
  /** place in the list as printed, catch-alls counted (the first-listed is the lead under 列第一位者为牵头单位) */
  pos?: number;
}

const VERBS = alt(Object.keys(ROLE_VERBS));
const QUALIFIERS = alt(DUTY_QUALIFIERS);
// （市人社局牵头落实） / （市财政局负责组织实施）
const THEN_DO = "(?:落实|实施|组织实施|推进|推动)?";
// a trailing 等 / 等部门 / 等省有关部门 and a closing verb are not part of the last name
const TRAILER = new RegExp(
  `(?:等(?:[\\u4e00-\\u9fff\\d]{0,6}?(?:部门|单位))?|(?:${QUALIFIERS})?(?:${VERBS})${THEN_DO})+$`,
);
// 能源局等省有关部门和各地级以上市人民政府: the catch-all ends the first list, 和 starts the next
const ETC_AND = /等[\u4e00-\u9fff]{0,6}?(?:部门|单位)(?:和|及|以及|与)/g;
// 市发改委 市财政局: names separated only by spaces
const SPACE_BREAK = new RegExp(`(?<=[${ORG_SUFFIX}府组])\\s+(?=[\\u4e00-\\u9fff]{2})`, "g");

/** Splits a unit list at 、，； (and spaces between whole names) outside brackets; drops 等 and catch-alls; splits run-together names. */
export function splitUnitList(list: string, offset: number): RawItem[] {
  const items: RawItem[] = [];
  let depth = 0;
  let s = 0;
  const push = (e: number) => {
    let raw = list.slice(s, e);
    let a = s;
    const lead = raw.length - raw.trimStart().length;
    raw = raw.trim();
    a += lead;
    const lead0 = raw.match(/^(?:由|请|和|及|以及)/)?.[0].length ?? 0; // （由市人社局牵头，…）
    raw = raw.slice(lead0);
    a += lead0;
    const cleaned = raw.replace(TRAILER, "").replace(/[。.]$/, "");
    if (cleaned) items.push({ name: cleaned, start: offset + a, end: offset + a + cleaned.length });
  };
  const breaks = new Set([...list.matchAll(SPACE_BREAK)].map((m) => m.index!));
  const etc = [...list.matchAll(ETC_AND)];
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (c === "（" || c === "(") depth++;
    else if (c === "）" || c === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && (/[、，,；;]/.test(c) || breaks.has(i))) {
      push(i);
      s = i + 1;
    } else if (depth === 0) {
      const m = etc.find((x) => x.index === i);
      if (m) {
        push(i);
        s = i + m[0].length;
        i = s - 1;
      }
    }
  }
  push(list.length);
  const split = mergeGovFragments(items.flatMap(splitConjoined).flatMap(splitRunTogether));
  const placed = split.map((x, pos) => ({ ...x, pos })).filter((x) => x.name.length >= 2);
  return shareSuffix(placed.filter((x) => !GENERIC_UNIT.test(x.name.replace(/\s+/g, "")) && !NOT_A_NAME.test(x.name)));
}

/** 咸安区、嘉鱼县、通山县人民政府: bare places before a place with its body share that body. */
function shareSuffix(items: RawItem[]): RawItem[] {
  const out = items.map((x) => ({ ...x }));
  for (let j = 0; j < out.length; j++) {
    const m = out[j]!.name.match(PLACE_BODY);
    if (!m || out[j]!.name.startsWith("各")) continue;
    const suffix = { start: out[j]!.start + m.groups!.place!.length, end: out[j]!.end };
    for (
      let i = j - 1;
      i >= 0 && BARE_PLACE.test(out[i]!.name) && !out[i]!.name.startsWith("各") && !out[i]!.suffix;
      i--
    )
      out[i]!.suffix = suffix;
  }
  return out;
}

// 市人社局和市财政局 → two units; 人力资源和社会保障厅, 发展和改革委员会 stay one
// 市级各有关部门及各县市区政府 → a catch-all (dropped) and 各县市区政府
const CONJOINED = new RegExp(
  `(?<=[${ORG_SUFFIX}府]|部门|单位)(?:和|及|与|以及|会同|联合)(?=[\\u4e00-\\u9fff]{2,})`,
  "g",
);

function splitConjoined(item: RawItem): RawItem[] {
  const out: RawItem[] = [];
  let s = 0;
  for (const m of item.name.matchAll(CONJOINED)) {
    out.push({ name: item.name.slice(s, m.index), start: item.start + s, end: item.start + m.index! });
    s = m.index! + m[0].length;
  }
  out.push({ name: item.name.slice(s), start: item.start + s, end: item.end });
  return out.filter((x) => x.name.length >= 2 || /^[省市州县区镇乡盟旗]$/.test(x.name));
}

const RUN_TOGETHER = new RegExp(`(?<=[${ORG_SUFFIX}])(?=(?:${LEVEL_PREFIXES.join("|")})[\\u4e00-\\u9fff]{2,})`, "g");

/** 区水利局区人社局 → 区水利局, 区人社局 */
function splitRunTogether(item: RawItem): RawItem[] {
  if (item.name.startsWith("各")) return [item];
  const cuts = [...item.name.matchAll(RUN_TOGETHER)]
    .map((m) => m.index!)
    .filter((i) => i >= 3 && item.name.length - i >= 3 && levelPrefix(item.name.slice(i)));
  if (!cuts.length) return [item];
  const out: RawItem[] = [];
  let s = 0;
  for (const c of [...cuts, item.name.length]) {
    out.push({ name: item.name.slice(s, c), start: item.start + s, end: item.start + c });
    s = c;
  }
  return out;
}

/** 各州、市人民政府 / 市、县（区）人民政府: bare levels (各州, 市) belong with the government after them. */
function mergeGovFragments(items: RawItem[]): RawItem[] {
  const out: RawItem[] = [];
  for (let i = 0; i < items.length; i++) {
    let j = i;
    while (j < items.length && (j === i ? /^各?[省市州县区镇乡盟旗]$/ : /^[省市州县区镇乡盟旗]$/).test(items[j]!.name))
      j++;
    const gov = items[j];
    if (j > i && gov && /^[省市州县区镇乡盟旗]{1,2}(?:（[^）]{1,6}）)?(?:人民政府|政府)/.test(gov.name)) {
      out.push({
        name: items
          .slice(i, j + 1)
          .map((x) => x.name)
          .join("、"),
        start: items[i]!.start,
        end: gov.end,
      });
      i = j;
    } else out.push(items[i]!);
  }
  return out;
}

export function levelPrefix(name: string): string | undefined {
  for (const p of LEVEL_PREFIXES) {
    if (name.startsWith(p) && name.length > p.length + 1 && !NOT_A_PREFIX_AFTER[p]?.test(name.slice(p.length)))
      return p;
  }
  return undefined;
}

function selfNamed(name: string, regionShort: string | undefined): boolean {
  return (
    SELF_NAMED.test(name) ||
    TERRITORIAL.test(name) ||
    BARE_PLACE.test(name) ||
    PROVINCE_SHORT.some((p) => name.startsWith(p)) ||
    (!!regionShort && name.startsWith(regionShort)) ||
    name.startsWith("各")
  );
}

interface RoleList {
  role: UnitRole | "convention";
  items: RawItem[];
  rule: string;
}

// 牵头单位：地区人社局 / 配合单位：地区发改委、工信局 / …补贴。（责任单位：县人社局、县财政局） / （牵头单位：市人社局；配合单位：市财政局）
// 【责任单位】市人社局 / 〔牵头单位〕…
const LABEL = new RegExp(
  `(?:(?<label>${Object.keys(ROLE_LABELS).join("|")})[:：]|[【〔［\\[](?<blabel>${Object.keys(ROLE_LABELS).join("|")})[】〕］\\]][:：]?)\\s*`,
  "g",
);
const BEFORE_LABEL = /[。；;，,（(【〔［[\s]/;
// another field of the item ends a unit list: （责任单位：市工信局；完成时限：2022年底）
const NEXT_FIELD = /[；;，,\s]\s*(?:[\u4e00-\u9fff]{2,8}[:：]|[【〔［[][\u4e00-\u9fff]{2,8}[】〕］\]])/;

/** Each `label：list` in a measure; a list runs to the next label, the line end, or the end of its bracket. */
function labelledLists(body: string, offset: number): RoleList[] {
  // a label starts a clause, or follows the measure's own number: （六）责任单位：…
  const numberEnd = matchMarker(body)?.length;
  const hits = [...body.matchAll(LABEL)].filter(
    (m) => m.index === 0 || BEFORE_LABEL.test(body[m.index! - 1]!) || m.index === numberEnd,
  );
  return hits.flatMap((m, k) => {
    const from = m.index! + m[0].length;
    const limit = k + 1 < hits.length ? hits[k + 1]!.index! : body.length;
    let end = from;
    let depth = 0;
    for (; end < limit; end++) {
      const c = body[end]!;
      if (c === "\n" || c === "。") break;
      if (c === "（" || c === "(") depth++;
      else if (c === "）" || c === ")") {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && /[\]】〕］]/.test(c)) break; // [牵头单位:区卫健局;责任单位:…]
    }
    let list = body.slice(from, end);
    for (const stop of [NEXT_FIELD, CONVENTION_TAIL]) {
      const hit = list.match(stop);
      if (hit) list = list.slice(0, hit.index);
    }
    list = list.replace(/[；;，,\s]+$/, "");
    const role = ROLE_LABELS[(m.groups!.label ?? m.groups!.blabel) as keyof typeof ROLE_LABELS];
    // 责任单位：市发改委牵头，市财政局配合: the clause verbs say the roles
    const clauses = verbClauses(list, offset + from, "units/label");
    if (clauses.length && clauses.some((c) => c.role !== "convention")) return clauses;
    return [{ role, items: splitUnitList(list, offset + from), rule: "units/label" }];
  });
}

const CONVENTION_WORDS = new RegExp(`${LEAD_FIRST_WORDS}|下同|不再`);
// （责任单位：市发改委、市财政局，列第一位的为牵头单位，下同）: the list ends where the convention starts
const CONVENTION_TAIL = new RegExp(`[，,；;。]\\s*(?:${LEAD_FIRST_WORDS}|以下|下同)`);
const CLAUSE_VERB = new RegExp(`(?:等)?(?:${QUALIFIERS})?(?<verb>${VERBS})${THEN_DO}$`);
const ENDS_WITH_VERB = new RegExp(`(?:${VERBS})${THEN_DO}$`);

/** （市人社局牵头，市财政局、市教育局参加）: clauses cut at 。；, and at ， after a role verb; each clause ending with a verb is a list. */
function verbClauses(inner: string, offset: number, rule: string): RoleList[] {
  let clauseStart = 0;
  const clauses: { text: string; at: number }[] = [];
  let depth = 0;
  for (let i = 0; i <= inner.length; i++) {
    const c = inner[i];
    if (c === "（") depth++;
    else if (c === "）") depth--;
    if (
      i === inner.length ||
      (depth === 0 && /[。；;]/.test(c!)) ||
      (depth === 0 && /[，,]/.test(c!) && ENDS_WITH_VERB.test(inner.slice(clauseStart, i)))
    ) {
      clauses.push({ text: inner.slice(clauseStart, i), at: clauseStart });
      clauseStart = i + 1;
    }
  }
  const lists: RoleList[] = [];
  for (const [k, cl] of clauses.entries()) {
    const v = cl.text.match(CLAUSE_VERB);
    // the conventions (列第一位者为牵头单位; 各县市区政府负责落实，下同; 以下…不再列出) are read once per document
    if (!v || CONVENTION_WORDS.test(cl.text) || /^\s*(?:下同|不再|以下不再)/.test(clauses[k + 1]?.text ?? "")) continue;
    const role = ROLE_VERBS[v.groups!.verb as keyof typeof ROLE_VERBS];
    lists.push({ role, items: splitUnitList(cl.text.slice(0, v.index), offset + cl.at), rule });
  }
  return lists;
}

/** Unit lists of a measure: label lines, a closing parenthesis with 负责/牵头, a table's unit cells, or bodies named with 负责 in the prose. */
function roleLists(text: NormalizedText, ctx: ExtractContext): RoleList[] {
  const { start, end } = ctx.measure.range;
  const body = text.text.slice(start, end);
  const lists: RoleList[] = [];
  const table = ctx.measure.table;
  if (table) {
    // the segmenter's unit columns, and any column whose head names bodies (指导部门)
    const columns = [
      ...new Set([...table.unitColumns, ...table.columns.flatMap((c, i) => (UNIT_COLUMN_HEAD.test(c) ? [i] : []))]),
    ].sort((a, b) => a - b);
    for (const ci of columns) {
      const cell = table.cells[ci];
      if (!cell) continue;
      // 责任单位（排在第一位的为牵头单位）: the head's note is the lead-first convention for the column
      const head = table.columns[ci]!.match(UNIT_COLUMN_HEAD);
      const label = (head?.groups?.head ?? table.columns[ci]) as keyof typeof ROLE_LABELS;
      if (head?.groups?.note && CONVENTION_WORDS.test(head.groups.note)) {
        const cellText = text.text
          .slice(cell.start, cell.end)
          .replace(STANDING_RULE_IN_CELL, (m) => " ".repeat(m.length));
        lists.push({
          role: "convention",
          items: splitUnitList(cellText, cell.start),
          rule: "units/table-column-lead-first",
        });
        continue;
      }
      const cellText = text.text
        .slice(cell.start, cell.end)
        .replace(STANDING_RULE_IN_CELL, (m) => " ".repeat(m.length));
      lists.push({
        role: ROLE_LABELS[label] ?? "responsible",
        items: splitUnitList(cellText, cell.start),
        rule: "units/table-column",
      });
    }
    return lists;
  }
  lists.push(...labelledLists(body, start));
  if (lists.length) return lists;
  // （市发改委、市工信委、市人社局等负责。列第一位者为牵头单位；各县市区政府负责落实，下同）
  // （市人社局牵头，市财政局、市教育局参加）: the bracket closing the measure, or closing one of its paragraphs
  // (（一）加大援企稳岗力度（市人社局牵头）\n文……)
  const paren = closingParenthesis(body);
  let at = 0;
  for (const line of body.split("\n")) {
    const p = line.length < body.trimEnd().length ? closingParenthesis(line) : undefined;
    if (p && !p.bare) lists.push(...verbClauses(p.text, start + at + p.start, "units/parenthesis"));
    at += line.length + 1;
  }
  if (paren && !paren.bare && !lists.length)
    lists.push(...verbClauses(paren.text, start + paren.start, "units/parenthesis"));
  if (lists.length) return lists;
  if (paren?.bare)
    return [
      { role: "responsible", items: splitUnitList(paren.text, start + paren.start), rule: "units/bare-parenthesis" },
    ];
  return proseLists(body, start);
}

/** The last parenthesis of a measure when the measure ends with it: （…等负责）, or （市商务局、市财政局） naming only bodies. */
function closingParenthesis(body: string): { text: string; start: number; bare?: boolean } | undefined {
  // a signature or date line the last measure ran into does not hide its bracket: …负责）\n\n国务院
  const t = body
    .trimEnd()
    .replace(/(?:\n[^\n。；）)]{1,30})+$/, "")
    .trimEnd();
  if (!t.endsWith("）")) return undefined;
  let depth = 0;
  for (let i = t.length - 1; i >= 0; i--) {
    if (t[i] === "）") depth++;
    else if (t[i] === "（") {
      depth--;
      if (depth === 0) {
        const text = t.slice(i + 1, t.length - 1);
        if (new RegExp(VERBS).test(text)) return { text, start: i + 1 };
        return onlyBodies(text) ? { text, start: i + 1, bare: true } : undefined;
      }
    }
  }
  return undefined;
}

// a body's name in a bare list: 市发展改革委, 省人力资源社会保障厅, 各县（市、区）人民政府, 人行塔城地区中心支行
const BODY_NAME = new RegExp(
  `^(?:${LEVEL_PREFIXES.join("|")}|各)[\\u4e00-\\u9fff（）、]{1,20}(?:${PROSE_BODY_END.slice(3, -1)}|院|会|公司|队|站|所)$`,
);

/** （市商务局、市财政局）: a closing bracket that is nothing but a list of level-prefixed bodies. */
function onlyBodies(text: string): boolean {
  if (/[：:。%\d]|以下|含|即|包括|不含|简称/.test(text)) return false;
  const parts = splitUnitList(text, 0).map((x) => x.name);
  if (!parts.length) return false;
  // the first is a prefixed body; later ones may be abbreviated (市发改委、财政局) or self-named
  const body = new RegExp(`^[\\u4e00-\\u9fff（）、]{1,20}(?:${PROSE_BODY_END.slice(3, -1)}|院|会|公司|队|站|所)$`);
  return (
    BODY_NAME.test(parts[0]!) &&
    parts.every((x) => body.test(x) && x.length <= 20 && !GENERIC_UNIT.test(x) && !/[的在对为是要]/.test(x))
  );
}

// 由镇政府负责审批，财政分局负责资金监督及拨付，镇经济发展局（以下简称经发局）负责资金的使用管理 / 市工业和信息化局承担具体工作 /
// 由市人社局牵头，市财政局、市教育局配合
const PROSE_DUTY = new RegExp(
  `(?<=^|[。；;，,：:\\n]|由)(?:[（(][一二三四五六七八九十\\d]{1,3}[）)]|[①-⑳]|\\d{1,2}[.、．])?(?:并|均|统一)?(?:由)?(?<names>(?:(?!由)[\\u4e00-\\u9fff、（）]){1,40}?(?:${PROSE_BODY_END}|部门))(?:（以下简称[^）]{1,12}）)?(?:具体|${QUALIFIERS})?(?<verb>负责(?!人|制)|承担(?=[\\u4e00-\\u9fff])(?![\\u4e00-\\u9fff]{0,3}?(?:费用|经费|成本|损失|风险|比例|部分|差额|利息|保费))|牵头(?=[，,；;。]|负责)|配合(?=[，,；;。]))`,
  "g",
);
// not a named body: 各级政府, 县级以上人民政府, 当地政府, 主管部门
const NOT_A_PROSE_BODY = /级|当地|所在地|属地|本|同级|有关|相关|其他|其它|负责|承担|的|要|及其/;
const PROSE_BODY = new RegExp(`${PROSE_BODY_END}$`);

/** Bodies that are the subject of 负责/承担/牵头/配合 in the measure's own sentences, where no unit list is given. */
function proseLists(body: string, offset: number): RoleList[] {
  const numberEnd = matchMarker(body)?.length ?? 0;
  const lists: RoleList[] = [];
  for (const m of body.slice(numberEnd).matchAll(PROSE_DUTY)) {
    const names = m.groups!.names!;
    const at = offset + numberEnd + m.index! + m[0].indexOf(names);
    // 国务院专利行政部门负责…; 省、自治区、直辖市人民政府管理专利工作的部门负责… (one body per province)
    if (DEFINITE_DEPARTMENT.test(names) && !/有关|相关|其他|其它/.test(names)) {
      lists.push({
        role: "responsible",
        items: [{ name: names, start: at, end: at + names.length }],
        rule: "units/prose-duty",
      });
      continue;
    }
    const items = splitUnitList(names, at);
    // every name of the subject must be a body: 企业、市财政局负责 is not a unit list
    if (
      !items.length ||
      items.some((x) => NOT_A_PROSE_BODY.test(x.name) || !PROSE_BODY.test(x.name) || x.name.length < 3)
    )
      continue;
    const verb = m.groups!.verb!;
    lists.push({
      role: verb.startsWith("牵头") ? "lead" : verb === "配合" ? "cooperating" : "responsible",
      items,
      rule: "units/prose-duty",
    });
  }
  return lists;
}

/** The printed form of a normalised span: source text, inline pinyin readings and spaces removed, brackets full-width. */
function printed(ctx: ExtractContext, start: number, end: number): string {
  return ctx
    .ground(start, end)
    .text.replace(PINYIN_READING, "")
    .replace(/\s+/g, "")
    .replace(/\(/g, "（")
    .replace(/\)/g, "）");
}

const MARKED_LEAD = /（牵头(?:单位)?）$/;

/**
 * Responsible units of one measure with roles (lead, cooperating, responsible, implementing),
 * names written out in full (地区发改委、财政局 → 地区财政局) and as printed (traditional characters kept).
 */
export function extractUnits(text: NormalizedText, ctx: ExtractContext): Unit[] {
  const out: Unit[] = [];
  const { start: mStart, end: mEnd } = ctx.measure.range;
  const conventions = ctx.doc.unitConventions.filter((c) => c.from <= mStart);
  const leadFirst = conventions.find((c) => c.kind === "lead-first");
  const implementing = conventions.filter((c) => c.kind === "implementing");
  // a government recorded as implementing is not repeated as responsible, except where the measure that states
  // the rule names it in its own unit list too (（责任单位：…，各县区人民政府。以下…均需各县区人民政府落实…）);
  // a table's unit cell with the rule as its note (〔以下任务均需…〕) names it once, as implementing
  const implNames = new Set(
    implementing.filter((c) => ctx.measure.table || c.start < mStart || c.start >= mEnd).map((c) => strip(c.name!)),
  );
  const lists = roleLists(text, ctx);
  const regionShort = ctx.doc.regionShort;

  // the measure's lead gives the prefix to a list that starts with unprefixed items
  const leadName = lists
    .find((l) => l.role === "lead" || l.role === "convention")
    ?.items.find((i) => levelPrefix(i.name));
  const leadPrefix = leadName
    ? printed(ctx, leadName.start, leadName.start + levelPrefix(leadName.name)!.length)
    : undefined;

  // under 列第一位者为牵头单位, a 责任单位 list gives a lead only where the measure names none under 牵头单位
  const hasLeadList = lists.some((l) => l.role === "lead");
  for (const list of lists) {
    // the prefix an unprefixed item takes from the item before it; null after 各…, which covers what follows
    let lastPrefix: string | null | undefined;
    const listHasMarkedLead = list.items.some((i) =>
      MARKED_LEAD.test(i.name.replace(/\(/g, "（").replace(/\)/g, "）")),
    );
    list.items.forEach((item, idx) => {
      let norm = item.name.replace(/\s+/g, "").replace(/\(/g, "（").replace(/\)/g, "）");
      let end = item.end;
      // 市人社局（牵头）
      const marker = item.name.match(/[（(]牵头(?:单位)?[）)]$/);
      const markedLead = !!marker;
      if (marker) {
        norm = norm.replace(MARKED_LEAD, "");
        end -= marker[0].length;
      }
      if (implNames.has(strip(norm))) return; // recorded once, as implementing
      let name = printed(ctx, item.start, end);
      const inferred: string[] = [];
      // 市委 is a whole name with the level 市 (levelPrefix wants a word after the prefix)
      const p = levelPrefix(norm) ?? (/^[省市县区州盟旗]委$/.test(norm) ? norm[0] : undefined);
      // 乌兰浩特市民政局、财政局: a body named with its place is kept, and its place is the prefix of what follows
      const head =
        p || SELF_NAMED.test(norm) || TERRITORIAL.test(norm) ? undefined : norm.match(PLACE_HEAD)?.groups?.head;
      if (p) lastPrefix = printed(ctx, item.start, item.start + p.length);
      else if (norm.startsWith("各")) lastPrefix = null;
      else if (head) lastPrefix = printed(ctx, item.start, item.start + head.length);
      else if (selfNamed(norm, regionShort)) {
        // keeps its own name
      } else {
        // FORMAT: the prefix of the item before, else of the measure's lead; never guessed from the region
        // (a town's 财政分局 with no lead stays as printed)
        const prefix = lastPrefix === null ? undefined : (lastPrefix ?? leadPrefix);
        if (prefix) {
          name = prefix + name;
          inferred.push("prefix");
        }
      }
      if (item.suffix) {
        name += printed(ctx, item.suffix.start, item.suffix.end);
        inferred.push("suffix");
      }
      let role: UnitRole;
      if (markedLead) role = "lead";
      else if (listHasMarkedLead && (list.role === "responsible" || list.role === "convention")) role = "cooperating";
      else if (
        list.role === "convention" ||
        (list.role === "responsible" && list.rule === "units/label" && leadFirst && !hasLeadList)
      ) {
        if (leadFirst) {
          role = (item.pos ?? idx) === 0 ? "lead" : "cooperating";
          inferred.push("role");
        } else role = "responsible";
      } else role = list.role;
      const g = ctx.ground(item.start, end);
      out.push({
        ...g,
        role,
        name,
        rule: inferred.includes("role") ? "units/lead-first-same-below" : list.rule,
        ...(inferred.length ? { inferred } : {}),
      });
    });
  }
  for (const c of implementing) {
    const g = ctx.ground(c.start, c.end);
    const name = c.nameAt ? printed(ctx, c.nameAt.start, c.nameAt.end) : c.name!;
    out.push({ ...g, role: "implementing", name, rule: c.rule, inferred: ["role"] });
  }
  // duplicates within one role are written once
  const seen = new Set<string>();
  return out.filter((u) => {
    const k = `${u.role}|${u.name}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
