/**
 * The citation graph of a corpus: notices are nodes (by 文号), every 文号 a notice mentions is an
 * edge to a node (an external one when the cited document is not in the corpus), and the words
 * around the mention say what kind of edge it is. Each edge keeps the quoted text and its span.
 */
import type { PolicyDocument } from "../../schemas/index.ts";
import { canonName } from "./eval.ts";

export type EdgeKind = "relays" | "implements" | "supersedes" | "cites";

export interface GraphNode {
  id: string;
  docNumber: string | null;
  title: string | null;
  issuer: string | null;
  date: string | null;
  region: string | null;
  /** the file it was read from; absent for a document only cited */
  path?: string;
  inCorpus: boolean;
}

export interface GraphEdge {
  source: string;
  target: string;
  kind: EdgeKind;
  /** the sentence words that decided the kind, and where the mention is in the citing notice */
  evidence: string;
  file: string;
  span: { start: number; end: number };
}

export interface CitationGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** The words that make a mention a relay, an implementation or a repeal (checked in this order: a repeal first). */
const SUPERSEDES_AFTER = /^[^。\n]{0,60}?(?:同时废止|予以废止|废止|不再执行|停止执行|同时失效)/;
const RELAYS_AFTER = /^[）)]?[^。\n]{0,8}?(?:转发给你们|转发你们|转发给各)/;
const RELAYS_BEFORE = /(?:贯彻落实|转发|贯彻)[^。\n]{0,150}$/;
const IMPLEMENTS_BEFORE = /(?:根据|按照|依据|依照|为落实|落实)[^。\n]{0,150}$/;
/** 《关于贯彻落实鲁政发〔2020〕5号…的通知》（淄政发〔2020〕4号）: the document named after the title relays the one inside it. */
const TITLE_THEN_NUMBER = /^[^《》\n]{0,80}》\s*[（(](?<outer>[^（）()]{2,30}?号)[）)]/;

const nodeId = (docNumber: string) => canonName(docNumber);

export function citationGraph(docs: PolicyDocument[]): CitationGraph {
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  const addEdge = (e: GraphEdge) => {
    const k = `${e.source}|${e.target}|${e.kind}`;
    if (e.source === e.target || seen.has(k)) return;
    seen.add(k);
    edges.push(e);
  };
  const external = (docNumber: string) => {
    const id = nodeId(docNumber);
    if (!nodes.has(id))
      nodes.set(id, { id, docNumber, title: null, issuer: null, date: null, region: null, inCorpus: false });
    return id;
  };
  for (const d of docs) {
    const id = d.meta.docNumber ? nodeId(d.meta.docNumber) : `doc:${d.id}`;
    const prev = nodes.get(id);
    // the same notice read twice (text and PDF) is one node; a corpus notice replaces its external stand-in
    if (!prev?.inCorpus)
      nodes.set(id, {
        id,
        docNumber: d.meta.docNumber,
        title: d.meta.title,
        issuer: d.meta.issuer,
        date: d.meta.date,
        region: d.meta.region,
        path: d.source.path,
        inCorpus: true,
      });
  }
  for (const d of docs) {
    const id = d.meta.docNumber ? nodeId(d.meta.docNumber) : `doc:${d.id}`;
    const text = d.source.text;
    const title = canonName(d.meta.title ?? "");
    for (const ev of d.metaEvidence.cites) {
      const target = external(ev.text);
      const before = text.slice(Math.max(0, ev.span.start - 160), ev.span.start);
      const after = text.slice(ev.span.end, ev.span.end + 80);
      const sentence = before.slice(before.search(/[^。\n]*$/));
      const m = after.match(TITLE_THEN_NUMBER);
      const insideCitedTitle = !!m && before.lastIndexOf("《") > before.lastIndexOf("》");
      let kind: EdgeKind = "cites";
      // a 文号 inside another document's quoted title is that document's link, not this notice's
      if (insideCitedTitle) kind = "cites";
      else if (SUPERSEDES_AFTER.test(after)) kind = "supersedes";
      else if (title?.includes(canonName(ev.text)) || RELAYS_BEFORE.test(sentence) || RELAYS_AFTER.test(after))
        kind = "relays";
      else if (IMPLEMENTS_BEFORE.test(sentence)) kind = "implements";
      addEdge({
        source: id,
        target,
        kind,
        evidence: `${sentence.slice(-30)}${ev.text}`,
        file: d.source.path,
        span: ev.span,
      });
      // a cited title that itself relays: 《关于贯彻落实X的通知》（Y号） → Y relays X
      if (m && insideCitedTitle && /贯彻落实|转发/.test(before.slice(before.lastIndexOf("《")))) {
        const outer = m.groups!.outer!.replace(/\s+/g, "");
        if (/〔\d{4}〕\d+号$/.test(canonName(outer)))
          addEdge({
            source: external(outer),
            target,
            kind: "relays",
            evidence: `${before.slice(before.lastIndexOf("《"))}${ev.text}${m[0]}`,
            file: d.source.path,
            span: ev.span,
          });
      }
    }
  }
  return { nodes: [...nodes.values()], edges };
}
