import type { Purpose } from "../../schemas/index.ts";
import { PURPOSE_HEADS } from "../../lang/lexicon/quantities.ts";
import { alt } from "../../lang/pattern.ts";
import type { Located, RefineContext } from "../refiners.ts";

// …最高不超过15万元的个人创业担保贷款及贴息扶持 / 每人1000元的标准给予一次性吸纳就业补贴 / 最高45万元创业担保贷款
const AFTER =
  /^(?:额度|的额度|的标准|标准|的)?(?:给予|发放|申请|享受)?(?:的)?(?<np>[\u4e00-\u9fff（）]{2,16}?)(?=及|和|并|或|，|。|；|、|（|\(|$|\n|\t|，)/;
/** The head nouns a purpose phrase ends with. */
const HEAD = new RegExp(`(?:${alt(PURPOSE_HEADS)})$`);
// 符合条件的个人可申请… / 符合条件的企业可申请… : the subject after the last 的 before a verb of granting
const SUBJECT = /(?:的|对)(?<subj>[\u4e00-\u9fff]{2,8}?)(?:可|按|给予|申请|享受|每)/;
const CLAUSE_BREAK = /[，。；：\n\t]/;
/** A clause is a phrase, not a page: the look back stops here even in a text without punctuation (linear time). */
const MAX_CLAUSE = 120;

/** Labels each amount with what it is for: a noun phrase after it, and the subject before it when the phrase lacks one. */
export const labelPurpose = <T extends Located & { kind: string; purpose?: Purpose }>(
  ctx: RefineContext,
  findings: T[],
): T[] =>
  findings.map((f) => {
    if (f.kind !== "money") return f;
    const t = ctx.text;
    const after = t.slice(f.at.end, f.at.end + 40);
    const m = AFTER.exec(after);
    const parts: { start: number; end: number }[] = [];
    let head: string | undefined;
    if (m?.groups?.np && HEAD.test(m.groups.np)) {
      const s = f.at.end + m[0].length - m.groups.np.length;
      parts.push({ start: s, end: s + m.groups.np.length });
      head = m.groups.np;
    }
    // the clause before the amount, and the one before it when the amount opens its clause (…共同创业，可申请最高45万元)
    let cs = f.at.start;
    while (cs > 0 && f.at.start - cs < MAX_CLAUSE && !CLAUSE_BREAK.test(t[cs - 1]!)) cs--;
    let before = t.slice(cs, f.at.start);
    let beforeAt = cs;
    if (!/[\u4e00-\u9fff]{2,}(?:可|按|给予|申请)/.test(before.replace(/^(?:可|并)/, "")) && cs > 1) {
      let ps = cs - 1;
      while (ps > 0 && cs - ps < MAX_CLAUSE && !CLAUSE_BREAK.test(t[ps - 1]!)) ps--;
      before = t.slice(ps, cs - 1);
      beforeAt = ps;
    }
    const sm = [...before.matchAll(new RegExp(SUBJECT, "g"))].pop();
    let subj = sm?.groups?.subj?.replace(/(?:或|和).*$/, "");
    let subjAt = sm ? beforeAt + sm.index! + sm[0].indexOf(subj ?? "", 1) : -1;
    // a whole clause as the subject: 符合条件的个人借款人合伙创业或组织起来共同创业，可申请最高45万元
    if (!subj && beforeAt < cs) {
      const k = before.lastIndexOf("的");
      const rest = before.slice(k + 1).replace(/(?:或|和).*$/, "");
      if (k >= 0 && rest.length >= 2 && rest.length <= 10) {
        subj = rest;
        subjAt = beforeAt + k + 1;
      }
    }
    if (subj && !(head ?? "").includes(subj.slice(0, 2))) parts.unshift({ start: subjAt, end: subjAt + subj.length });
    if (!parts.length) return f;
    const grounded = parts.map((p) => ctx.ground(p.start, p.end));
    return { ...f, purpose: { label: grounded.map((g) => g.text.replace(/\s+/g, "")).join("·"), parts: grounded } };
  });
