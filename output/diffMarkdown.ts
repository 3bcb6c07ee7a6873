import type { PolicyDiff, PolicyDocument } from "../schemas/index.ts";

const title = (d: PolicyDocument, id: string) => d.measures.find((m) => m.id === id)?.title ?? "";

/** A diff as Markdown, for a terminal or an issue tracker. */
export function diffToMarkdown(diff: PolicyDiff, A: PolicyDocument, B: PolicyDocument): string {
  const name = (r: PolicyDiff["a"]) =>
    `${r.region ?? "?"} ${r.date?.slice(0, 4) ?? ""} ${r.docNumber ?? r.path}`.trim();
  const out = [`# ${name(diff.a)} → ${name(diff.b)}`, ""];
  const counts = { unchanged: 0, reworded: 0, changed: 0 };
  for (const p of diff.pairs) counts[p.status]++;
  out.push(
    `${diff.pairs.length} aligned pairs (${counts.changed} changed, ${counts.reworded} reworded, ${counts.unchanged} unchanged), ${diff.removed.length} removed, ${diff.added.length} added.`,
    "",
  );
  if (diff.meta.changes.length || diff.meta.aCitesB || diff.meta.bCitesA) {
    out.push("## Metadata", "", "| field | A | B |", "|---|---|---|");
    for (const c of diff.meta.changes) out.push(`| ${c.field} | ${c.a ?? "—"} | ${c.b ?? "—"} |`);
    if (diff.meta.bCitesA) out.push("", `B cites A (${diff.a.docNumber}): B is derived from A.`);
    if (diff.meta.aCitesB) out.push("", `A cites B (${diff.b.docNumber}): A is derived from B.`);
    if (diff.meta.commonCites.length) out.push("", `Both cite: ${diff.meta.commonCites.join("、")}`);
    out.push("");
  }
  out.push("## Aligned measures", "");
  const seenGroups = new Set<number>();
  for (const p of diff.pairs) {
    out.push(
      `### ${p.a} ${title(A, p.a)} ↔ ${p.b} ${title(B, p.b)}`,
      "",
      `${p.status}${p.relation !== "same" ? `, ${p.relation}` : ""}, similarity ${p.similarity.toFixed(2)}${p.evidence.instruments.length ? `; both name ${p.evidence.instruments.join("、")}` : ""}${p.evidence.sharedValues.length ? `; same values ${p.evidence.sharedValues.join("、")}` : ""}`,
      "",
    );
    if (seenGroups.has(p.group)) {
      out.push("(changes listed with the first pair of this group)", "");
      continue;
    }
    seenGroups.add(p.group);
    for (const c of p.changes) out.push(`- **${c.family}**: ${c.summary}`);
    if (p.changes.length) out.push("");
  }
  if (diff.removed.length)
    out.push("## Removed (only in A)", "", ...diff.removed.map((id) => `- ${id} ${title(A, id)}`), "");
  if (diff.added.length) out.push("## Added (only in B)", "", ...diff.added.map((id) => `- ${id} ${title(B, id)}`), "");
  return out.join("\n");
}
