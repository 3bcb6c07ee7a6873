import { stringify } from "yaml";
import type { Param, ParamSet, ParamValue } from "../schemas/params.ts";
import { addDays } from "../pipeline/analysis/params.ts";

/** OpenFisca's unit names: rates as /1 (the value is divided by 100), money in a currency, ages in years. */
const UNIT: Record<string, string> = {
  "%": "/1",
  元: "currency-CNY",
  岁: "year",
  年: "year",
  个月: "month",
  月: "month",
  天: "day",
  日: "day",
};

const reference = (v: ParamValue) =>
  `${v.reference.docNumber ?? v.reference.file} ${v.reference.title ?? ""} ${v.reference.measure}：“${v.reference.text}”（${v.reference.file} [${v.reference.span.start}, ${v.reference.span.end})）`
    .replace(/\s+/g, " ")
    .trim();
const scaled = (p: Param, x: number | [number, number]) =>
  p.unit === "%" ? (Array.isArray(x) ? x.map((n) => n / 100) : x / 100) : x;

/**
 * One OpenFisca parameter file: description, metadata (unit, reference), values keyed by the
 * day each takes effect, with its own reference; a stated end becomes a null value the day after.
 */
export function paramToYaml(p: Param): string {
  const values: Record<string, unknown> = {};
  for (const v of p.values) {
    values[v.date] = {
      value: scaled(p, v.value),
      metadata: {
        reference: reference(v),
        date_from: v.dateFrom,
        bound: v.bound,
        ...(v.per ? { per: v.per } : {}),
        ...(p.conflicts.some((c) => c.date === v.date)
          ? {
              conflicting_values: p.conflicts
                .find((c) => c.date === v.date)!
                .values.map((c) => ({ value: scaled(p, c.value), reference: reference(c) })),
            }
          : {}),
      },
    };
    if (v.end) {
      const day = addDays(v.end, 1);
      if (!(day in values) && !p.values.some((w) => w.date === day))
        values[day] = { value: null, metadata: { reference: `${reference(v)}：执行至${v.end}` } };
    }
  }
  const sorted = Object.fromEntries(Object.entries(values).sort(([a], [b]) => a.localeCompare(b)));
  const doc = {
    description: `${p.region} ${p.instrumentName} ${p.group} ${p.quantity}`,
    metadata: {
      unit: UNIT[p.unit] ?? p.unit,
      reference: [...new Set(p.values.map((v) => v.reference.docNumber ?? v.reference.file))],
      zhengce_name: p.name,
    },
    values: sorted,
  };
  return stringify(doc, { lineWidth: 0 });
}

/** Path of a parameter's file in an OpenFisca parameters folder: region/instrument/group_quantity.yaml */
export const paramPath = (p: Param) => `${p.name.split(".").join("/")}.yaml`;

export const paramsToJson = (s: ParamSet) => `${JSON.stringify(s, null, 2)}\n`;
