/**
 * Features of the learned check-worthiness model: word unigrams and bigrams on the match key (with the
 * clitic prefixes stripped, so والحكومة and الحكومة count once) and the transparent reasons.
 */
import type { Reason } from "./reasons.ts";

const STRIP = /^(?:وبال|فبال|وال|فال|بال|كال|ولل|لل|ال|و)/;

/** The stem a token contributes: clitics and the article removed while at least three letters remain. */
export function stemToken(token: string): string {
  const m = token.match(STRIP);
  if (m && token.length - m[0].length >= 3) return token.slice(m[0].length);
  return token;
}

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

/** The stem a token contributes to the model (numbers fold to <num>), remembered: every sentence asks. */
export function featureStem(token: string): string {
  let s = stemCache.get(token);
  if (s === undefined) {
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    s = /\d/.test(token) ? "<num>" : stemToken(token);
    stemCache.set(token, s);
  }
  return s;
}

/** Feature names for one sentence: `w:` unigrams, `b:` bigrams, `r:` reasons. Duplicates are kept once. */
export function featureNames(tokens: readonly string[], reasons: readonly Reason[]): string[] {
  const stems = tokens.map(featureStem);
  const out = new Set<string>();
  for (const s of stems) out.add(`w:${s}`);
  for (let i = 0; i + 1 < stems.length; i++) out.add(`b:${stems[i]}_${stems[i + 1]}`);
  for (const r of reasons) out.add(`r:${r}`);
  return [...out];
}
