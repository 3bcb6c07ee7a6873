import { DOC_TYPES, NON_NOTICE_KINDS, type NonNoticeKind } from "../lang/lexicon/documentKinds.ts";

const PATTERNS = NON_NOTICE_KINDS.map((k) => ({ kind: k.kind, re: new RegExp(k.words.join("|")) }));
/** The words of a notice's title: a title ending in one is a notice even if it names a budget (关于做好2024年部门预算编制工作的通知). */
const NOTICE_END = new RegExp(`(?:${DOC_TYPES}|令)$`);

export interface KindFound {
  kind: NonNoticeKind;
  /** the words that decided it, and where, in the text given */
  words: string;
  start: number;
  end: number;
}

/**
 * A document that is not a notice, from its head: the first lines up to the first sentence end
 * (a wrapped title: 洪泽区人民政府 / 2023年政府信息公开工作年度报告). Undefined for a notice.
 */
export function nonNoticeKind(text: string): KindFound | undefined {
  const lines: { text: string; start: number }[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const t = m[0].trim();
    if (!t) continue;
    if (/[。；]/.test(t) || lines.length >= 4) break;
    lines.push({ text: t, start: m.index! });
  }
  for (const l of lines) {
    // a breadcrumb or menu line of a portal (首页 > 政策解读) says where the page is filed, not what it is
    if (/[>›»|｜]|^(?:当前位置|您的位置|首页)/.test(l.text)) continue;
    if (NOTICE_END.test(l.text.replace(/[（(][^）)]*[）)]$/, ""))) return undefined;
    for (const p of PATTERNS) {
      const m = l.text.match(p.re);
      if (m) {
        const start = l.start + text.slice(l.start).indexOf(m[0]);
        return { kind: p.kind, words: m[0], start, end: start + m[0].length };
      }
    }
  }
  return undefined;
}
