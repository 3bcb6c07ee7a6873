import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkCjkFriendly from "remark-cjk-friendly";
import type { Root, RootContent, PhrasingContent } from "mdast";
import { TextBuilder, type MappedText } from "../../core/text.ts";

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly);

/**
 * Markdown → plain text with a map back into the Markdown source (which is `source.text`).
 * Block structure becomes blank lines, GFM tables become tab-separated rows, inline HTML
 * such as the `<p>` a converter left inside table cells is dropped, emphasis markers vanish.
 */
export function markdownToPlain(md: string): MappedText {
  const tree = parser.parse(md) as Root;
  const b = new TextBuilder(md);

  /** blocks are separated by one blank line */
  const sep = (at: number) => {
    if (b.length === 0) return;
    const t = b.text;
    b.replace(at, at, t.endsWith("\n\n") ? "" : t.endsWith("\n") ? "\n" : "\n\n");
  };

  /**
   * A text node whose value differs from its source (a backslash escape, a character reference,
   * a line ending remark joined): copied character by character where they agree, so a span inside
   * it maps to its own characters, not to the whole node.
   */
  const alignText = (b: TextBuilder, src: string, s: number, e: number, value: string) => {
    let i = s;
    let j = 0;
    let run = -1; // start of the pending copied run
    const flush = () => {
      if (run >= 0) b.copy(run, i);
      run = -1;
    };
    while (i < e && j < value.length) {
      const ref = src[i] === "&" ? src.slice(i, Math.min(e, i + 12)).match(/^&(?:#\d+|#x[\da-f]+|[a-z]+\d*);/i) : null;
      if (src[i] === value[j] && !ref) {
        if (run < 0) run = i;
        i++;
        j++;
        continue;
      }
      flush();
      if (src[i] === "\\" && src[i + 1] === value[j])
        i++; // \* → *: the backslash prints nothing
      else if (ref) {
        b.replace(i, i + ref[0].length, value[j]!); // &amp; → &
        i += ref[0].length;
        j++;
      } else if (/\s/.test(src[i]!))
        i++; // whitespace the parser dropped
      else {
        b.replace(i, e, value.slice(j)); // no alignment left: the rest as one piece
        return;
      }
    }
    flush();
    if (j < value.length) b.replace(e, e, value.slice(j));
  };

  const emitInline = (nodes: PhrasingContent[]) => {
    for (const n of nodes) {
      const pos = n.position;
      if (n.type === "text" || n.type === "inlineCode") {
        if (!pos) continue;
        const s = pos.start.offset!;
        const e = pos.end.offset!;
        if (md.slice(s, e) === n.value) b.copy(s, e);
        else alignText(b, md, s, e, n.value);
      } else if (n.type === "break") {
        if (pos) b.replace(pos.start.offset!, pos.end.offset!, "\n");
      } else if (n.type === "html") {
        /* inline HTML (<p>, <br>) is markup, not text */
        if (/^<br\s*\/?>$/i.test(n.value) && pos) b.replace(pos.start.offset!, pos.end.offset!, "\n");
      } else if ("children" in n) {
        emitInline(n.children as PhrasingContent[]);
      }
    }
  };

  const emitBlock = (node: RootContent, marker?: { start: number; end: number }) => {
    const at = node.position?.start.offset ?? 0;
    switch (node.type) {
      case "heading":
      case "paragraph":
        sep(marker?.start ?? at);
        if (marker) b.copy(marker.start, marker.end);
        emitInline(node.children);
        break;
      case "table":
        sep(at);
        node.children.forEach((row, i) => {
          if (i > 0) b.replace(row.position?.start.offset ?? at, row.position?.start.offset ?? at, "\n");
          row.children.forEach((cell, j) => {
            if (j > 0) b.replace(cell.position?.start.offset ?? at, cell.position?.start.offset ?? at, "\t");
            emitInline(cell.children);
          });
        });
        break;
      case "list":
      case "blockquote":
        for (const c of node.children) emitBlock(c as RootContent);
        break;
      case "listItem": {
        // the list marker is the notice's numbering (1. 2. 3.): keep it in front of the item's text
        const start = node.position?.start.offset;
        const firstAt = node.children[0]?.position?.start.offset;
        node.children.forEach((c, i) => {
          if (i === 0 && start !== undefined && firstAt !== undefined) {
            const raw = md.slice(start, firstAt);
            const lead = raw.length - raw.trimStart().length;
            const marker = raw.trim();
            emitBlock(
              c as RootContent,
              marker && /^\d/.test(marker) ? { start: start + lead, end: start + lead + marker.length } : undefined,
            );
          } else emitBlock(c as RootContent);
        });
        break;
      }
      case "code":
        sep(at);
        if (node.position) {
          const s = node.position.start.offset!;
          const e = node.position.end.offset!;
          const i = md.slice(s, e).indexOf(node.value);
          if (i >= 0) b.copy(s + i, s + i + node.value.length);
          else b.replace(s, e, node.value);
        }
        break;
      case "html": {
        /* a block of raw HTML: keep the text between its tags */
        sep(at);
        const s0 = node.position?.start.offset;
        if (s0 === undefined) break;
        for (const m of node.value.matchAll(/[^<>]+(?=<|$)/g)) {
          if (m.index !== undefined && m[0].trim()) b.copy(s0 + m.index, s0 + m.index + m[0].length);
        }
        break;
      }
      default:
        /* thematicBreak, definitions: no text */
        break;
    }
  };

  for (const node of tree.children) emitBlock(node);
  return b.build();
}
