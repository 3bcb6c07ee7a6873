import { ingest } from "../../pipeline/ingest/index.ts";
import { normalize } from "../../pipeline/normalize.ts";
const ing = await ingest({ path: process.argv[2]! });
const n = normalize(ing.plain);
console.log(process.argv[3] === "plain" ? ing.plain.text : n.text);
