import type { Period } from "../schemas/index.ts";
import type { ExtractContext, NormalizedText } from "./context.ts";

export function extractPeriods(_text: NormalizedText, _ctx: ExtractContext): Period[] {
  return [];
}
