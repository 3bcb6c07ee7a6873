import { expect } from "vitest";
import { extractDocument } from "../pipeline/run.ts";
import type { PolicyDocument } from "../schemas/index.ts";

const cache = new Map<string, Promise<PolicyDocument>>();

/** Extracts a corpus notice once per test run. */
export function corpusDoc(file: string): Promise<PolicyDocument> {
  if (!cache.has(file)) cache.set(file, extractDocument(`corpus/${file}`));
  return cache.get(file)!;
}

/** Every finding of the document: its text is exactly the slice of source.text its span names. */
export function expectGrounded(doc: PolicyDocument): number {
  const src = doc.source.text;
  let n = 0;
  const check = (f: { text: string; span: { start: number; end: number } }, where: string) => {
    expect(f.span.end, where).toBeGreaterThanOrEqual(f.span.start);
    expect(src.slice(f.span.start, f.span.end), where).toBe(f.text);
    n++;
  };
  for (const m of doc.measures) {
    for (const a of m.amounts) check(a, `${m.id} amount ${a.text}`);
    for (const p of m.periods) check(p, `${m.id} period ${p.text}`);
    for (const u of m.units) check(u, `${m.id} unit ${u.name}`);
  }
  for (const [k, e] of Object.entries(doc.metaEvidence)) {
    if (Array.isArray(e)) for (const c of e) check(c, `meta ${k}`);
    else if (e) check(e, `meta ${k}`);
  }
  return n;
}
