/**
 * Patterns built from the lexicon (chrono's `matchAnyPattern(dictionary)`): a stage never re-types a
 * word list, it builds its alternation or character class from the lexicon entry.
 */

/** Escapes a word for use inside a RegExp. */
export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** An alternation of words, longest first (so 牵头单位 is tried before 牵头), each escaped. */
export const alt = (words: Iterable<string>) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join("|");

/** The keys of a dictionary as an alternation: `altKeys(ROLE_LABELS)` → 牵头单位|配合单位|… */
export const altKeys = (dict: Record<string, unknown>) => alt(Object.keys(dict));
