import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { describe, expect, test } from "vitest";
import { diffDocuments } from "../../pipeline/analysis/diff.ts";
import { diffToHtml } from "../../output/diffHtml.ts";
import { corpusDoc } from "../helpers.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// CI installs Debian's chromium (.ci/run); a developer machine without it skips, and says so
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium`);

describe.skipIf(!available)("diff report in headless Chromium", () => {
  test("aligned pairs, highlighted changes and value links are on the page; a screenshot is saved", async () => {
    const A = await corpusDoc("tacheng-2020-13.txt");
    const B = await corpusDoc("xinjiang-2023-49.txt");
    const diff = diffDocuments(A, B);
    const dir = mkdtempSync(join(tmpdir(), "zhengce-report-"));
    const file = join(dir, "report.html");
    writeFileSync(file, diffToHtml(diff, A, B));
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      await page.goto(pathToFileURL(file).href);
      const pairs = page.locator("section.pair");
      expect(await pairs.count()).toBe(diff.pairs.length);
      const first = page.locator('section.pair[data-a="二.一"][data-b="一.一"]');
      await expect.poll(() => first.count()).toBe(1);
      expect(await first.getAttribute("data-status")).toBe("changed");
      expect(await first.locator("ul.changes li.change").count()).toBe(
        diff.pairs.find((p) => p.a === "二.一")!.changes.length,
      );
      expect(await first.locator("ins").count()).toBeGreaterThan(0);
      expect(await first.locator("del").count()).toBeGreaterThan(0);
      // every value link points at a mark in the source text, and following it lands on that value
      const href = await first.locator("a.ref").first().getAttribute("href");
      expect(href).toMatch(/^#[AB]-\d+-\d+$/);
      const target = page.locator(href!);
      expect(await target.count()).toBe(1);
      await page.click(`a.ref[href="${href}"]`);
      expect(await page.evaluate(() => location.hash)).toBe(href);
      const [, side, s, e] = href!.match(/^#([AB])-(\d+)-(\d+)$/)!;
      const src = side === "A" ? A.source.text : B.source.text;
      expect(await target.textContent()).toBe(src.slice(Number(s), Number(e)));
      mkdirSync("test/.artifacts", { recursive: true });
      await page.goto(pathToFileURL(file).href);
      await first.scrollIntoViewIfNeeded();
      await page.screenshot({ path: "test/.artifacts/diff-report.png" });
    } finally {
      await browser.close();
    }
  }, 60_000);
});
