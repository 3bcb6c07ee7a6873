import type { OcrLine } from "./index.ts";

/**
 * OCR detection merges the cell lines of a ruled table into one box when the cells sit close
 * together ("4降低社对受疫情影响…区人社局、区"). This finds the table's vertical rules in the page
 * image (long dark runs along the scan's skew) and splits each box that crosses one, placing
 * characters by their widths (CJK characters are one em, Latin and digits about half).
 */

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export interface Gray {
  data: Uint8Array;
  width: number;
  height: number;
}

/** x (at the page's vertical centre) of each vertical rule at least `minRun` pixels long. */
export function verticalRules(img: Gray, slope: number, minRun: number): number[] {
  const { data, width, height } = img;
  const cy = height / 2;
  const scores: number[] = new Array(width).fill(0);
  for (let x0 = 0; x0 < width; x0++) {
    let run = 0;
    let gap = 0;
    let best = 0;
    for (let y = 0; y < height; y++) {
      const x = Math.round(x0 - (y - cy) * slope);
      const dark =
        x >= 0 && x < width && (data[y * width + x]! < 110 || (x + 1 < width && data[y * width + x + 1]! < 110));
      if (dark) {
        run += 1 + gap;
        gap = 0;
      } else if (run > 0 && gap < 3) gap++;
      else {
        best = Math.max(best, run);
        run = 0;
        gap = 0;
      }
    }
    scores[x0] = Math.max(best, run);
  }
  const rules: number[] = [];
  for (let x = 0; x < width; x++) {
    if (scores[x]! < minRun) continue;
    const last = rules[rules.length - 1];
    if (last !== undefined && x - last <= 6) continue;
    rules.push(x);
  }
  return rules;
}

const charWidth = (c: string) => (/[\u0000-\u00ff]/.test(c) ? 0.55 : 1);

/** Splits OCR lines at the table rules they cross. */
export function splitAtRules(lines: OcrLine[], img: Gray): OcrLine[] {
  const wide = lines.filter((l) => l.box[2] - l.box[0] > img.width * 0.15 && l.angle !== undefined);
  const slope = Math.tan(median(wide.map((l) => l.angle!)));
  const rules = verticalRules(img, slope, img.height * 0.12);
  if (rules.length < 3) return lines;
  const cy = img.height / 2;
  return lines.flatMap((l) => {
    const [x0, y0, x1, y1] = l.box;
    const ym = (y0 + y1) / 2;
    const at = rules.map((r) => r - (ym - cy) * slope).filter((r) => r > x0 + 6 && r < x1 - 6);
    if (!at.length) return [l];
    const chars = [...l.text];
    const total = chars.reduce((n, c) => n + charWidth(c), 0);
    // each rule a box crosses comes with cell padding on both sides: space with no characters in it
    const gap = 0.6 * (y1 - y0);
    const unit = (x1 - x0 - at.length * gap) / total;
    const out: OcrLine[] = [];
    let pos = x0; // image x of the next character's left edge
    let cur = "";
    let curStart = x0;
    let k = 0;
    for (const c of chars) {
      const w = charWidth(c) * unit;
      while (k < at.length && pos + w / 2 > at[k]! - gap / 2) {
        if (cur.trim()) out.push({ ...l, text: cur, box: [curStart, y0, pos, y1] });
        cur = "";
        pos = Math.max(pos + gap, at[k]! + gap / 2);
        curStart = pos;
        k++;
      }
      cur += c;
      pos += w;
    }
    if (cur.trim()) out.push({ ...l, text: cur, box: [Math.max(curStart, x0), y0, x1, y1] });
    return out;
  });
}
