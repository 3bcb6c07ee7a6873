import TSCharacters from "opencc-js/dict/TSCharacters";
import HKVariantsRev from "opencc-js/dict/HKVariantsRev";
import TWVariantsRev from "opencc-js/dict/TWVariantsRev";

/**
 * Traditional → simplified, one character for one character, for matching only.
 *
 * OpenCC's character tables (the Hong Kong and Taiwan variant tables its hk2s/tw2s chains start
 * with, then `TSCharacters`) are read as
 * pairs; only entries whose both sides are a single UTF-16 unit are kept, so folding never changes
 * the text's length and every span found on the folded text is a span on the original. Phrase
 * tables are not used: they change lengths (and 乾隆 stays 乾隆 only with them, which matching does
 * not need). Names, titles and 文号 are still written as printed: values are sliced from
 * `source.text` through the offset map, never from the folded text.
 */
let table: Map<string, string> | undefined;

function pairs(dict: string): [string, string][] {
  return dict.split("|").flatMap((entry) => {
    const [from, to] = entry.split(" ");
    return from && to && from.length === 1 && to.length === 1 && from !== to ? [[from, to] as [string, string]] : [];
  });
}

function load(): Map<string, string> {
  const ts = new Map(pairs(TSCharacters));
  const m = new Map(ts);
  // a regional variant first becomes the standard traditional form (衞 → 衛), then simplified
  for (const [from, to] of [...pairs(HKVariantsRev), ...pairs(TWVariantsRev)]) {
    const simplified = ts.get(to);
    if (!m.has(from) && simplified && simplified !== from) m.set(from, simplified);
  }
  return m;
}

/** The simplified form of one traditional character, or the character itself. */
export function t2sChar(c: string): string {
  table ??= load();
  return table.get(c) ?? c;
}

/** A string folded character by character (same length). */
export function t2s(s: string): string {
  table ??= load();
  let out = "";
  for (const c of s) out += c.length === 1 ? (table.get(c) ?? c) : c;
  return out;
}

const TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ";
/** Inline pinyin readings a mirror site adds after a character: 就業（yè）, 發(fā); at least one toned vowel, so (a) or （b） list labels are not readings. */
export const PINYIN_READING = new RegExp(
  `(?<=[\\u4e00-\\u9fff])[（(](?<py>(?=[a-z${TONED}]*[${TONED}])[a-z${TONED}]{1,7})[）)]`,
  "g",
);
