/**
 * Prints each corpus notice as a government-layout PDF with a text layer (GB/T 9704-style page:
 * red issuer line, 文号, red rule, title, 仿宋-like body, chapter headings in bold, signature and
 * date, a red stamp, page numbers `— N —`, the attachment table running across pages, and the
 * 抄送/印发 block at the end). Uses Debian's chromium (print to PDF) and a Kai font
 * (apt-get install chromium fonts-arphic-gkai00mp). The PDFs are committed; run again with
 *   npx tsx scripts/make-pdfs.mts
 */
import { writeFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { ingest } from "../read/ingest/index.ts";
import { normalize } from "../read/normalize.ts";
import { escapeHtml } from "../output/escape.ts";

const esc = escapeHtml;
const DATE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})年\d{1,2}月\d{1,2}日$/;
const ORG = /(?:办公室|办公厅|人民政府|行署|委员会|局)(?:文\s*件)?$/;
const HEADING = /^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+章)/;
const TITLE = /^(?:[\u4e00-\u9fff]{2,30}?)?关于.*(?:通知|意见|方案)$/;

interface Job {
  from: string;
  to: string;
  /** first and last line of the notice in the normalised text */
  fromLine?: RegExp;
  toLine?: RegExp;
}

function html(lines: string[]): string {
  const body: string[] = [];
  let i = 0;
  let seenTitle = false;
  let table: string[][] | null = null;
  const flushTable = () => {
    if (!table) return;
    const [head, ...rows] = table;
    body.push(
      `<table><thead><tr>${head!.map((c) => `<th>${esc(c)}</th>`).join("")}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`).join("")}</tbody></table>`,
    );
    table = null;
  };
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.includes("\t")) {
      table ??= [];
      table.push(l.split("\t"));
      continue;
    }
    flushTable();
    const next = lines[i + 1] ?? "";
    if (i < 3 && ORG.test(l.replace(/\s/g, "")) && !seenTitle)
      body.push(`<div class="redhead">${esc(l.replace(/\s/g, ""))}</div>`);
    else if (/^文\s*件$/.test(l)) continue;
    else if (/^[\u4e00-\u9fff]{1,8}〔\d{4}〕\d+号$/.test(l) && !seenTitle)
      body.push(`<div class="docno">${esc(l)}</div><div class="redrule"></div>`);
    else if (!seenTitle && TITLE.test(l)) {
      body.push(`<h1>${esc(l)}</h1>`);
      seenTitle = true;
    } else if (DATE.test(next) && ORG.test(l) && l.length < 30) {
      body.push(`<div class="sign"><span class="stamp"></span>${esc(l)}<br>${esc(next)}</div>`);
      i++;
    } else if (DATE.test(l)) body.push(`<div class="date">${esc(l)}</div>`);
    else if (/^附件$/.test(l)) body.push(`<div class="attach-head">${esc(l)}</div>`);
    else if (
      /^(?:抄送|印发)|印发$/.test(l) ||
      (/^[\u4e00-\u9fff]{4,20}(?:办公室|办公厅)$/.test(l) && /印发$/.test(next))
    ) {
      if (/印发$/.test(next)) {
        body.push(`<div class="printed"><span>${esc(l)}</span><span>${esc(next)}</span></div>`);
        i++;
      } else body.push(`<div class="cc">${esc(l)}</div>`);
    } else if (HEADING.test(l) && l.length < 30) body.push(`<h2>${esc(l)}</h2>`);
    else body.push(`<p>${esc(l)}</p>`);
  }
  flushTable();
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 37mm 26mm 30mm 28mm; }
body { font-family: "FangSong", "WenQuanYi Micro Hei", sans-serif; font-size: 16pt; line-height: 28.9pt; color: #000; }
.redhead { color: #d00; text-align: center; font-size: 30pt; line-height: 44pt; font-weight: bold; letter-spacing: 2pt; margin-bottom: 14pt; }
.docno { text-align: center; margin-bottom: 4pt; }
.redrule { border-top: 2pt solid #d00; margin: 4pt 0 24pt; }
h1 { font-size: 21pt; line-height: 32pt; text-align: center; font-weight: bold; margin: 12pt 0 18pt; }
h2 { font-size: 16pt; font-weight: bold; text-indent: 2em; margin: 0; font-family: "WenQuanYi Micro Hei", sans-serif; }
p { text-indent: 2em; margin: 0; text-align: justify; }
.sign, .date { text-align: right; margin: 18pt 2em 18pt 0; position: relative; }
.stamp { position: absolute; right: 0; top: -30pt; width: 120pt; height: 120pt; border: 4pt solid rgba(220,0,0,.55); border-radius: 50%; }
.attach-head { font-family: "WenQuanYi Micro Hei", sans-serif; font-size: 16pt; margin-top: 18pt; break-before: page; }
table { border-collapse: collapse; width: 100%; font-size: 11pt; line-height: 16pt; margin-top: 10pt; }
th, td { border: 1px solid #000; padding: 3pt; vertical-align: top; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.cc, .printed { font-size: 14pt; border-top: 1px solid #000; border-bottom: 1px solid #000; padding: 4pt 1em; margin-top: 24pt; }
.printed { display: flex; justify-content: space-between; margin-top: 0; border-top: 0; }
</style></head><body>${body.join("\n")}</body></html>`;
}

const jobs: Job[] = [
  { from: "corpus/tacheng-2020-13.txt", to: "corpus/tacheng-2020-13.pdf" },
  { from: "corpus/tacheng-2018-10.txt", to: "corpus/tacheng-2018-10.pdf", fromLine: /^塔行办发/, toLine: /^上一条/ },
  { from: "corpus/pingliang-2019-1.txt", to: "corpus/pingliang-2019-1.pdf" },
  { from: "corpus/xinjiang-2023-49.txt", to: "corpus/xinjiang-2023-49.pdf" },
  { from: "corpus/zichuan-2020-3.md", to: "corpus/zichuan-2020-3.pdf" },
];

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
for (const job of jobs) {
  const ing = await ingest({ path: job.from });
  const norm = normalize(ing.plain);
  let lines = norm.text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  if (job.fromLine)
    lines = lines.slice(
      Math.max(
        0,
        lines.findIndex((l) => job.fromLine!.test(l)),
      ),
    );
  if (job.toLine)
    lines = lines.slice(
      0,
      lines.findIndex((l) => job.toLine!.test(l)),
    );
  // the portal page printed no red head or title above its 文号: a PDF of the notice has them, in that order
  if (job.fromLine)
    lines.splice(1, 0, "关于印发塔城地区做好当前和今后一段时期就业创业工作实施方案的通知") &&
      lines.unshift("塔城地区行署办公室");
  const page = await browser.newPage();
  await page.setContent(html(lines), { waitUntil: "load" });
  const pdf = await page.pdf({
    format: "A4",
    displayHeaderFooter: true,
    headerTemplate: "<span></span>",
    footerTemplate:
      '<div style="width:100%;text-align:center;font-size:12pt;font-family:\'WenQuanYi Micro Hei\',sans-serif;">— <span class="pageNumber"></span> —</div>',
    preferCSSPageSize: true,
  });
  writeFileSync(job.to, pdf);
  console.log(`${job.to}: ${pdf.length} bytes`);
  await page.close();
}
await browser.close();
