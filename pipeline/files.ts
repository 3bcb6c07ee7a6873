import { readdir, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";

export const NOTICE_EXTENSIONS = new Set([".txt", ".text", ".md", ".markdown", ".html", ".htm", ".shtml", ".xhtml", ".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff"]);

/** Expands files and directories into notice files, sorted; skips gold/ folders, JSON and documentation files. */
export async function collectInputs(args: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = async (p: string, top: boolean) => {
    let st;
    try {
      st = await stat(p);
    } catch {
      missing.push(p);
      return;
    }
    if (st.isDirectory()) {
      if (!top && /^(?:gold|node_modules|\.git)$/.test(basename(p))) return;
      const entries = (await readdir(p)).sort();
      for (const e of entries) await walk(join(p, e), false);
    } else if (top || (NOTICE_EXTENSIONS.has(extname(p).toLowerCase()) && !/^(?:README|SOURCES|LICENSE|CHANGELOG|NOTICE)(?:\.|$)/i.test(basename(p)))) {
      // in a folder, documentation files (README.md, SOURCES.md) are not notices
      files.push(p);
    }
  };
  for (const a of args) await walk(a, true);
  return { files, missing };
}

/** Output names after the input file; two inputs with the same stem keep their extension. */
export function outputNames(files: string[]): Map<string, string> {
  const stems = new Map<string, number>();
  const stem = (f: string) => basename(f, extname(f));
  for (const f of files) stems.set(stem(f), (stems.get(stem(f)) ?? 0) + 1);
  return new Map(files.map((f) => [f, (stems.get(stem(f))! > 1 ? basename(f) : stem(f))]));
}
