import { diffChars } from "diff";
import type {
  Amount,
  Change,
  Measure,
  MeasurePair,
  Period,
  PolicyDiff,
  PolicyDocument,
  UnitRole,
} from "../../schemas/index.ts";
import { DIFF_SCHEMA_VERSION } from "../../schemas/index.ts";
import { canonName } from "./eval.ts";
import { INSTRUMENTS } from "../../lang/lexicon/instruments.ts";
import { bigrams, containment, cosine, dice, idf, weigh } from "./similarity.ts";

export interface DiffOptions {
  /** least similarity for two measures to be a pair (default 0.2) */
  minSimilarity?: number;
  /** least share of a measure inside another for a split or merge (default 0.5) */
  minContainment?: number;
  /** least similarity for a measure left over to join its best partner as a split or merge, when it is also within 80% of that partner's own best (default 0.15) */
  minPartnerSimilarity?: number;
}

/** Why two measures were paired, in terms a reader checks: the instruments both name, the values both state, how alike their titles are. */
function evidenceOf(a: Measure, b: Measure): MeasurePair["evidence"] {
  const instruments = (m: Measure) =>
    new Set(
      INSTRUMENTS.filter((ins) => ins.patterns.some((p) => p.test(m.title) || p.test(m.text))).map((ins) => ins.name),
    );
  const ia = instruments(a);
  const values = (m: Measure) => new Set(m.amounts.map(amountText));
  const vb = values(b);
  return {
    instruments: [...instruments(b)].filter((x) => ia.has(x)),
    sharedValues: [...values(a)].filter((x) => vb.has(x)),
    titleSimilarity: Math.round(dice(a.title, b.title) * 1000) / 1000,
  };
}

/**
 * The one-to-one assignment of rows to columns with the greatest total weight (the Hungarian
 * algorithm, O(n³)): each row's column, or -1.
 */
export function maxWeightAssignment(weight: number[][]): number[] {
  const n = weight.length;
  const m = weight[0]?.length ?? 0;
  const N = Math.max(n, m);
  const cost = (i: number, j: number) => (i < n && j < m ? -weight[i]![j]! : 0);
  const u = new Array<number>(N + 1).fill(0);
  const v = new Array<number>(N + 1).fill(0);
  const p = new Array<number>(N + 1).fill(0);
  const way = new Array<number>(N + 1).fill(0);
  for (let i = 1; i <= N; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(N + 1).fill(Infinity);
    const used = new Array<boolean>(N + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= N; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= N; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0);
  }
  const out = new Array<number>(n).fill(-1);
  for (let j = 1; j <= N; j++) if (p[j]! >= 1 && p[j]! <= n && j <= m) out[p[j]! - 1] = j - 1;
  return out;
}

// unit lines and the closing unit parenthesis are compared as units, not as text
const UNIT_LINES = /^(?:牵头单位|配合单位|责任单位|参加单位|协办单位|牵头部门|配合部门|责任部门)[:：].*$/gm;
const UNIT_PAREN = /[（(][^（()）]*(?:（[^（）]*）[^（()）]*)*(?:负责|牵头)[^（）]*[）)]\s*$/;

/** The text a measure is compared on: title and body without its unit lists. */
export const comparableText = (m: Measure) => m.text.replace(UNIT_LINES, "").trim().replace(UNIT_PAREN, "");

const LEVELS: [RegExp, string][] = [
  [/(?:自治区|省|直辖市|北京市|天津市|上海市|重庆市)$/, "province"],
  [/(?:地区|自治州|州|盟|市)$/, "prefecture"],
  [/(?:县|区|旗|自治县)$/, "county"],
];
export const levelOf = (region: string | null) =>
  region ? (LEVELS.find(([re]) => re.test(region))?.[1] ?? null) : null;

const val = (v: number | [number, number]) => (Array.isArray(v) ? `${v[0]}—${v[1]}` : String(v));
const unitText = (a: { unit: string }) => (a.unit === "元" || a.unit === "%" || a.unit === "岁" ? a.unit : a.unit);
const amountText = (a: Amount) =>
  `${val(a.value)}${unitText(a)}${a.bound !== "exact" && a.bound !== "range" ? `(${a.bound})` : ""}${a.per ? `/${a.per}` : ""}`;
const periodText = (p: Period) =>
  [
    p.start && `from ${p.start}`,
    p.end && `until ${p.end}`,
    p.duration &&
      `${val(p.duration.value)} ${p.duration.unit}${p.duration.bound === "exact" ? "" : ` (${p.duration.bound})`}`,
  ]
    .filter(Boolean)
    .join(" ");

/** The text around a finding up to any of `stops`, the finding itself replaced by @. */
function around(m: Measure, doc: PolicyDocument, span: { start: number; end: number }, stops: RegExp): string {
  const src = doc.source.text;
  let s = span.start;
  let e = span.end;
  while (s > m.span.start && !stops.test(src[s - 1]!)) s--;
  while (e < m.span.end && !stops.test(src[e]!)) e++;
  return src.slice(s, span.start) + "@" + src.slice(span.end, e);
}

/** Context for aligning findings: the clause (what the number is) and the sentence (what it is about). */
const contextOf = (m: Measure, doc: PolicyDocument, span: { start: number; end: number }) => ({
  clause: around(m, doc, span, /[，。；（）\n]/),
  sentence: around(m, doc, span, /[。；\n]/),
  window: doc.source.text.slice(Math.max(m.span.start, span.start - 150), span.start), // what was said before it
});

interface Side<T> {
  item: T;
  measure: Measure;
  context: { clause: string; sentence: string; window: string };
}

const contextSimilarity = (x: Side<unknown>, y: Side<unknown>) =>
  0.5 * dice(x.context.clause, y.context.clause) +
  0.25 * dice(x.context.sentence, y.context.sentence) +
  0.25 * dice(x.context.window, y.context.window);

/** Greedy one-to-one matching of findings by context similarity within a compatibility rule. */
function matchFindings<T>(
  a: Side<T>[],
  b: Side<T>[],
  compatible: (x: T, y: T) => boolean,
  same: (x: T, y: T) => boolean,
  min = 0.25,
): { pairs: [number, number, number][]; freeA: number[]; freeB: number[] } {
  const cand: [number, number, number][] = [];
  // an unchanged value needs less context to be the same finding
  a.forEach((x, i) => {
    b.forEach((y, j) => {
      if (compatible(x.item, y.item)) cand.push([i, j, contextSimilarity(x, y) + (same(x.item, y.item) ? 0.2 : 0)]);
    });
  });
  cand.sort((p, q) => q[2] - p[2]);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: [number, number, number][] = [];
  for (const [i, j, s] of cand) {
    if (s < min || usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    pairs.push([i, j, s]);
  }
  return {
    pairs,
    freeA: a.map((_, i) => i).filter((i) => !usedA.has(i)),
    freeB: b.map((_, j) => j).filter((j) => !usedB.has(j)),
  };
}

const aRef = (s: Side<Amount>) => ({
  measure: s.measure.id,
  text: s.item.text,
  span: s.item.span,
  kind: s.item.kind,
  value: s.item.value,
  unit: s.item.unit,
  bound: s.item.bound,
  ...(s.item.per ? { per: s.item.per } : {}),
  ...(s.item.purpose ? { purpose: s.item.purpose.label } : {}),
});
const pRef = (s: Side<Period>) => ({
  measure: s.measure.id,
  text: s.item.text,
  span: s.item.span,
  start: s.item.start,
  end: s.item.end,
  duration: s.item.duration,
});
const sameValue = (x: number | [number, number], y: number | [number, number]) =>
  JSON.stringify(x) === JSON.stringify(y);

function amountChanges(ma: Measure[], mb: Measure[], A: PolicyDocument, B: PolicyDocument): Change[] {
  const side = (ms: Measure[], d: PolicyDocument) =>
    ms.flatMap((m) => m.amounts.map((item) => ({ item, measure: m, context: contextOf(m, d, item.span) })));
  const a = side(ma, A);
  const b = side(mb, B);
  const { pairs, freeA, freeB } = matchFindings(
    a,
    b,
    (x, y) => x.kind === y.kind && x.unit === y.unit,
    (x, y) => sameValue(x.value, y.value) && x.bound === y.bound,
  );
  const out: Change[] = [];
  const changedTo = new Map<number, number[]>(); // A index → B indexes it became
  for (const [i, j] of pairs) {
    const x = a[i]!.item;
    const y = b[j]!.item;
    if (!sameValue(x.value, y.value) || x.bound !== y.bound || (x.per ?? "") !== (y.per ?? "")) changedTo.set(i, [j]);
  }
  // one amount that became two (稳岗返还 50% → 30%/60%): an added amount whose best partner already changed
  const stillFree: number[] = [];
  for (const j of freeB) {
    const best = pairs
      .filter(([i]) => a[i]!.item.kind === b[j]!.item.kind && a[i]!.item.unit === b[j]!.item.unit)
      .map(([i, jj]) => [i, contextSimilarity(a[i]!, b[j]!), jj] as const)
      .sort((p, q) => q[1] - p[1])[0];
    if (best && best[1] >= 0.25 && changedTo.has(best[0])) changedTo.get(best[0])!.push(j);
    else stillFree.push(j);
  }
  for (const [i, js] of changedTo) {
    const from = aRef(a[i]!);
    const to = js.map((j) => aRef(b[j]!));
    const what =
      a[i]!.item.purpose?.label ??
      b[js[0]!]!.item.purpose?.label ??
      a[i]!.context.clause.split("@")[0]!.replace(/\s+/g, "").slice(-12);
    out.push({
      family: "amount",
      change: "changed",
      from: [from],
      to,
      summary: `${what} ${amountText(a[i]!.item)} → ${js.map((j) => amountText(b[j]!.item)).join("/")}`,
    });
  }
  for (const i of freeA)
    out.push({
      family: "amount",
      change: "removed",
      from: [aRef(a[i]!)],
      to: [],
      summary: `removed ${amountText(a[i]!.item)} (“${a[i]!.item.text}”)`,
    });
  for (const j of stillFree)
    out.push({
      family: "amount",
      change: "added",
      from: [],
      to: [aRef(b[j]!)],
      summary: `added ${amountText(b[j]!.item)} (“${b[j]!.item.text}”)`,
    });
  return out;
}

type PeriodKind = "range" | "start" | "end" | "duration";
const periodKind = (p: Period): PeriodKind =>
  p.duration && !p.start && !p.end ? "duration" : p.start && p.end ? "range" : p.start ? "start" : "end";

function periodChanges(ma: Measure[], mb: Measure[], A: PolicyDocument, B: PolicyDocument): Change[] {
  const side = (ms: Measure[], d: PolicyDocument) =>
    ms.flatMap((m) => m.periods.map((item) => ({ item, measure: m, context: contextOf(m, d, item.span) })));
  const a = side(ma, A);
  const b = side(mb, B);
  const compatible = (x: Period, y: Period) => {
    const kx = periodKind(x);
    const ky = periodKind(y);
    return kx === ky || (kx !== "duration" && ky !== "duration");
  };
  const { pairs, freeA, freeB } = matchFindings(
    a,
    b,
    compatible,
    (x, y) => x.start === y.start && x.end === y.end && JSON.stringify(x.duration) === JSON.stringify(y.duration),
    0.2,
  );
  const out: Change[] = [];
  for (const [i, j] of pairs) {
    const x = a[i]!.item;
    const y = b[j]!.item;
    const fields: ("start" | "end" | "duration")[] = [];
    if (x.start !== y.start) fields.push("start");
    if (x.end !== y.end) fields.push("end");
    if (JSON.stringify(x.duration) !== JSON.stringify(y.duration)) fields.push("duration");
    if (!fields.length) continue;
    const words = fields.map((f) =>
      f === "end"
        ? x.end && y.end
          ? `deadline moved ${x.end} → ${y.end}`
          : y.end
            ? `end added ${y.end}`
            : `end dropped ${x.end}`
        : f === "start"
          ? x.start && y.start
            ? `start moved ${x.start} → ${y.start}`
            : y.start
              ? `start added ${y.start}`
              : `start dropped ${x.start}`
          : `duration ${x.duration ? periodText({ ...x, start: null, end: null }) : "none"} → ${y.duration ? periodText({ ...y, start: null, end: null }) : "none"}`,
    );
    out.push({
      family: "period",
      change: "changed",
      fields,
      from: [pRef(a[i]!)],
      to: [pRef(b[j]!)],
      summary: words.join("; "),
    });
  }
  for (const i of freeA)
    out.push({
      family: "period",
      change: "removed",
      fields: [],
      from: [pRef(a[i]!)],
      to: [],
      summary: `removed ${periodText(a[i]!.item)} (“${a[i]!.item.text}”)`,
    });
  for (const j of freeB)
    out.push({
      family: "period",
      change: "added",
      fields: [],
      from: [],
      to: [pRef(b[j]!)],
      summary: `added ${periodText(b[j]!.item)} (“${b[j]!.item.text}”)`,
    });
  return out;
}

function unitChanges(ma: Measure[], mb: Measure[]): Change[] {
  const names = (ms: Measure[], role: UnitRole) => [
    ...new Set(ms.flatMap((m) => m.units.filter((u) => u.role === role).map((u) => canonName(u.name)))),
  ];
  const out: Change[] = [];
  for (const role of ["lead", "cooperating", "responsible", "implementing"] as UnitRole[]) {
    const a = names(ma, role);
    const b = names(mb, role);
    if (role === "lead") {
      if (a.join() !== b.join() && (a.length || b.length))
        out.push({
          family: "unit",
          change: "lead-changed",
          role,
          from: a,
          to: b,
          summary: `lead unit changed: ${a.join("、") || "none"} → ${b.join("、") || "none"}`,
        });
      continue;
    }
    const added = b.filter((n) => !a.includes(n));
    const removed = a.filter((n) => !b.includes(n));
    if (added.length)
      out.push({
        family: "unit",
        change: "added",
        role,
        from: [],
        to: added,
        summary: `${role} added: ${added.join("、")}`,
      });
    if (removed.length)
      out.push({
        family: "unit",
        change: "removed",
        role,
        from: removed,
        to: [],
        summary: `${role} dropped: ${removed.join("、")}`,
      });
  }
  return out;
}

/**
 * Aligns the measures of two notices by content (character bigrams, numbers masked, weighted by
 * rarity), one-to-one first, then splits and merges; reports field-level changes per aligned group.
 */
export function diffDocuments(A: PolicyDocument, B: PolicyDocument, options: DiffOptions = {}): PolicyDiff {
  const minSim = options.minSimilarity ?? 0.2;
  const minCont = options.minContainment ?? 0.5;
  const minPartner = options.minPartnerSimilarity ?? 0.15;
  const pa = A.measures.map((m) => bigrams(`${m.title}${comparableText(m)}`));
  const pb = B.measures.map((m) => bigrams(`${m.title}${comparableText(m)}`));
  const w = idf([...pa, ...pb]);
  const va = pa.map((p) => weigh(p, w));
  const vb = pb.map((p) => weigh(p, w));
  const sim = va.map((x) => vb.map((y) => cosine(x, y)));

  // one-to-one pairs by a global assignment (maximum total similarity), not first come first served
  const matchA = new Map<number, number>();
  const matchB = new Map<number, number>();
  const links: { i: number; j: number; s: number; relation: MeasurePair["relation"] }[] = [];
  if (va.length && vb.length) {
    const assigned = maxWeightAssignment(sim.map((row) => row.map((x) => (x >= minSim ? x : 0))));
    assigned.forEach((j, i) => {
      if (j < 0 || sim[i]![j]! < minSim) return;
      matchA.set(i, j);
      matchB.set(j, i);
      links.push({ i, j, s: sim[i]![j]!, relation: "same" });
    });
  }
  const rowMax = sim.map((row) => Math.max(0, ...row));
  const colMax = vb.map((_, j) => Math.max(0, ...sim.map((row) => row[j]!)));
  // splits: a B measure left over that lies mostly inside a paired A measure, or whose best partner
  // is clearly that A measure from both sides (one 2019 training item split in two; the reverse, four
  // 2018 entrepreneurship items merged into one 2020 item, is a merge)
  for (let j = 0; j < vb.length; j++) {
    if (matchB.has(j)) continue;
    const byContainment = va
      .map((x, i) => [i, containment(vb[j]!, x), sim[i]![j]!] as const)
      .filter(([i]) => matchA.has(i))
      .sort((p, q) => q[1] - p[1])[0];
    const top = sim.map((row, i) => [i, row[j]!] as const).sort((p, q) => q[1] - p[1])[0];
    if (byContainment && byContainment[1] >= minCont && byContainment[2] >= minSim * 0.75) {
      links.push({ i: byContainment[0], j, s: byContainment[2], relation: "split" });
      matchB.set(j, byContainment[0]);
    } else if (top && top[1] >= minPartner && top[1] >= 0.8 * rowMax[top[0]]!) {
      links.push({ i: top[0], j, s: top[1], relation: "split" });
      matchB.set(j, top[0]);
    }
  }
  for (let i = 0; i < va.length; i++) {
    if (matchA.has(i)) continue;
    const byContainment = vb
      .map((y, j) => [j, containment(va[i]!, y), sim[i]![j]!] as const)
      .filter(([j]) => matchB.has(j))
      .sort((p, q) => q[1] - p[1])[0];
    const top = sim[i]!.map((x, j) => [j, x] as const).sort((p, q) => q[1] - p[1])[0];
    if (byContainment && byContainment[1] >= minCont && byContainment[2] >= minSim * 0.75) {
      links.push({ i, j: byContainment[0], s: byContainment[2], relation: "merge" });
      matchA.set(i, byContainment[0]);
    } else if (top && top[1] >= minPartner && top[1] >= 0.8 * colMax[top[0]]!) {
      links.push({ i, j: top[0], s: top[1], relation: "merge" });
      matchA.set(i, top[0]);
    }
  }
  // a split or merge relabels its one-to-one partner
  for (const l of links) {
    if (l.relation !== "same") continue;
    if (links.some((o) => o !== l && o.relation === "split" && o.i === l.i)) l.relation = "split";
    if (links.some((o) => o !== l && o.relation === "merge" && o.j === l.j)) l.relation = "merge";
  }
  // groups: connected pairs share their changes
  const groupOf = new Map<string, number>();
  let g = 0;
  for (const l of links.sort((p, q) => p.i - q.i || p.j - q.j)) {
    const key = groupOf.get(`a${l.i}`) ?? groupOf.get(`b${l.j}`) ?? g++;
    groupOf.set(`a${l.i}`, key);
    groupOf.set(`b${l.j}`, key);
  }
  const groupChanges = new Map<number, { changes: Change[]; textDiff: MeasurePair["textDiff"]; same: boolean }>();
  for (const l of links) {
    const key = groupOf.get(`a${l.i}`)!;
    if (groupChanges.has(key)) continue;
    const ma = links
      .filter((o) => groupOf.get(`a${o.i}`) === key)
      .map((o) => o.i)
      .filter((v, k, arr) => arr.indexOf(v) === k)
      .sort((x, y) => x - y)
      .map((i) => A.measures[i]!);
    const mb = links
      .filter((o) => groupOf.get(`a${o.i}`) === key)
      .map((o) => o.j)
      .filter((v, k, arr) => arr.indexOf(v) === k)
      .sort((x, y) => x - y)
      .map((j) => B.measures[j]!);
    const ta = ma.map((m) => m.text).join("\n");
    const tb = mb.map((m) => m.text).join("\n");
    const changes = [...amountChanges(ma, mb, A, B), ...periodChanges(ma, mb, A, B), ...unitChanges(ma, mb)];
    const textDiff = diffChars(ta, tb).map((p) => ({
      op: p.added ? ("insert" as const) : p.removed ? ("delete" as const) : ("equal" as const),
      text: p.value,
    }));
    groupChanges.set(key, { changes, textDiff, same: ta.replace(/\s+/g, "") === tb.replace(/\s+/g, "") });
  }
  const pairs: MeasurePair[] = links
    .sort((p, q) => p.i - q.i || p.j - q.j)
    .map((l) => {
      const key = groupOf.get(`a${l.i}`)!;
      const gc = groupChanges.get(key)!;
      const status: MeasurePair["status"] = gc.changes.length ? "changed" : gc.same ? "unchanged" : "reworded";
      return {
        a: A.measures[l.i]!.id,
        b: B.measures[l.j]!.id,
        status,
        relation: l.relation,
        similarity: Math.round(Math.min(1, l.s) * 1000) / 1000,
        group: key,
        evidence: evidenceOf(A.measures[l.i]!, B.measures[l.j]!),
        changes: gc.changes,
        textDiff: gc.textDiff,
      };
    });

  const ref = (d: PolicyDocument) => ({
    id: d.id,
    path: d.source.path,
    docNumber: d.meta.docNumber,
    title: d.meta.title,
    issuer: d.meta.issuer,
    region: d.meta.region,
    level: levelOf(d.meta.region),
    date: d.meta.date,
    cites: d.meta.cites,
  });
  const ra = ref(A);
  const rb = ref(B);
  const metaChanges = (["docNumber", "title", "issuer", "region", "level", "date"] as const)
    .filter((f) => ra[f] !== rb[f])
    .map((f) => ({ field: f, a: ra[f], b: rb[f] }));
  const canonCites = (d: PolicyDocument) => d.meta.cites.map(canonName);
  return {
    schemaVersion: DIFF_SCHEMA_VERSION,
    a: ra,
    b: rb,
    meta: {
      changes: metaChanges,
      aCitesB: !!B.meta.docNumber && canonCites(A).includes(canonName(B.meta.docNumber)),
      bCitesA: !!A.meta.docNumber && canonCites(B).includes(canonName(A.meta.docNumber)),
      commonCites: A.meta.cites.filter((c) => canonCites(B).includes(canonName(c))),
    },
    pairs,
    removed: A.measures.filter((_, i) => !matchA.has(i)).map((m) => m.id),
    added: B.measures.filter((_, j) => !matchB.has(j)).map((m) => m.id),
  };
}
