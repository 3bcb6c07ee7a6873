import type { Amount } from "../schemas/index.ts";
import type { ExtractContext, NormalizedText } from "./context.ts";

export function extractAmounts(_text: NormalizedText, _ctx: ExtractContext): Amount[] {
  return [];
}
