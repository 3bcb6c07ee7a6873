// Types for packages that ship none.
/** opencc-js ships its dictionaries as ES modules whose default export is the table as a string. */
declare module "opencc-js/dict/*" {
  const dict: string;
  export default dict;
}

/** word-extractor ships no types: the part zhengce uses. */
declare module "word-extractor" {
  interface WordDocument {
    getBody(): string;
  }
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<WordDocument>;
  }
}
