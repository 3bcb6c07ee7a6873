import type { DiagnosticCode } from "../../schemas/index.ts";

/** An input zhengce cannot read: carries a diagnostic code, the file, and a reason a person can act on. */
export class ZhengceInputError extends Error {
  override readonly name = "ZhengceInputError";
  constructor(
    readonly code: DiagnosticCode,
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason} [${code}]`);
  }
}
