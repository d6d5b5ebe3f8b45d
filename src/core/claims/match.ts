/**
 * Matching word lists (lexicon/*.ts) against text on the Arabic match key, token by token, so that
 * spelling variants (أ/ا، ة/ه، ى/ي, diacritics) and attached clitics (و ف ب ل ك, ال) do not hide a word.
 */
import { keyTokens, matchKey } from "../normalize/matchKey.ts";

/** One hit of a lexicon entry: the entry as written and the token span it covers. */
export interface LexiconHit {
  entry: string;
  start: number;
  length: number;
}

interface CompiledEntry {
  entry: string;
  tokens: string[];
  exact: boolean;
  open: boolean;
}

/**
 * Clitic prefixes tried, longest first. Stripping is only tried for the comparison: a word that merely
 * begins with و or ب (وزير، بيسكوف) can only match an entry that is itself what remains.
 */
const CLITICS = [
  "وبال",
  "فبال",
  "وال",
  "فال",
  "بال",
  "كال",
  "ولل",
  "فلل",
  "لل",
  "ال",
  "وب",
  "ول",
  "وك",
  "فب",
  "فل",
  "و",
  "ف",
  "ب",
  "ل",
  "ك",
];

/** Forms are asked for the same tokens by every word list: remember them (bounded, cleared when full). */
const formCache = new Map<string, string[]>();
const FORM_CACHE_LIMIT = 50_000;

/** The forms a token may stand for: itself and itself without each clitic prefix (leaving ≥ 2 letters). */
export function tokenForms(token: string): string[] {
  const cached = formCache.get(token);
  if (cached) return cached;
  if (formCache.size >= FORM_CACHE_LIMIT) formCache.clear();
  const forms = computeForms(token);
  formCache.set(token, forms);
  return forms;
}

function computeForms(token: string): string[] {
  const forms = [token];
  for (const c of CLITICS) {
    if (token.length - c.length >= 2 && token.startsWith(c)) forms.push(token.slice(c.length));
  }
  // "للأمم" is ل + الأمم: restore the article the clitic swallowed.
  if (token.startsWith("لل") && token.length > 3) forms.push(`ال${token.slice(2)}`);
  return forms;
}

/** A compiled word list: fast lookup by first token. */
export class Lexicon {
  private readonly byFirst = new Map<string, CompiledEntry[]>();
  private readonly open: CompiledEntry[] = [];

  constructor(entries: readonly string[]) {
    for (const raw of entries) {
      const exact = raw.startsWith("=");
      const isOpen = raw.endsWith("*");
      const body = raw.replace(/^=/, "").replace(/\*$/, "");
      const tokens = keyTokens(body);
      if (!tokens.length) continue;
      const compiled: CompiledEntry = { entry: body, tokens, exact, open: isOpen };
      if (isOpen && tokens.length === 1) this.open.push(compiled);
      else {
        const list = this.byFirst.get(tokens[0]) ?? [];
        list.push(compiled);
        this.byFirst.set(tokens[0], list);
      }
    }
  }

  /** Every hit in a token list (match-key tokens, see keyTokens). */
  hits(tokens: readonly string[]): LexiconHit[] {
    const out: LexiconHit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const forms = tokenForms(tokens[i]);
      for (let f = 0; f < forms.length; f++) {
        for (const e of this.byFirst.get(forms[f]) ?? []) {
          if (e.exact && f > 0) continue;
          if (this.restMatches(e, tokens, i)) out.push({ entry: e.entry, start: i, length: e.tokens.length });
        }
        for (const e of this.open) {
          if (e.exact && f > 0) continue;
          if (forms[f].startsWith(e.tokens[0])) out.push({ entry: e.entry, start: i, length: 1 });
        }
      }
    }
    return out;
  }

  /** True when any entry occurs in the text. */
  test(tokens: readonly string[]): boolean {
    return this.hits(tokens).length > 0;
  }

  private restMatches(e: CompiledEntry, tokens: readonly string[], i: number): boolean {
    for (let k = 1; k < e.tokens.length; k++) {
      const t = tokens[i + k];
      if (t === undefined) return false;
      const last = k === e.tokens.length - 1;
      if (t === e.tokens[k]) continue;
      if (last && e.open && t.startsWith(e.tokens[k])) continue;
      // Later words may carry the article or a preposition the list left out: "على أهمية" / "على الأهمية".
      if (tokenForms(t).slice(1).includes(e.tokens[k])) continue;
      return false;
    }
    return true;
  }
}

/** Match-key tokens of a display string, for Lexicon.hits. */
export function tokensOf(text: string): string[] {
  return keyTokens(text);
}

/** The match key of a display string (re-exported so claim modules import one place). */
export { matchKey };
