import type { Change, PolicyDiff, PolicyDocument } from "../schemas/index.ts";

import { escapeHtml as esc } from "./escape.ts";
const anchor = (side: "A" | "B", span: { start: number; end: number }) => `${side}-${span.start}-${span.end}`;

/** The source text of one side with every finding wrapped in an anchor the change list links to. */
function sourcePanel(doc: PolicyDocument, side: "A" | "B"): string {
  const marks = doc.measures.flatMap((m) => [
    ...m.amounts.map((a) => ({ ...a.span, cls: "amount" })),
    ...m.periods.map((p) => ({ ...p.span, cls: "period" })),
    ...m.units.map((u) => ({ ...u.span, cls: "unit" })),
  ]);
  marks.sort((x, y) => x.start - y.start || y.end - x.end);
  const src = doc.source.text;
  let html = "";
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue; // nested or repeated (implementing units repeat their span)
    html += esc(src.slice(at, m.start));
    html += `<mark id="${anchor(side, m)}" class="${m.cls}">${esc(src.slice(m.start, m.end))}</mark>`;
    at = m.end;
  }
  html += esc(src.slice(at));
  return `<details class="source" open><summary>${side}: source text of ${esc(doc.source.path)}</summary><pre>${html}</pre></details>`;
}

function changeItem(c: Change): string {
  const links = [
    ...("from" in c && c.family !== "unit"
      ? c.from.map((r) => `<a class="ref" href="#${anchor("A", r.span)}" title="${esc(r.text)}">A: ${esc(r.text)}</a>`)
      : []),
    ...("to" in c && c.family !== "unit"
      ? c.to.map((r) => `<a class="ref" href="#${anchor("B", r.span)}" title="${esc(r.text)}">B: ${esc(r.text)}</a>`)
      : []),
  ].join(" ");
  return `<li class="change ${c.family} ${c.change}"><span class="family">${c.family}</span> ${esc(c.summary)} ${links}</li>`;
}

/** A self-contained side-by-side report: aligned measures in two columns, changes above each pair. */
export function diffToHtml(diff: PolicyDiff, A: PolicyDocument, B: PolicyDocument): string {
  const byId = (d: PolicyDocument, id: string) => d.measures.find((m) => m.id === id);
  const head = (r: PolicyDiff["a"]) =>
    `<div class="doc"><div class="docno">${esc(r.docNumber ?? "")}</div><div class="title">${esc(r.title ?? r.path)}</div><div class="meta">${esc([r.issuer, r.region, r.date].filter(Boolean).join(" · "))}</div></div>`;
  const meta = diff.meta.changes.length
    ? `<table class="metadiff"><tr><th>field</th><th>A</th><th>B</th></tr>${diff.meta.changes.map((c) => `<tr><td>${esc(c.field)}</td><td>${esc(c.a ?? "—")}</td><td>${esc(c.b ?? "—")}</td></tr>`).join("")}</table>${diff.meta.bCitesA ? '<p class="derived">B cites A: B is derived from A.</p>' : ""}${diff.meta.aCitesB ? '<p class="derived">A cites B: A is derived from B.</p>' : ""}`
    : "";
  const shown = new Set<number>();
  const pairs = diff.pairs
    .map((p) => {
      const ma = byId(A, p.a);
      const mb = byId(B, p.b);
      const first = !shown.has(p.group);
      shown.add(p.group);
      const left = first
        ? p.textDiff
            .filter((r) => r.op !== "insert")
            .map((r) => (r.op === "delete" ? `<del>${esc(r.text)}</del>` : esc(r.text)))
            .join("")
        : esc(ma?.text ?? "");
      const right = first
        ? p.textDiff
            .filter((r) => r.op !== "delete")
            .map((r) => (r.op === "insert" ? `<ins>${esc(r.text)}</ins>` : esc(r.text)))
            .join("")
        : esc(mb?.text ?? "");
      const changes = first && p.changes.length ? `<ul class="changes">${p.changes.map(changeItem).join("")}</ul>` : "";
      return `<section class="pair ${p.status}" data-a="${esc(p.a)}" data-b="${esc(p.b)}" data-status="${p.status}">
  <h3><span class="id">${esc(p.a)}</span> ${esc(ma?.title ?? "")} ↔ <span class="id">${esc(p.b)}</span> ${esc(mb?.title ?? "")} <span class="badge ${p.status}">${p.status}</span>${p.relation !== "same" ? ` <span class="badge rel">${p.relation}</span>` : ""} <span class="sim">similarity ${p.similarity.toFixed(2)}${p.evidence.instruments.length ? ` · both name ${esc(p.evidence.instruments.join("、"))}` : ""}${p.evidence.sharedValues.length ? ` · same values ${esc(p.evidence.sharedValues.join("、"))}` : ""}</span></h3>
  ${changes}
  <div class="cols"><div class="col a">${left}</div><div class="col b">${right}</div></div>
</section>`;
    })
    .join("\n");
  const only = (ids: string[], d: PolicyDocument, cls: string, label: string) =>
    ids.length
      ? `<section class="only ${cls}"><h2>${label}</h2><ul>${ids.map((id) => `<li><span class="id">${esc(id)}</span> ${esc(byId(d, id)?.title ?? "")}</li>`).join("")}</ul></section>`
      : "";
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>zhengce diff: ${esc(diff.a.docNumber ?? diff.a.path)} → ${esc(diff.b.docNumber ?? diff.b.path)}</title>
<style>
body{font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;margin:1.5em;color:#222;line-height:1.6}
.docs{display:grid;grid-template-columns:1fr 1fr;gap:1em}.doc{border:1px solid #ccc;padding:.5em 1em;border-radius:6px}.docno{color:#b00;font-weight:bold}.title{font-size:1.1em}
.pair{border:1px solid #ddd;border-radius:6px;margin:1em 0;padding:.5em 1em}.pair.changed{border-left:6px solid #d9822b}.pair.reworded{border-left:6px solid #4a90d9}.pair.unchanged{border-left:6px solid #8c8}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:1em}.col{white-space:pre-wrap;font-size:.92em;background:#fafafa;padding:.5em}
del{background:#fdd;text-decoration:line-through}ins{background:#dfd;text-decoration:none}
.badge{font-size:.75em;padding:0 .4em;border-radius:4px;background:#eee}.badge.changed{background:#fbd7b0}.badge.reworded{background:#cfe1f7}.badge.unchanged{background:#d7f0d7}
.changes li{margin:.2em 0}.family{font-size:.75em;text-transform:uppercase;color:#666}.ref{font-size:.85em;margin-left:.4em}
mark.amount{background:#ffe8a3}mark.period{background:#cdeffd}mark.unit{background:#e6dcff}mark:target{outline:2px solid #d00}
.sim{color:#888;font-size:.8em}.only li{margin:.2em 0}pre{white-space:pre-wrap}
</style></head><body>
<h1>zhengce diff</h1>
<div class="docs">${head(diff.a)}${head(diff.b)}</div>
${meta}
<p class="summary">${diff.pairs.length} aligned pairs, ${diff.removed.length} removed, ${diff.added.length} added.</p>
${pairs}
${only(diff.removed, A, "removed", "Only in A (removed)")}
${only(diff.added, B, "added", "Only in B (added)")}
<h2>Sources</h2>
${sourcePanel(A, "A")}
${sourcePanel(B, "B")}
</body></html>
`;
}
