import type { CitationGraph } from "../pipeline/analysis/graph.ts";
import { csvTable, escapeHtml } from "./escape.ts";

export const graphToJson = (g: CitationGraph) => `${JSON.stringify(g, null, 2)}\n`;

/** GraphML (networkx, igraph, Gephi): node and edge attributes declared as keys. */
export function graphToGraphMl(g: CitationGraph): string {
  const nodeKeys = ["docNumber", "title", "issuer", "date", "region", "path", "inCorpus"] as const;
  const edgeKeys = ["kind", "evidence", "file", "start", "end"] as const;
  const x = (v: unknown) => escapeHtml(String(v ?? ""));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeKeys.map(
      (k) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${k === "inCorpus" ? "boolean" : "string"}"/>`,
    ),
    ...edgeKeys.map(
      (k) =>
        `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${k === "start" || k === "end" ? "int" : "string"}"/>`,
    ),
    '  <graph id="citations" edgedefault="directed">',
    ...g.nodes.map(
      (n) =>
        `    <node id="${x(n.id)}">${nodeKeys
          .filter((k) => n[k] !== null && n[k] !== undefined)
          .map((k) => `<data key="n_${k}">${x(n[k])}</data>`)
          .join("")}</node>`,
    ),
    ...g.edges.map(
      (e, i) =>
        `    <edge id="e${i}" source="${x(e.source)}" target="${x(e.target)}"><data key="e_kind">${x(e.kind)}</data><data key="e_evidence">${x(e.evidence)}</data><data key="e_file">${x(e.file)}</data><data key="e_start">${e.span.start}</data><data key="e_end">${e.span.end}</data></edge>`,
    ),
    "  </graph>",
    "</graphml>",
  ];
  return `${lines.join("\n")}\n`;
}

export const graphNodesCsv = (g: CitationGraph) =>
  csvTable(
    ["id", "doc_number", "title", "issuer", "date", "region", "path", "in_corpus"],
    g.nodes.map((n) => [n.id, n.docNumber, n.title, n.issuer, n.date, n.region, n.path, n.inCorpus]),
  );
export const graphEdgesCsv = (g: CitationGraph) =>
  csvTable(
    ["source", "target", "kind", "evidence", "file", "start", "end"],
    g.edges.map((e) => [e.source, e.target, e.kind, e.evidence, e.file, e.span.start, e.span.end]),
  );
