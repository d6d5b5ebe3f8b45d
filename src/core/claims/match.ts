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

/**
 * Every word list's entries by first token, across lists, in creation order: an article's tokens are
 * looked up once for all lists (ArticleTokens) instead of once per list. Lists are module constants, made
 * once; a list made at run time stays registered (and matched) for the life of the process.
 */
const allByFirst = new Map<string, { lexicon: Lexicon; entry: CompiledEntry }[]>();
let lexiconCount = 0;

/** Letters an open entry (name*) is bucketed by. */
const OPEN_PREFIX = 3;

/** A compiled word list: fast lookup by first token. */
export class Lexicon {
  private readonly byFirst = new Map<string, CompiledEntry[]>();
  private readonly open: CompiledEntry[] = [];
  /**
   * Open entries by their first OPEN_PREFIX letters (shorter ones under ""): a token form is compared
   * only with the entries it could continue, not with every open entry of the list.
   */
  private readonly openByPrefix = new Map<string, CompiledEntry[]>();
  /** Creation rank: lists made after an article index was built are matched on their own. */
  readonly serial = lexiconCount++;

  constructor(entries: readonly string[]) {
    for (const raw of entries) {
      const exact = raw.startsWith("=");
      const isOpen = raw.endsWith("*");
      const body = raw.replace(/^=/, "").replace(/\*$/, "");
      const tokens = keyTokens(body);
      if (!tokens.length) continue;
      const compiled: CompiledEntry = { entry: body, tokens, exact, open: isOpen };
      if (isOpen && tokens.length === 1) {
        this.open.push(compiled);
        const prefix = tokens[0].length >= OPEN_PREFIX ? tokens[0].slice(0, OPEN_PREFIX) : "";
        const bucket = this.openByPrefix.get(prefix) ?? [];
        bucket.push(compiled);
        this.openByPrefix.set(prefix, bucket);
      } else {
        const list = this.byFirst.get(tokens[0]) ?? [];
        list.push(compiled);
        this.byFirst.set(tokens[0], list);
        const shared = allByFirst.get(tokens[0]) ?? [];
        shared.push({ lexicon: this, entry: compiled });
        allByFirst.set(tokens[0], shared);
      }
    }
  }

  /** Has entries matched by prefix (name*), which the shared first-token table cannot serve. */
  get hasOpen(): boolean {
    return this.open.length > 0;
  }

  /**
   * Every hit in a token list (match-key tokens, see keyTokens), by token position, then form, then entry.
   * `formsOf[i]`, when given, is tokenForms(tokens[i]) already looked up.
   */
  hits(tokens: readonly string[], formsOf: readonly (readonly string[])[] | null = null): LexiconHit[] {
    const out: LexiconHit[] = [];
    const open = this.open.length > 0;
    for (let i = 0; i < tokens.length; i++) {
      const forms = formsOf ? formsOf[i] : tokenForms(tokens[i]);
      for (let f = 0; f < forms.length; f++) {
        const listed = this.byFirst.get(forms[f]);
        if (listed)
          for (const e of listed) {
            if (e.exact && f > 0) continue;
            if (this.restMatches(e, tokens, i)) out.push({ entry: e.entry, start: i, length: e.tokens.length });
          }
        if (open) {
          const form = forms[f];
          const short = this.openByPrefix.get("");
          const long = form.length >= OPEN_PREFIX ? this.openByPrefix.get(form.slice(0, OPEN_PREFIX)) : undefined;
          for (const bucket of [short, long]) {
            if (!bucket) continue;
            for (const e of bucket) {
              if (e.exact && f > 0) continue;
              if (form.startsWith(e.tokens[0])) out.push({ entry: e.entry, start: i, length: 1 });
            }
          }
        }
      }
    }
    return out;
  }

  /** True when any entry occurs in the text. */
  test(tokens: readonly string[]): boolean {
    return this.hits(tokens).length > 0;
  }

  /** Do the entry's later tokens follow at i? (Internal: used by ArticleTokens.) */
  restMatches(e: CompiledEntry, tokens: readonly string[], i: number): boolean {
    for (let k = 1; k < e.tokens.length; k++) {
      const t = tokens[i + k];
      if (t === undefined) return false;
      const last = k === e.tokens.length - 1;
      if (t === e.tokens[k]) continue;
      if (last && e.open && t.startsWith(e.tokens[k])) continue;
      // Later words may carry the article or a preposition the list left out: "على أهمية" / "على الأهمية".
      if (tokenForms(t).indexOf(e.tokens[k], 1) > 0) continue;
      return false;
    }
    return true;
  }
}

/**
 * The match-key tokens of one stretch of text and the lexicon hits inside it. Rules read a view, so the
 * same rule runs on a lone sentence (plainView) or on a span of an article tokenized once (ArticleTokens).
 */
export interface TokenView {
  readonly tokens: readonly string[];
  /** Hits wholly inside the view, token positions relative to it, in Lexicon.hits order. */
  hits(lexicon: Lexicon): LexiconHit[];
  test(lexicon: Lexicon): boolean;
}

/** A view over a token list of its own. */
export function plainView(tokens: readonly string[]): TokenView {
  return { tokens, hits: (lexicon) => lexicon.hits(tokens), test: (lexicon) => lexicon.test(tokens) };
}

/**
 * Runs of letters, digits and marks (diacritics, tatweel included): the stretches matchKey keeps together.
 * Each is keyed with matchKey and split the way keyTokens splits, so a range of them equals keyTokens of
 * the same slice (checked by tests/bench/claimsSpeed.ts --verify on real pages).
 */
const WORD_RUN = /[\p{L}\p{N}\p{M}\u0640]+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/u;

/**
 * matchKey of a word made only of plain Arabic letters (no marks, no digits): the common case, folded in
 * one pass. Anything else returns null and takes matchKey (NFC, diacritics, digits, Latin case).
 */
function arabicKey(word: string): string | null {
  let out = "";
  for (let n = 0; n < word.length; n++) {
    const c = word.charCodeAt(n);
    if (c < 0x621 || c > 0x64a || c === 0x640) return null;
    if (c === 0x623 || c === 0x625 || c === 0x622) out += "ا";
    else if (c === 0x649 || c === 0x626) out += "ي";
    else if (c === 0x629) out += "ه";
    else if (c === 0x624) out += "و";
    else out += word[n];
  }
  return out;
}

/**
 * An article tokenized and match-keyed once, with each word list matched once over the whole token
 * stream. Spans are then answered by binary search instead of re-keying and re-matching their text:
 * claims score every sentence, clause and sub-clause of an article, which overlap heavily.
 */
export class ArticleTokens {
  readonly keys: string[] = [];
  /** tokenForms of each key, looked up once for all word lists. */
  private readonly forms: string[][] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly lexHits = new Map<Lexicon, LexiconHit[]>();
  /** Lists that existed when matchAll ran (-1: not yet). */
  private matchedLists = -1;

  constructor(readonly text: string) {
    WORD_RUN.lastIndex = 0;
    for (let m = WORD_RUN.exec(text); m; m = WORD_RUN.exec(text)) {
      const key = arabicKey(m[0]) ?? matchKey(m[0]);
      const start = m.index;
      const end = start + m[0].length;
      if (!NON_WORD.test(key)) {
        if (key) this.push(key, start, end);
      } else for (const k of key.split(NON_WORD)) if (k) this.push(k, start, end);
    }
  }

  private push(key: string, start: number, end: number): void {
    this.keys.push(key);
    this.forms.push(tokenForms(key));
    this.starts.push(start);
    this.ends.push(end);
  }

  /** First token index whose start is at or after `offset`. */
  private firstAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Token index range [lo, hi) of text.slice(start, end), or null when a token straddles an edge. */
  range(start: number, end: number): [number, number] | null {
    const lo = this.firstAt(start);
    if (lo > 0 && this.ends[lo - 1] > start) return null;
    const hi = this.firstAt(end);
    if (hi > 0 && this.ends[hi - 1] > end) return null;
    return [lo, Math.max(lo, hi)];
  }

  /** The match-key tokens of text.slice(start, end): equal to tokensOf of that slice. */
  tokensIn(start: number, end: number): string[] {
    const r = this.range(start, end);
    return r ? this.keys.slice(r[0], r[1]) : keyTokens(this.text.slice(start, end));
  }

  /** A view of text.slice(start, end). */
  view(start: number, end: number): TokenView {
    const r = this.range(start, end);
    if (!r) return plainView(keyTokens(this.text.slice(start, end)));
    const [lo, hi] = r;
    const tokens = this.keys.slice(lo, hi);
    return {
      tokens,
      hits: (lexicon) => this.hitsIn(lexicon, lo, hi),
      test: (lexicon) => this.hitsIn(lexicon, lo, hi, true).length > 0,
    };
  }

  /**
   * Hits of a word list over the whole article. On first use every list is matched in one pass over the
   * tokens (one table lookup per token form); each list's hits come out in Lexicon.hits order.
   */
  private allHits(lexicon: Lexicon): LexiconHit[] {
    if (this.matchedLists < 0) this.matchAll();
    let all = this.lexHits.get(lexicon);
    if (!all) {
      all = lexicon.hasOpen || lexicon.serial >= this.matchedLists ? lexicon.hits(this.keys, this.forms) : [];
      this.lexHits.set(lexicon, all);
    }
    return all;
  }

  private matchAll(): void {
    this.matchedLists = lexiconCount;
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) {
      const forms = this.forms[i];
      for (let f = 0; f < forms.length; f++) {
        const listed = allByFirst.get(forms[f]);
        if (!listed) continue;
        for (const { lexicon, entry } of listed) {
          if ((entry.exact && f > 0) || lexicon.hasOpen) continue;
          if (!lexicon.restMatches(entry, keys, i)) continue;
          let list = this.lexHits.get(lexicon);
          if (!list) {
            list = [];
            this.lexHits.set(lexicon, list);
          }
          list.push({ entry: entry.entry, start: i, length: entry.tokens.length });
        }
      }
    }
  }

  private hitsIn(lexicon: Lexicon, lo: number, hi: number, first = false): LexiconHit[] {
    const all = this.allHits(lexicon);
    let a = 0;
    let b = all.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (all[mid].start < lo) a = mid + 1;
      else b = mid;
    }
    const out: LexiconHit[] = [];
    for (let i = a; i < all.length && all[i].start < hi; i++) {
      const h = all[i];
      // An entry running past the view's end would not match inside it (its next token is missing there).
      if (h.start + h.length > hi) continue;
      out.push({ entry: h.entry, start: h.start - lo, length: h.length });
      if (first) break;
    }
    return out;
  }
}

/** Match-key tokens of a display string, for Lexicon.hits. */
export function tokensOf(text: string): string[] {
  return keyTokens(text);
}

/** The match key of a display string (re-exported so claim modules import one place). */
export { matchKey };
