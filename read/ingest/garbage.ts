import { COMMON_CHARS } from "../../lang/lexicon/commonChars.ts";

/**
 * A text layer that decodes to junk through a broken ToUnicode map: Han characters coming out as
 * Latin-1 symbols (¤¥ÈÉ), Latin letters as rare ideographs (犌犕／犜 for GM/T), or private-use code
 * points. A "contains CJK" check passes on such text; this looks at which characters they are.
 */
export function looksLikeGarbage(text: string): boolean {
  const chars = [...text.replace(/\s+/g, "")];
  if (chars.length < 20) return false;
  const pua = chars.filter((c) => c >= "\ue000" && c <= "\uf8ff").length;
  const latin1 = chars.filter((c) => (c >= "\u0080" && c <= "\u00ff") || (c < " " && c !== "\t")).length;
  const cjk = chars.filter((c) => c >= "\u4e00" && c <= "\u9fff");
  const common = cjk.filter((c) => COMMON_CHARS.has(c)).length;
  if (pua / chars.length > 0.1 || latin1 / chars.length > 0.1) return true;
  return cjk.length >= 30 && common / cjk.length < 0.4;
}
