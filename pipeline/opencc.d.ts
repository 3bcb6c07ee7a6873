/** opencc-js ships its dictionaries as ES modules whose default export is the table as a string. */
declare module "opencc-js/dict/*" {
  const dict: string;
  export default dict;
}
