// The folders show the data flow: each layer imports only from itself and the layers below it,
// and no two folders import each other. Derived from the import lines of every source file, so a
// new file or folder is checked without editing this test.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, test } from "vitest";

/** Bottom to top. A path belongs to the longest prefix that names it. */
const LAYERS = [
  "schemas",
  "core",
  "lang",
  "read",
  "extractors",
  "pipeline/llm",
  "pipeline",
  "pipeline/analysis",
  "output",
  "cli",
  "index.ts",
] as const;

const ROOT = resolve(import.meta.dirname, "..");
const SPEC = /(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g;

function sources(dir: string): string[] {
  const abs = join(ROOT, dir);
  if (statSync(abs).isFile()) return [dir];
  return readdirSync(abs).flatMap((n) =>
    /\.(ts|mjs)$/.test(n) || statSync(join(abs, n)).isDirectory() ? sources(join(dir, n)) : [],
  );
}

function layerOf(path: string): number {
  let best = -1;
  LAYERS.forEach((l, i) => {
    if ((path === l || path.startsWith(`${l}/`)) && (best < 0 || l.length > LAYERS[best].length)) best = i;
  });
  return best;
}

function importsOf(file: string, text = readFileSync(join(ROOT, file), "utf8")): string[] {
  return [...text.matchAll(SPEC)].map((m) => relative(ROOT, resolve(ROOT, dirname(file), m[1])));
}

const files = ["schemas", "core", "lang", "read", "extractors", "pipeline", "output", "cli", "index.ts"].flatMap(
  sources,
);
const edges = files.flatMap((from) => importsOf(from).map((to) => ({ from, to })));

describe("import direction", () => {
  test("every source file is in a layer", () => {
    expect(files.filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  test("no import runs up a layer", () => {
    const upward = edges.filter((e) => layerOf(e.to) > layerOf(e.from)).map((e) => `${e.from} → ${e.to}`);
    expect(upward).toEqual([]);
  });

  test("no two folders import each other", () => {
    const ties = new Set(
      edges.filter((e) => dirname(e.from) !== dirname(e.to)).map((e) => `${dirname(e.from)} → ${dirname(e.to)}`),
    );
    const twoWay = [...ties].filter((t) => ties.has(t.split(" → ").reverse().join(" → ")));
    expect(twoWay).toEqual([]);
  });

  test("the check sees an upward import (negative row)", () => {
    const fake = importsOf("read/normalize.ts", 'import { run } from "../pipeline/run.ts";');
    expect(fake.map((to) => layerOf(to) > layerOf("read/normalize.ts"))).toEqual([true]);
  });
});
