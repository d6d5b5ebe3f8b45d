/**
 * Word-level diff of two wordings of a statement, for the popup ("how the wording changed"). Tokens are
 * the display words; two words are equal when their match keys are (diacritics, hamza forms and
 * attached punctuation do not count as a change).
 */
import { matchKey } from "../core/normalize/matchKey.ts";

/** One run of the diff: words both share, only the first has (removed), or only the second (added). */
export interface DiffPart {
  kind: "same" | "removed" | "added";
  /** Display words of the run, joined by single spaces (for "same", as the first text writes them). */
  text: string;
}

function compareKey(word: string): string {
  return matchKey(word).replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * The word diff turning `a` into `b` (longest common subsequence). Consecutive words of one kind are
 * merged into one part. Pure; quadratic in the words, meant for statements, not whole articles.
 */
export function wordDiff(a: string, b: string): DiffPart[] {
  const wa = a.split(/\s+/).filter(Boolean);
  const wb = b.split(/\s+/).filter(Boolean);
  const ka = wa.map(compareKey);
  const kb = wb.map(compareKey);
  const n = wa.length;
  const m = wb.length;
  // lcs[i][j]: longest common subsequence of wa[i..] and wb[j..]
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i][j] = ka[i] === kb[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart["kind"], word: string) => {
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += ` ${word}`;
    else parts.push({ kind, text: word });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (ka[i] === kb[j]) {
      push("same", wa[i]);
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) push("removed", wa[i++]);
    else push("added", wb[j++]);
  }
  while (i < n) push("removed", wa[i++]);
  while (j < m) push("added", wb[j++]);
  return parts;
}
