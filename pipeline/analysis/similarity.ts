/** Character-bigram profiles of Chinese text with numbers masked, so 50% and 30% still align. */

const PUNCT = /[\s，。、；：？！“”‘’（）《》〔〕【】\-—·,.;:!?()"'[\]<>]/g;

/** Masks Arabic numbers (with their decimals) so amounts that changed still look alike. */
export const maskNumbers = (s: string) => s.replace(/\d+(?:[.,]\d+)*/g, "#");

export function bigrams(s: string): Map<string, number> {
  const t = maskNumbers(s).replace(PUNCT, "");
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < t.length; i++) {
    const g = t.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Inverse document frequency over a set of profiles: common bigrams (就业, 企业) weigh little. */
export function idf(profiles: Map<string, number>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const p of profiles) for (const g of p.keys()) df.set(g, (df.get(g) ?? 0) + 1);
  const n = profiles.length;
  const out = new Map<string, number>();
  for (const [g, d] of df) out.set(g, Math.log((n + 1) / (d + 1)) + 1);
  return out;
}

export function weigh(p: Map<string, number>, w: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [g, c] of p) out.set(g, c * (w.get(g) ?? 1));
  return out;
}

export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [g, x] of a) {
    na += x * x;
    const y = b.get(g);
    if (y) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** Share of `a`'s weight that `b` also has: how much of a short measure lies inside a longer one. */
export function containment(a: Map<string, number>, b: Map<string, number>): number {
  let inside = 0;
  let total = 0;
  for (const [g, x] of a) {
    total += x;
    if (b.has(g)) inside += x;
  }
  return total ? inside / total : 0;
}

/** Dice coefficient of two short strings' bigram sets (for aligning amounts by their context). */
export function dice(a: string, b: string): number {
  const A = new Set(bigrams(a).keys());
  const B = new Set(bigrams(b).keys());
  if (!A.size || !B.size) return a === b ? 1 : 0;
  let n = 0;
  for (const g of A) if (B.has(g)) n++;
  return (2 * n) / (A.size + B.size);
}
