/**
 * Renders a corpus notice as a government-portal article page (navigation, breadcrumbs,
 * metadata box, 上一条/下一条, share links, footer) so the HTML ingest is tested on the
 * chrome real portals wrap around a notice. Run: npx tsx scripts/make-portal-html.mts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { escapeHtml } from "../output/escape.ts";

const esc = escapeHtml;

interface Page {
  from: string;
  to: string;
  site: string;
  crumbs: string[];
  published: string;
  meta?: Record<string, string>;
  /** keep body lines from the first line matching this */
  bodyFrom?: RegExp;
  /** stop before the first line matching this */
  bodyTo?: RegExp;
  title: string;
  container: string;
  /** the line under the title (date, publisher, counters) */
  info: string;
  prev: string;
  next: string;
}

function render(p: Page): string {
  const lines = readFileSync(p.from, "utf8").split("\n");
  let i0 = p.bodyFrom ? lines.findIndex((l) => p.bodyFrom!.test(l)) : 0;
  if (i0 < 0) i0 = 0;
  let i1 = p.bodyTo ? lines.findIndex((l, i) => i > i0 && p.bodyTo!.test(l)) : lines.length;
  if (i1 < 0) i1 = lines.length;
  // a page break in the source becomes a paragraph break on the page, as copy-pasted portals do
  const paras = lines
    .slice(i0, i1)
    .filter((l) => l.trim())
    .map((l) => `      <p style="text-indent:2em;">${esc(l.trim())}</p>`);
  const metaBox = p.meta
    ? `    <table class="xxgk-table" border="1">\n${Object.entries(p.meta)
        .reduce<string[][]>((rows, e, i) => {
          if (i % 2) rows[rows.length - 1]!.push(...e);
          else rows.push([...e]);
          return rows;
        }, [])
        .map(
          (r) =>
            `      <tr>${r.map((c, i) => (i % 2 ? `<td>${esc(c)}</td>` : `<td class="label">${esc(c)}：</td>`)).join("")}</tr>`,
        )
        .join("\n")}\n    </table>`
    : "";
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>${esc(p.title)}_${esc(p.site)}</title>
  <script>var _hmt = _hmt || [];</script>
  <style>body{font-family:SimSun} .label{font-weight:bold}</style>
</head>
<body>
  <div class="topbar"><a href="/">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">无障碍浏览</a> | <a href="#">English</a></div>
  <div class="header"><img src="/images/logo.png" alt="${esc(p.site)}"><form class="search"><input name="q"><button>搜索</button></form></div>
  <ul class="nav">
    <li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>
    <li><a href="/hdjl/">互动交流</a></li><li><a href="/zjtc/">走进本地</a></li><li><a href="/ztzl/">专题专栏</a></li>
  </ul>
  <div class="position">当前位置：${p.crumbs.map((c) => `<a href="#">${esc(c)}</a>`).join(" &gt; ")}</div>
  <div class="main">
    <div class="sidebar"><h3>信息公开</h3><ul><li><a href="#">政府信息公开指南</a></li><li><a href="#">政府信息公开目录</a></li><li><a href="#">依申请公开</a></li><li><a href="#">政府信息公开年报</a></li></ul></div>
${metaBox}
    <h1 class="article-title">${esc(p.title)}</h1>
    <div class="info">${esc(p.info)}</div>
    <div class="${p.container}">
${paras.join("\n")}
    </div>
    <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
    <div class="prevnext">
      <p>上一条：<a href="#">${esc(p.prev)}</a></p>
      <p>下一条：<a href="#">${esc(p.next)}</a></p>
    </div>
    <div class="close"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
  </div>
  <div class="footer">
    <p>主办单位：${esc(p.site)}办公室　承办单位：政务服务和大数据中心</p>
    <p>网站标识码：6542000001　ICP备案号：新ICP备05000000号-1　公安机关备案号：65420002000001</p>
  </div>
</body>
</html>
`;
}

const pages: Page[] = [
  {
    from: "corpus/tacheng-2018-10.txt",
    to: "corpus/tacheng-2018-10.html",
    site: "塔城地区行政公署",
    crumbs: ["网站首页", "信息公开", "首页信息公开", "政府公文"],
    published: "2018-02-20",
    title: "关于印发塔城地区做好当前和今后一段时期就业创业工作实施方案的通知",
    bodyFrom: /^塔行办发/,
    bodyTo: /^上一条/,
    container: "wzy_nr",
    info: "2018-02-20  行署办公室   (点击: 1024)",
    prev: "关于印发塔城地区进一步深化基本医疗保险支付方式改革实施方案的通知",
    next: "关于印发塔城地区当前冬春期间就业教育培训工作实施方案的通知",
  },
  {
    from: "corpus/xinjiang-2023-49.txt",
    to: "corpus/xinjiang-2023-49.html",
    site: "新疆维吾尔自治区人民政府",
    crumbs: ["首页", "政务公开", "政府文件", "新政办发"],
    published: "2023-08-22",
    meta: {
      索引号: "11650000010000000Y/2023-00049",
      主题分类: "劳动、人事、监察\\就业",
      发文机关: "新疆维吾尔自治区人民政府办公厅",
      成文日期: "2023年08月09日",
      标题: "新疆维吾尔自治区人民政府办公厅关于优化调整稳就业政策措施的通知",
      发文字号: "新政办发〔2023〕49号",
      发布日期: "2023年08月22日",
      有效性: "有效",
    },
    title: "新疆维吾尔自治区人民政府办公厅关于优化调整稳就业政策措施的通知",
    bodyFrom: /^各州、市人民政府/,
    container: "TRS_Editor",
    info: "发布时间：2023-08-22 10:30　来源：自治区人民政府办公厅　浏览次数：3310　字号：【大 中 小】",
    prev: "新疆维吾尔自治区人民政府办公厅关于印发自治区促进民营经济发展若干措施的通知",
    next: "新疆维吾尔自治区人民政府办公厅关于进一步优化营商环境的通知",
  },
];

for (const p of pages) writeFileSync(p.to, render(p));
console.log(pages.map((p) => p.to).join("\n"));
