import { extractDocument } from "../../pipeline/run.ts";
const d = await extractDocument(process.argv[2]!);
const fam = (process.argv[3] ?? "amounts") as "amounts" | "periods";
for (const m of d.measures) for (const a of m[fam]) console.log(m.id, a.text, JSON.stringify({ ...a, text: undefined, span: undefined }));
