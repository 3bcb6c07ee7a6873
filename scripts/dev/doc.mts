import { extractDocument } from "../../pipeline/run.ts";
const d = await extractDocument(process.argv[2]!);
const { source, ...rest } = d;
console.log(JSON.stringify({ ...rest, measures: rest.measures.map(({ text, ...m }) => m) }, null, 1).slice(0, Number(process.argv[3] ?? 4000)));
