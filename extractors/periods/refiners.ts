import type { PartialDateParts } from "../../lang/dates.ts";
import { toIso } from "../../lang/dates.ts";
import { RANGE_SEPARATORS } from "../../lang/lexicon/quantities.ts";
import { mergingRefiner, type RefineContext } from "../refiners.ts";
import type { PeriodFinding } from "./index.ts";

const RANGE_BETWEEN = new RegExp(`^\\s*[${RANGE_SEPARATORS}]\\s*$`);
const ANCHOR_BETWEEN = /^(?:后)?(?:再)?$/;

const describe = (m: PeriodFinding) =>
  `${m.start ?? "·"}–${m.end ?? "·"}${m.duration ? ` ${JSON.stringify(m.duration.value)} ${m.duration.unit}` : ""}`;

function merged<T extends PeriodFinding>(_ctx: RefineContext, a: T, b: T, patch: Partial<PeriodFinding>): T {
  return { ...a, ...patch, at: { start: a.at.start, end: b.at.end } };
}

/**
 * Joins two dates into a range when the text between them is a range word:
 * 2020年1月1日至12月31日 (the second part takes the first part's year), 自2020年1月1日至2022年12月31日.
 */
export const mergeRanges = mergingRefiner<PeriodFinding>(
  "mergeRanges",
  (a, b, between, ctx) =>
    a._parts !== undefined &&
    b._parts !== undefined &&
    (a._role === "point" || a._role === "start") &&
    (b._role === "point" || b._role === "end") &&
    (RANGE_BETWEEN.test(between) || (between === "" && /^[至到]/.test(ctx.text.slice(b.at.start, b.at.start + 1)))),
  (a, b, ctx) => {
    let endParts: PartialDateParts = { ...b._parts! };
    const inferred: string[] = [...(a.inferred ?? [])];
    if (b.inferred?.includes("year")) {
      endParts = { ...endParts, year: a._parts!.year };
      inferred.push("end.year");
    }
    const m = merged(ctx, a, b, {
      start: a.start ?? toIso(a._parts!),
      end: b.end && !b.inferred?.includes("year") ? b.end : toIso(endParts),
      _role: "range",
      rule: "period/range",
      ...(inferred.length ? { inferred } : {}),
    });
    if (!inferred.length) delete m.inferred;
    return m;
  },
  (a) => a,
  describe,
);

/** A start point or expiry date followed by a length: 2020年2月10日起一个月内, 2020年4月30日到期后再延长1年. */
export const mergeAnchorDuration = mergingRefiner<PeriodFinding>(
  "mergeAnchorDuration",
  (a, b, between) =>
    (a._role === "start" || a._role === "anchor") && b._role === "duration" && ANCHOR_BETWEEN.test(between),
  (a, b, ctx) =>
    merged(ctx, a, b, {
      start: a.start ?? (a._parts ? toIso(a._parts) : null),
      end: null,
      duration: b.duration,
      _role: "range",
      rule: "period/anchor-duration",
    }),
  // an expiry date with no extension after it is where something starts from
  (a) => (a._role === "anchor" ? { ...a, start: a._parts ? toIso(a._parts) : a.start } : a),
  describe,
);
