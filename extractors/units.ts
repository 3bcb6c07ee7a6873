import type { Unit, UnitRole } from "../schemas/index.ts";
import type { ExtractContext, NormalizedText } from "./context.ts";
import { LEVEL_PREFIXES, NOT_A_PREFIX_AFTER, ORG_SUFFIX, PROVINCE_SHORT, ROLE_LABELS, SELF_NAMED } from "./lexicon/units.ts";

/** A unit-assigning rule the document states once for what follows (下同). */
export interface UnitConvention {
  kind: "lead-first" | "implementing";
  /** normalised-text offset from which it applies */
  from: number;
  name?: string;
  /** where it was stated */
  start: number;
  end: number;
  rule: string;
}

// （…列第一位者为牵头单位，下同） / 列第一位的为牵头单位
const LEAD_FIRST = /列第一位(?:者|的)?为牵头(?:单位|部门)/g;
// （…列第一位者为牵头单位；各县市区政府负责落实，下同）
const IMPLEMENTING_SAME_BELOW = /(?<gov>各[\u4e00-\u9fff（）、]{1,16}?(?:人民政府|政府|管委会))负责(?:落实|实施|组织实施)[，,]?下同/g;
// 〔以下任务均需各镇（街道、开发区）落实，不再一一列出〕
const IMPLEMENTING_ALL_BELOW = /以下(?:任务|工作|措施)均(?:需|由)?(?<gov>各[\u4e00-\u9fff（）、]{1,20}?)(?:负责)?落实[，,]?不再一一列出/g;

/** Finds the document's unit conventions in order (run once per document). */
export function findUnitConventions(text: string, govForms: (name: string) => string): UnitConvention[] {
  const out: UnitConvention[] = [];
  for (const m of text.matchAll(LEAD_FIRST)) {
    out.push({ kind: "lead-first", from: lineStart(text, m.index!), start: m.index!, end: m.index! + m[0].length, rule: "units/lead-first-same-below" });
  }
  for (const re of [IMPLEMENTING_SAME_BELOW, IMPLEMENTING_ALL_BELOW]) {
    for (const m of text.matchAll(re)) {
      const gs = m.index! + m[0].indexOf(m.groups!.gov!);
      out.push({ kind: "implementing", name: govForms(m.groups!.gov!), from: lineStart(text, m.index!), start: gs, end: gs + m.groups!.gov!.length, rule: re === IMPLEMENTING_SAME_BELOW ? "units/implementing-same-below" : "units/implementing-all-below" });
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

const lineStart = (text: string, i: number) => text.lastIndexOf("\n", i) + 1;

/** Government-list names the document writes with brackets: 各县市区政府 → 各县（市、区）政府. */
export function governmentForms(text: string): (name: string) => string {
  const forms = new Map<string, string>();
  for (const m of text.matchAll(/各[\u4e00-\u9fff]{1,3}（[\u4e00-\u9fff、]{1,10}）(?:人民政府|政府)?/g)) {
    const key = strip(m[0]);
    if (!forms.has(key)) forms.set(key, m[0]);
  }
  return (name) => {
    if (/（/.test(name)) return name;
    return forms.get(strip(name)) ?? name;
  };
}
const strip = (s: string) => s.replace(/[（）、()]/g, "");

interface RawItem {
  name: string;
  start: number;
  end: number;
}

/** Splits a unit list at 、，； outside brackets; drops 等; splits run-together names. */
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
    const lead0 = raw.match(/^(?:由|请)/)?.[0].length ?? 0; // （由市人社局牵头，…）
    raw = raw.slice(lead0);
    a += lead0;
    const cleaned = raw.replace(/(?:等(?:部门|单位|有关部门)?|(?:按职责分工|按照职责分工|按职责|分别|共同|依职责)?(?:负责|牵头|配合|参加|参与))+$/, "").replace(/[。.]$/, "");
    if (cleaned) items.push({ name: cleaned, start: offset + a, end: offset + a + cleaned.length });
  };
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (c === "（" || c === "(") depth++;
    else if (c === "）" || c === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[、，,；;]/.test(c)) {
      push(i);
      s = i + 1;
    }
  }
  push(list.length);
  return mergeGovFragments(items.flatMap(splitConjoined).flatMap(splitRunTogether));
}

// 市人社局和市财政局 → two units; 人力资源和社会保障厅, 发展和改革委员会 stay one
const CONJOINED = new RegExp(`(?<=[${ORG_SUFFIX}])(?:和|及|与|以及)(?=[\\u4e00-\\u9fff]{2,})`, "g");

function splitConjoined(item: RawItem): RawItem[] {
  const out: RawItem[] = [];
  let s = 0;
  for (const m of item.name.matchAll(CONJOINED)) {
    out.push({ name: item.name.slice(s, m.index), start: item.start + s, end: item.start + m.index! });
    s = m.index! + m[0].length;
  }
  out.push({ name: item.name.slice(s), start: item.start + s, end: item.end });
  return out.filter((x) => x.name.length >= 2);
}

const RUN_TOGETHER = new RegExp(`(?<=[${ORG_SUFFIX}])(?=(?:${LEVEL_PREFIXES.join("|")})[\\u4e00-\\u9fff]{2,})`, "g");

/** 区水利局区人社局 → 区水利局, 区人社局 */
function splitRunTogether(item: RawItem): RawItem[] {
  if (item.name.startsWith("各")) return [item];
  const cuts = [...item.name.matchAll(RUN_TOGETHER)].map((m) => m.index!).filter((i) => i >= 3 && item.name.length - i >= 3 && levelPrefix(item.name.slice(i)));
  if (!cuts.length) return [item];
  const out: RawItem[] = [];
  let s = 0;
  for (const c of [...cuts, item.name.length]) {
    out.push({ name: item.name.slice(s, c), start: item.start + s, end: item.start + c });
    s = c;
  }
  return out;
}

/** 各州、市人民政府: the fragment 各州 belongs with the next item. */
function mergeGovFragments(items: RawItem[]): RawItem[] {
  const out: RawItem[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const next = items[i + 1];
    if (/^各[省市州县区镇乡盟旗]$/.test(it.name) && next && /^[省市州县区镇乡盟旗]{1,2}(?:（[^）]{1,6}）)?(?:人民政府|政府)/.test(next.name)) {
      out.push({ name: `${it.name}、${next.name}`, start: it.start, end: next.end });
      i++;
    } else out.push(it);
  }
  return out;
}

export function levelPrefix(name: string): string | undefined {
  for (const p of LEVEL_PREFIXES) {
    if (name.startsWith(p) && name.length > p.length + 1 && !NOT_A_PREFIX_AFTER[p]?.test(name.slice(p.length))) return p;
  }
  return undefined;
}

function selfNamed(name: string, regionShort: string | undefined): boolean {
  return SELF_NAMED.test(name) || PROVINCE_SHORT.some((p) => name.startsWith(p)) || (!!regionShort && name.startsWith(regionShort)) || name.startsWith("各");
}

interface RoleList {
  role: UnitRole | "convention";
  items: RawItem[];
  rule: string;
}

// 牵头单位：地区人社局 / 配合单位：地区发改委、工信局 / …补贴。（责任单位：县人社局、县财政局） / （牵头单位：市人社局；配合单位：市财政局）
const LABEL = new RegExp(`(?<=^|[。；;，,（(\\s])(?<label>${Object.keys(ROLE_LABELS).join("|")})[:：]\\s*`, "gm");

/** Each `label：list` in a measure; a list runs to the next label, the line end, or the end of its bracket. */
function labelledLists(body: string, offset: number): RoleList[] {
  const hits = [...body.matchAll(LABEL)];
  return hits.map((m, k) => {
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
      }
    }
    const list = body.slice(from, end).replace(/[；;，,\s]+$/, "");
    return { role: ROLE_LABELS[m.groups!.label as keyof typeof ROLE_LABELS], items: splitUnitList(list, offset + from), rule: "units/label" };
  });
}

/** Unit lists of a measure: label lines, a closing parenthesis with 负责/牵头, or a table's unit cells. */
function roleLists(text: NormalizedText, ctx: ExtractContext): RoleList[] {
  const { start, end } = ctx.measure.range;
  const body = text.text.slice(start, end);
  const lists: RoleList[] = [];
  const table = ctx.measure.table;
  if (table) {
    for (const ci of table.unitColumns) {
      const cell = table.cells[ci];
      if (!cell) continue;
      const label = table.columns[ci] as keyof typeof ROLE_LABELS;
      const cellText = text.text.slice(cell.start, cell.end).replace(/[〔［【（(]以下.*?不再一一列出[〕］】）)]/, (m) => " ".repeat(m.length));
      lists.push({ role: ROLE_LABELS[label] ?? "responsible", items: splitUnitList(cellText, cell.start), rule: "units/table-column" });
    }
    return lists;
  }
  lists.push(...labelledLists(body, start));
  if (lists.length) return lists;
  const paren = closingParenthesis(body);
  if (!paren) return lists;
  // （市发改委、市工信委、市人社局等负责。列第一位者为牵头单位；各县市区政府负责落实，下同）
  // （市人社局牵头，市财政局、市教育局参加）
  let clauseStart = 0;
  const inner = paren.text;
  const clauses: { text: string; at: number }[] = [];
  let depth = 0;
  for (let i = 0; i <= inner.length; i++) {
    const c = inner[i];
    if (c === "（") depth++;
    else if (c === "）") depth--;
    if (i === inner.length || (depth === 0 && /[。；;]/.test(c!)) || (depth === 0 && c === "，" && /(?:牵头|参加|参与|配合)$/.test(inner.slice(clauseStart, i)))) {
      clauses.push({ text: inner.slice(clauseStart, i), at: clauseStart });
      clauseStart = i + 1;
    }
  }
  for (const cl of clauses) {
    const v = cl.text.match(/(?:等)?(?:按职责分工|按照职责分工|按职责|分别|共同|依职责)?(?<verb>负责|牵头|参加|参与|配合)$/);
    if (!v || /列第一位|下同|落实|不再/.test(cl.text)) continue;
    const role = v.groups!.verb === "牵头" ? "lead" : v.groups!.verb === "负责" ? "convention" : "cooperating";
    const listText = cl.text.slice(0, v.index);
    lists.push({ role, items: splitUnitList(listText, start + paren.start + cl.at), rule: "units/parenthesis" });
  }
  return lists;
}

/** The last parenthesis of a measure when the measure ends with it: （…等负责） */
function closingParenthesis(body: string): { text: string; start: number } | undefined {
  const t = body.trimEnd();
  if (!t.endsWith("）")) return undefined;
  let depth = 0;
  for (let i = t.length - 1; i >= 0; i--) {
    if (t[i] === "）") depth++;
    else if (t[i] === "（") {
      depth--;
      if (depth === 0) {
        const text = t.slice(i + 1, t.length - 1);
        return /负责|牵头/.test(text) ? { text, start: i + 1 } : undefined;
      }
    }
  }
  return undefined;
}

/**
 * Responsible units of one measure with roles (lead, cooperating, responsible, implementing),
 * names written out in full (地区发改委、财政局 → 地区财政局).
 */
export function extractUnits(text: NormalizedText, ctx: ExtractContext): Unit[] {
  const out: Unit[] = [];
  const conventions = ctx.doc.unitConventions.filter((c) => c.from <= ctx.measure.range.start);
  const leadFirst = conventions.find((c) => c.kind === "lead-first");
  const implementing = conventions.filter((c) => c.kind === "implementing");
  const implNames = new Set(implementing.map((c) => strip(c.name!)));
  const lists = roleLists(text, ctx);
  const regionShort = ctx.doc.regionShort;

  // the measure's lead gives the prefix to a list that starts with unprefixed items
  const leadName = lists.find((l) => l.role === "lead" || l.role === "convention")?.items.find((i) => levelPrefix(i.name));
  const leadPrefix = leadName ? levelPrefix(leadName.name) : undefined;

  for (const list of lists) {
    let lastPrefix: string | undefined;
    list.items.forEach((item, idx) => {
      let name = item.name.replace(/\s+/g, "").replace(/\(/g, "（").replace(/\)/g, "）");
      // 市人社局（牵头）
      const markedLead = /（牵头(?:单位)?）$/.test(name);
      if (markedLead) name = name.replace(/（牵头(?:单位)?）$/, "");
      if (implNames.has(strip(name))) return; // recorded once, as implementing
      const inferred: string[] = [];
      const p = levelPrefix(name);
      if (p) lastPrefix = p;
      else if (!selfNamed(name, regionShort)) {
        const prefix = lastPrefix ?? leadPrefix ?? ctx.doc.dominantPrefix;
        if (prefix) {
          name = prefix + name;
          inferred.push("prefix");
        }
      }
      let role: UnitRole;
      const listHasMarkedLead = list.items.some((i) => /[（(]牵头(?:单位)?[）)]$/.test(i.name));
      if (markedLead) role = "lead";
      else if (listHasMarkedLead && (list.role === "responsible" || list.role === "convention")) role = "cooperating";
      else if (list.role === "convention") {
        if (leadFirst) {
          role = idx === 0 ? "lead" : "cooperating";
          inferred.push("role");
        } else role = "responsible";
      } else role = list.role;
      const g = ctx.ground(item.start, item.end);
      out.push({ ...g, role, name, rule: inferred.includes("role") ? "units/lead-first-same-below" : list.rule, ...(inferred.length ? { inferred } : {}) });
    });
  }
  for (const c of implementing) {
    const g = ctx.ground(c.start, c.end);
    out.push({ ...g, role: "implementing", name: c.name!, rule: c.rule, inferred: ["role"] });
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
