import type { Amount, Period, PolicyDocument } from "../schemas/index.ts";

const esc = (s: string) => s.replace(/\|/g, "\\|").replace(/\n+/g, " ");
const val = (v: number | [number, number]) => (Array.isArray(v) ? `${v[0]}–${v[1]}` : String(v));
export const describeAmount = (a: Amount) =>
  `${val(a.value)}${a.unit === "元" || a.unit === "%" || a.unit === "岁" ? a.unit : ` ${a.unit}`}${a.bound === "exact" ? "" : ` (${a.bound})`}${a.per ? ` /${a.per}` : ""}`;
export const describePeriod = (p: Period) =>
  [
    p.start && `from ${p.start}`,
    p.end && `until ${p.end}`,
    p.duration &&
      `${val(p.duration.value)} ${p.duration.unit}${p.duration.bound === "exact" ? "" : ` (${p.duration.bound})`}`,
  ]
    .filter(Boolean)
    .join(", ");

/** A readable report of one document: metadata, then one section per measure. */
export function toMarkdown(doc: PolicyDocument): string {
  const m = doc.meta;
  const out = [
    `# ${m.title ?? doc.source.path}`,
    "",
    `| field | value |`,
    `|---|---|`,
    `| 文号 | ${m.docNumber ?? "—"} |`,
    `| issuer | ${m.issuer ?? "—"} |`,
    `| date | ${m.date ?? "—"} |`,
    `| region | ${m.region ?? "—"} |`,
    `| cites | ${m.cites.join("、") || "—"} |`,
    `| source | ${doc.source.path} (${doc.source.format}) |`,
    "",
  ];
  for (const x of doc.measures) {
    out.push(`## ${x.id} ${x.title}`, "");
    if (x.units.length) out.push(`- units: ${x.units.map((u) => `${u.name} (${u.role})`).join("、")}`);
    for (const a of x.amounts)
      out.push(`- ${a.kind}: **${describeAmount(a)}** — “${esc(a.text)}” [${a.span.start}, ${a.span.end})`);
    for (const p of x.periods)
      out.push(`- period: **${describePeriod(p)}** — “${esc(p.text)}” [${p.span.start}, ${p.span.end})`);
    out.push("");
  }
  if (doc.warnings.length) {
    out.push("## Diagnostics", "");
    for (const w of doc.warnings) out.push(`- ${w.severity} \`${w.code}\`: ${esc(w.reason)}`);
  }
  return out.join("\n") + "\n";
}
