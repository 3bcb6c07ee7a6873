import { lstat, readdir, realpath, stat } from "node:fs/promises";
import { basename, dirname, extname, join, relative, sep } from "node:path";
import { unsupportedReason } from "../read/ingest/index.ts";

export const NOTICE_EXTENSIONS = new Set([
  ".txt",
  ".text",
  ".md",
  ".markdown",
  ".html",
  ".htm",
  ".shtml",
  ".xhtml",
  ".pdf",
  ".png",
  ".jpg",
  ".jpeg",
  ".tif",
  ".tiff",
  ".ofd",
  ".docx",
  ".doc",
  ".wps",
  ".xls",
  ".xlsx",
  ".et",
]);

/** A file found in a folder that is not read: a document format zhengce cannot read yet (a failure) or not a document at all. */
export interface Skipped {
  file: string;
  code: "unsupported_format" | "unreadable_file";
  reason: string;
}

export interface Inputs {
  /** files to read, in order */
  files: string[];
  /** arguments that do not exist */
  missing: string[];
  /** files that are documents zhengce cannot read (.doc, .xls …) or cannot open: each is a failure of the run */
  unsupported: Skipped[];
  /** files in folders that are not documents (JSON outputs, README, code): listed, not failures */
  ignored: { file: string; reason: string }[];
}

const DOC_FILE = /^(?:README|SOURCES|LICENSE|LICENCE|CHANGELOG|NOTICE|FORMAT)(?:\.|$)/i;
const SKIP_DIR = /^(?:gold|node_modules|\.git|_zhengce)$/;
/** JSON files in an output folder that are not documents: the batch report, manifests, gold. */
const NOT_DOCUMENT_JSON = /^(?:_report|manifest|package(?:-lock)?)\.json$|\.gold\.json$/;

/**
 * Expands files and folders into the files to read, sorted. In a folder, gold/ folders, dotfiles,
 * JSON and documentation files are ignored (and listed), a document of a format zhengce does not read
 * (.doc, .wps, .xls …) is listed as unsupported, never dropped in silence. Symbolic links are
 * followed once: a link back into a folder already walked is not walked again.
 */
export async function collectInputs(args: string[], opts: { documentsJson?: boolean } = {}): Promise<Inputs> {
  const out: Inputs = { files: [], missing: [], unsupported: [], ignored: [] };
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  const walk = async (p: string, top: boolean, inOutputDir = false) => {
    let st: Awaited<ReturnType<typeof stat>>;
    try {
      st = await stat(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (top && code === "ENOENT") out.missing.push(p);
      else if (code === "ENOENT")
        out.unsupported.push({ file: p, code: "unreadable_file", reason: "a broken symbolic link" });
      else if (code === "ELOOP")
        out.unsupported.push({ file: p, code: "unreadable_file", reason: "a symbolic link that loops" });
      else out.unsupported.push({ file: p, code: "unreadable_file", reason: `cannot open (${code ?? String(e)})` });
      return;
    }
    const real = await realpath(p).catch(() => p);
    if (st.isDirectory()) {
      if (!top && SKIP_DIR.test(basename(p))) return;
      if (seenDirs.has(real)) return; // a link back into a folder already walked
      seenDirs.add(real);
      let entries: string[];
      try {
        entries = (await readdir(p)).sort();
      } catch (e) {
        out.unsupported.push({
          file: p,
          code: "unreadable_file",
          reason: `cannot list the folder (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
        });
        return;
      }
      // a folder extract wrote (it has _report.json or _zhengce/): its JSON files are documents
      const outputDir = !!opts.documentsJson && (entries.includes("_report.json") || entries.includes("_zhengce"));
      for (const e of entries) await walk(join(p, e), false, outputDir);
      return;
    }
    if (!st.isFile()) {
      if (top) out.unsupported.push({ file: p, code: "unreadable_file", reason: "not a regular file" });
      return;
    }
    if (seenFiles.has(real)) return; // the same file reached twice (a link, or named twice)
    seenFiles.add(real);
    if (top) {
      out.files.push(p); // a file named on the command line is always tried: ingest says why it cannot be read
      return;
    }
    const name = basename(p);
    const ext = extname(p).toLowerCase();
    const linkNote = (await lstat(p).catch(() => st)).isSymbolicLink() ? " (through a link)" : "";
    if (name.startsWith(".")) out.ignored.push({ file: p, reason: "a hidden file" });
    else if (DOC_FILE.test(name)) out.ignored.push({ file: p, reason: "a documentation file of the folder" });
    else if (NOTICE_EXTENSIONS.has(ext)) out.files.push(p);
    else if (inOutputDir && ext === ".json" && !NOT_DOCUMENT_JSON.test(name))
      out.files.push(p); // extract's outputs, for compare
    else {
      const why = unsupportedReason(p);
      if (why) out.unsupported.push({ file: p, code: "unsupported_format", reason: why + linkNote });
      else out.ignored.push({ file: p, reason: `not a document format (${ext || "no extension"})` });
    }
  };
  for (const a of args) await walk(a, true);
  return out;
}

/**
 * Output names after the input file, unique in one flat folder: the stem (x), else the file name
 * when two stems meet (x.html, x.pdf), else the path below the inputs' common folder
 * (dev/x.txt → dev__x.txt) when two folders hold the same name. Never `_report` or another name the
 * batch writes itself.
 */
export function outputNames(files: string[]): Map<string, string> {
  const stem = (f: string) => basename(f, extname(f));
  const count = (key: (f: string) => string) => {
    const m = new Map<string, number>();
    for (const f of files) m.set(key(f), (m.get(key(f)) ?? 0) + 1);
    return m;
  };
  const stems = count(stem);
  const bases = count((f) => basename(f));
  const root = commonDir(files);
  const reserved = /^(?:_report|documents|measures|amounts|periods|units)$/;
  return new Map(
    files.map((f) => {
      let n = stems.get(stem(f))! > 1 ? basename(f) : stem(f);
      if (bases.get(basename(f))! > 1) n = relative(root, f).split(sep).join("__");
      if (reserved.test(n)) n = `${n}${extname(f) || "_"}`;
      return [f, n];
    }),
  );
}

/** The deepest folder holding every file. */
export function commonDir(files: string[]): string {
  if (!files.length) return ".";
  let parts = dirname(files[0]!).split(sep);
  for (const f of files.slice(1)) {
    const q = dirname(f).split(sep);
    let k = 0;
    while (k < parts.length && k < q.length && parts[k] === q[k]) k++;
    parts = parts.slice(0, k);
  }
  return parts.join(sep) || ".";
}
