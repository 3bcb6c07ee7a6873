import * as cheerio from "cheerio";
import type { AnyNode, Element } from "domhandler";
import { ZhengceInputError } from "./errors.ts";
import { META_LABELS } from "../../lang/lexicon/portal.ts";
import { layout, type PageItems } from "./pdfLayout.ts";

/** Elements that never hold the notice. */
const DROP_TAGS =
  "script, style, noscript, iframe, form, button, select, input, textarea, nav, header, footer, aside, object, embed";

/** class/id words of portal chrome (breadcrumbs, menus, share bars, prev/next links, footers). */
const CHROME_RE =
  /(?:^|[-_\s])(?:nav|navbar|menu|breadcrumbs?|crumbs?|position|location|dqwz|share|bdshare|footer|foot|header|head|topbar|sidebar|side|banner|copyright|pagination|pager|prevnext|prev|next|related|xgwz|toolbar|print|close|search|login|skip)(?:$|[-_\s\d])/i;

/** Containers portals put the notice body in (TRS, UCAP, gov.cn, common CMSs). */
const CONTENT_SELECTORS = [
  "#zoom",
  ".TRS_Editor",
  "#UCAP-CONTENT",
  ".pages_content",
  ".article-content",
  ".article_content",
  "#article-content",
  ".view",
  ".content-text",
  "#content",
  ".content",
  "article",
  ".article",
  "main",
];

/** Lines a portal prints around the body that are still navigation. */
const CHROME_LINE_RE =
  /^(?:上一(?:条|篇)|下一(?:条|篇)|关闭窗口|打印本页|【?打印】?|分享到|字号|【?(?:大|中|小)】?|扫一扫|收藏|责任编辑|来源[:：]|浏览次数|点击[:：])/;

const BLOCK_TAGS = new Set([
  "p",
  "div",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "table",
  "tbody",
  "thead",
  "section",
  "article",
  "blockquote",
  "pre",
  "dl",
  "dt",
  "dd",
  "center",
  "form",
  "main",
]);

const cjkCount = (s: string) => (s.match(/[\u4e00-\u9fff]/g) ?? []).length;

function render($: cheerio.CheerioAPI, root: AnyNode): string {
  let out = "";
  const nl = () => {
    if (out.length && !out.endsWith("\n")) out += "\n";
  };
  const walk = (node: AnyNode) => {
    if (node.type === "text") {
      out += (node as unknown as { data: string }).data.replace(/[\s\u00a0]+/g, " ");
      return;
    }
    if (node.type !== "tag") return;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (tag === "br") {
      out += "\n";
      return;
    }
    if (tag === "table") {
      // rows of this table (not of a table nested in a cell), rowspan cells filled down, colspan cells padded
      // the table's own rows, in order (direct or under thead/tbody/tfoot): linear, however deep tables nest
      const rows: Element[] = [];
      for (const c of el.children) {
        if (c.type !== "tag") continue;
        const name = (c as Element).tagName.toLowerCase();
        if (name === "tr") rows.push(c as Element);
        else if (name === "thead" || name === "tbody" || name === "tfoot")
          for (const r of (c as Element).children)
            if (r.type === "tag" && (r as Element).tagName.toLowerCase() === "tr") rows.push(r as Element);
      }
      const grid: string[][] = [];
      rows.forEach((tr, r) => {
        grid[r] ??= [];
        const row = grid[r];
        let c = 0;
        for (const cell of $(tr).children("td, th").toArray()) {
          while (row[c] !== undefined) c++; // a cell filled from a rowspan above
          const text = render($, cell)
            .replace(/\s*\n\s*/g, "")
            .trim();
          const rowspan = Math.min(Math.max(1, Number(cell.attribs?.rowspan) || 1), rows.length - r);
          const colspan = Math.min(Math.max(1, Number(cell.attribs?.colspan) || 1), 100);
          for (let dr = 0; dr < rowspan; dr++) {
            grid[r + dr] ??= [];
            const target = grid[r + dr];
            for (let dc = 0; dc < colspan; dc++) target[c + dc] = dc === 0 ? text : "";
          }
          c += colspan;
        }
      });
      nl();
      for (const row of grid) {
        const cells = Array.from(row, (x) => x ?? "");
        if (cells.some((x) => x)) out += `${cells.join("\t").replace(/\t+$/, "")}\n`;
      }
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) nl();
    // <ol><li>: the browser prints the number, the text does not have it
    if (
      tag === "li" &&
      el.parent &&
      (el.parent as Element).tagName?.toLowerCase() === "ol" &&
      !/^\s*[\d（(一二三四五六七八九十]/.test($(el).text())
    ) {
      const start = Number((el.parent as Element).attribs?.start ?? 1);
      out += `${start + $(el.parent).children("li").toArray().indexOf(el)}.`;
    }
    for (const c of el.children) walk(c);
    if (block) nl();
  };
  walk(root);
  return out;
}

function tidy(text: string): string {
  return text
    .split("\n")
    .map((l) => l.replace(/^[ \u3000]+|[ \u3000]+$/g, ""))
    .filter((l) => !CHROME_LINE_RE.test(l))
    .join("\n")
    .replace(/\n{2,}/g, "\n")
    .trim()
    .replace(/\n/g, "\n\n");
}

function isChrome(el: Element): boolean {
  const cls = `${el.attribs?.class ?? ""} ${el.attribs?.id ?? ""}`;
  return CHROME_RE.test(cls);
}

/** Picks the element that holds the notice: a known portal container, else the densest block of prose. */
function findContent($: cheerio.CheerioAPI): Element | undefined {
  for (const sel of CONTENT_SELECTORS) {
    const hit = $(sel)
      .toArray()
      .filter((e) => cjkCount($(e).text()) > 100)
      .sort((a, b) => cjkCount($(b).text()) - cjkCount($(a).text()))[0];
    if (hit) return hit as Element;
  }
  // Chinese characters under each element, and those inside links, counted in one walk (not once per element)
  const counts = new Map<AnyNode, { all: number; link: number }>();
  const count = (node: AnyNode, inLink: boolean): { all: number; link: number } => {
    if (node.type === "text") {
      const n = cjkCount((node as unknown as { data: string }).data);
      return { all: n, link: inLink ? n : 0 };
    }
    if (node.type !== "tag") return { all: 0, link: 0 };
    const el = node as Element;
    const link = inLink || el.tagName.toLowerCase() === "a";
    const c = { all: 0, link: 0 };
    for (const child of el.children) {
      const k = count(child, link);
      c.all += k.all;
      c.link += k.link;
    }
    counts.set(node, c);
    return c;
  };
  const body = $("body")[0];
  if (body) count(body, false);
  let best: Element | undefined;
  let bestScore = 0;
  $("body *").each((_, e) => {
    const el = e as Element;
    if (!BLOCK_TAGS.has(el.tagName.toLowerCase())) return;
    const c = counts.get(el) ?? { all: 0, link: 0 };
    const score = c.all - 2 * c.link;
    if (score > bestScore * 1.15 || (score >= bestScore * 0.85 && best && $.contains(best, el))) {
      best = el;
      bestScore = Math.max(score, bestScore);
    }
  });
  return best;
}

/** Label–value pairs of the metadata box gov portals print above the body (发文字号, 成文日期 …). */
function metaLines($: cheerio.CheerioAPI): string[] {
  const lines: string[] = [];
  const seen = new Set<string>();
  $("td, th, li, span, div, p, dt, b, strong, label").each((_, e) => {
    const own = $(e)
      .clone()
      .children()
      .remove()
      .end()
      .text()
      .replace(/[\s\u00a0]+/g, "");
    const m =
      own.match(/^(?<label>[\u4e00-\u9fff]{2,4})[:：]?$/) ??
      own.match(/^(?<label>[\u4e00-\u9fff]{2,4})[:：](?<value>.+)$/);
    const label = m?.groups?.label;
    if (!label || !(META_LABELS as readonly string[]).includes(label) || seen.has(label)) return;
    let value = m.groups?.value ?? "";
    if (!value)
      value =
        $(e)
          .next()
          .text()
          .replace(/[\s\u00a0]+/g, "") ||
        $(e)
          .children()
          .first()
          .text()
          .replace(/[\s\u00a0]+/g, "");
    // <td><b>发文字号：</b></td><td>国令第706号</td>: the label is bold inside its own cell
    if (
      !value &&
      /^(?:b|strong|label|span)$/i.test((e as Element).tagName) &&
      /^t[dh]$/i.test(((e as Element).parent as Element | null)?.tagName ?? "")
    )
      value = $(e)
        .parent()
        .next()
        .text()
        .replace(/[\s\u00a0]+/g, "");
    if (!value) return;
    seen.add(label);
    lines.push(`${label}：${value}`);
  });
  return lines;
}

export interface HtmlText {
  text: string;
  pageStarts?: number[];
}

const num = (s: string | undefined) => (s === undefined ? undefined : Number.parseFloat(s));
const styleNum = (style: string, prop: string) =>
  num(style.match(new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*(-?[\\d.]+)px`))?.[1]);

/**
 * Pages drawn as positioned SVG text, one <text> per character (OFD→HTML converters): no line or
 * paragraph exists but in the coordinates, so the items go through the PDF layout.
 */
function positionedText($: cheerio.CheerioAPI): HtmlText | undefined {
  const texts = $("svg text").toArray() as Element[];
  if (texts.length < 50 || cjkCount(texts.map((t) => $(t).text()).join("")) < 40) return undefined;
  const pageOf = new Map<Element, number>();
  const pageEls = $("div")
    .toArray()
    .filter(
      (d) => /position:\s*relative/.test((d as Element).attribs?.style ?? "") && $(d).find("svg text").length > 0,
    ) as Element[];
  const pages: PageItems[] = (pageEls.length ? pageEls : [$("body")[0] as Element]).map((el, i) => {
    pageOf.set(el, i);
    return {
      items: [],
      width: styleNum(el.attribs?.style ?? "", "width") ?? 1000,
      height: styleNum(el.attribs?.style ?? "", "height") ?? 1400,
    };
  });
  for (const t of texts) {
    const svg = $(t).closest("svg")[0] as Element | undefined;
    const svgStyle = svg?.attribs?.style ?? "";
    const pageEl = (
      pageEls.length
        ? $(t)
            .parents()
            .toArray()
            .find((p) => pageOf.has(p as Element))
        : $("body")[0]
    ) as Element | undefined;
    const page = pages[pageEl ? (pageOf.get(pageEl) ?? 0) : 0]!;
    const style = t.attribs?.style ?? "";
    const size = num(style.match(/font-size:\s*([\d.]+)px/)?.[1]) ?? 16;
    const x = (styleNum(svgStyle, "left") ?? 0) + (num(t.attribs?.x) ?? 0);
    const yTop = (styleNum(svgStyle, "top") ?? 0) + (num(t.attribs?.y) ?? 0);
    const str = $(t).text();
    page.items.push({ str, x, y: page.height - yTop, width: size * [...str].length, size });
  }
  const { text, pageStarts } = layout(pages);
  return { text, pageStarts };
}

/**
 * A government portal page → the notice's text: navigation, breadcrumbs, share bars and
 * footers dropped, tables kept as tab-separated rows, the page's metadata box kept as
 * `label：value` lines before the title.
 */
/** Real pages nest a few dozen elements deep; thousands of unclosed tags would make every walk over the tree slow or overflow. */
const MAX_DEPTH = 1000;

function tooDeep(root: AnyNode): boolean {
  const stack: [AnyNode, number][] = [[root, 0]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    if (d > MAX_DEPTH) return true;
    const kids = (n as Element).children;
    if (kids) for (const c of kids) if (c.type === "tag" || c.type === "root") stack.push([c, d + 1]);
  }
  return false;
}

export function htmlToText(html: string, file: string): HtmlText {
  const $ = cheerio.load(html);
  if (tooDeep($.root()[0] as AnyNode))
    throw new ZhengceInputError(
      "corrupt_file",
      file,
      `the page's elements nest more than ${MAX_DEPTH} levels deep (unclosed tags by the thousand): not read`,
    );
  const positioned = positionedText($);
  if (positioned) return positioned;
  const metas = metaLines($);
  const h1 = $("h1").first().length ? $("h1").first() : $(".title, .article-title, #title").first();
  const pageTitle = h1.text().replace(/\s+/g, "");
  // the line under the title: publish date, publisher (2018-02-20  行署办公室  (点击: ))
  const infoText = h1
    .next()
    .text()
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
  const info = infoText.length < 160 && /\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月/.test(infoText) ? infoText : "";
  $(DROP_TAGS).remove();
  $("*").each((_, e) => {
    const el = e as Element;
    if (el.tagName !== "body" && el.tagName !== "html" && isChrome(el)) $(el).remove();
  });
  const content = findContent($);
  if (!content) throw new ZhengceInputError("not_a_notice", file, "no block of prose found in the HTML page");
  let body = tidy(render($, content));
  if (pageTitle && !body.includes(pageTitle) && cjkCount(pageTitle) >= 6)
    body = `${pageTitle}\n\n${info ? `${info}\n\n` : ""}${body}`;
  const text = [...metas, body].join("\n\n");
  if (
    cjkCount(body) < 80 ||
    !/(?:通知|意见|方案|办法|规定|决定|措施|细则|公告|通告|〔\d{4}〕|\[\d{4}\]|牵头|负责)/.test(body)
  ) {
    throw new ZhengceInputError(
      "not_a_notice",
      file,
      `the page's main text (${cjkCount(body)} Chinese characters) does not read as a policy notice`,
    );
  }
  return { text };
}
