import { ZhengceInputError } from "./errors.ts";

export interface Decoded {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "gb18030";
  /** the last character was cut off (a download or copy that stopped early) */
  truncated?: boolean;
}

/**
 * Bytes → string. UTF-8 (with or without BOM) first; files from Chinese portals are often
 * GBK/GB18030, which is tried when the bytes are not valid UTF-8. Anything else is an error,
 * never mojibake.
 */
export function decodeText(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new ZhengceInputError("empty_file", file, "the file is empty (0 bytes)");
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  const sample = bytes.subarray(0, 4096);
  if (sample.includes(0))
    throw new ZhengceInputError("unsupported_format", file, "binary content (NUL bytes) in a text file");
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes), encoding: "utf-8" };
  } catch {
    /* not UTF-8: try the Chinese national encoding next */
  }
  // UTF-8 whose last character is cut: valid once the incomplete tail is left off
  for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
    if ((bytes[bytes.length - cut]! & 0xc0) !== 0x80 && bytes[bytes.length - cut]! < 0xc0) break;
    try {
      return {
        text: new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, bytes.length - cut)),
        encoding: "utf-8",
        truncated: true,
      };
    } catch {
      /* not this cut */
    }
  }
  try {
    return { text: new TextDecoder("gb18030", { fatal: true }).decode(bytes), encoding: "gb18030" };
  } catch {
    throw new ZhengceInputError("unreadable_file", file, "the bytes are neither UTF-8 nor GBK/GB18030 text");
  }
}
