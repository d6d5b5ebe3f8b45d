/**
 * The core pipeline cut into bounded steps, for callers that must not block (the content script on a
 * huge page). `analyzePageSteps(page)` is a generator: each `next()` does one bounded unit of work and
 * the generator returns the PageAnalysis when done; the caller decides when to run the next unit (a time
 * budget, an idle callback) and may simply stop calling it to abort. Pure: no DOM, no timers.
 *
 * Units of work: language identification; the headline quotes of the page's links; then per article its
 * body text, its quotes and speakers, and its claims. An article longer than WHOLE_ARTICLE_CHARS would
 * make those units long tasks (about 1 s for a 200,000-character body on a slow machine), so its text is
 * cut at paragraph breaks into chunks of about CHUNK_CHARS, each analyzed as its own unit, and the
 * chunks' findings are merged (speakers by key, quotes and claims renumbered, offsets shifted, the best
 * claims of the whole article kept). For articles up to WHOLE_ARTICLE_CHARS, which is every normal news
 * page, the result is exactly analyzePage's (tests/unit/core.steps.test.ts checks it on every fixture).
 * A chunked article loses what links its parts: a "وأضاف" at the top of a chunk cannot reach the speaker
 * named in the chunk before, and claims are ranked per chunk before the global pick. That is the price of
 * staying responsive on pages ten times longer than any real article; a resumable findQuotes/findClaims
 * (state kept between paragraph batches) would remove it.
 */
import { articleOf, bodyText, pageAnalysisOf } from "./analyze.ts";
import { DEFAULT_OPTIONS, findClaims } from "./claims/index.ts";
import { detectLanguage } from "./language/index.ts";
import { findHeadlineQuotesInLinks, findQuotes } from "./quotes/index.ts";
import type { Steps } from "./stepper.ts";
import type { Article, ArticleInput, Claim, PageAnalysis, PageInput, Quote, Speaker } from "./types.ts";

/**
 * Longest body analyzed in one unit (characters). Real long-form pieces run to about 60,000 characters,
 * typical news articles to 2,000–8,000; up to 30,000 the body is analyzed whole, as analyzePage does it,
 * because its quality matters more than one task of some tens of milliseconds on a long read.
 */
export const WHOLE_ARTICLE_CHARS = 30_000;

/**
 * Target size of one chunk of a longer body (characters). Quotes and claims together cost about 2–3 ms of
 * CPU per 1,000 characters (Node, warm), but several times that in a content script that just started
 * (cold code) on a page whose own heap is huge, and wall time stretches further on a busy machine:
 * 1,500 characters (a few paragraphs) keeps each unit a few milliseconds, far under the 50 ms a task may
 * take before the reader feels it.
 */
export const CHUNK_CHARS = 1_500;

export { runSteps, type Steps } from "./stepper.ts";

/**
 * Size of the first chunk of a long body; each next chunk doubles it up to CHUNK_CHARS. The first calls
 * of the quotes and claims code in a fresh content script run in the interpreter, many times slower than
 * once compiled: small first chunks keep those cold calls short too.
 */
export const FIRST_CHUNK_CHARS = 200;

/**
 * [start, end) ranges of `text` of about `size` characters (the first `first`, doubling up to `size`), cut
 * at paragraph breaks ("\n\n"), else at a line break, a sentence end or a space in the chunk's second
 * half, else at the size itself (never inside a surrogate pair). Separators between chunks belong to no
 * chunk; chunks are never empty.
 */
export function chunkRanges(text: string, max: number = CHUNK_CHARS, first: number = max): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  let size = Math.min(first, max);
  while (start < text.length) {
    // Skip separators so a chunk starts on text.
    while (start < text.length && /\s/.test(text[start])) start++;
    if (start >= text.length) break;
    if (text.length - start <= size) {
      out.push([start, text.length]);
      break;
    }
    const limit = start + size;
    const half = start + Math.floor(size / 2);
    let end = -1;
    for (const sep of ["\n\n", "\n", ". ", ".\n", "؟ ", "! ", " "]) {
      const at = text.lastIndexOf(sep, limit - sep.length);
      if (at >= half) {
        end = sep.trim() ? at + 1 : at; // a sentence end stays with its sentence
        break;
      }
    }
    if (end < 0) {
      end = limit;
      const code = text.charCodeAt(end - 1);
      if (code >= 0xd800 && code <= 0xdbff) end--;
    }
    // Trailing spaces are not part of the chunk.
    let last = end;
    while (last > start && /\s/.test(text[last - 1])) last--;
    out.push([start, last]);
    start = end;
    size = Math.min(size * 2, max);
  }
  return out;
}

/** What the quotes stage found in one chunk, with offsets already shifted into the article text. */
interface ChunkQuotes {
  offset: number;
  text: string;
  quotes: Quote[];
  speakers: Speaker[];
}

/** The chunk's quotes and speakers, speakers merged into `registry` by key; ids are the merged ones. */
function mergeChunk(
  found: { quotes: Quote[]; speakers: Speaker[] },
  offset: number,
  registry: { speakers: Speaker[]; byKey: Map<string, Speaker> },
  counter: { quotes: number },
): { quotes: Quote[]; speakerIds: Map<string, string>; quoteIds: Map<string, string> } {
  const speakerIds = new Map<string, string>();
  for (const s of found.speakers) {
    const key = s.key || s.name;
    let merged = registry.byKey.get(key);
    if (!merged) {
      merged = { ...s, id: `s${registry.speakers.length + 1}`, aliases: [...s.aliases] };
      registry.speakers.push(merged);
      registry.byKey.set(key, merged);
    } else {
      // The fullest name and every other form the article uses.
      if (s.name.length > merged.name.length) {
        if (!merged.aliases.includes(merged.name)) merged.aliases.push(merged.name);
        merged.name = s.name;
      }
      for (const a of [s.name, ...s.aliases])
        if (a !== merged.name && !merged.aliases.includes(a)) merged.aliases.push(a);
      merged.title ??= s.title;
      if (merged.kind === "unknown") merged.kind = s.kind;
    }
    speakerIds.set(s.id, merged.id);
  }
  const quoteIds = new Map<string, string>();
  const quotes = found.quotes.map((q) => {
    // Body quotes are numbered across chunks; the title's headline quote keeps findQuotes' "q0".
    const id = q.kind === "headline" && q.start < 0 ? q.id : `q${++counter.quotes}`;
    quoteIds.set(q.id, id);
    return {
      ...q,
      id,
      speakerId: q.speakerId ? (speakerIds.get(q.speakerId) ?? null) : null,
      start: q.start < 0 ? q.start : q.start + offset,
      end: q.end < 0 ? q.end : q.end + offset,
    };
  });
  return { quotes, speakerIds, quoteIds };
}

/** Claims are ranked flagged first, then by score (as findClaims returns them). */
function byRank(a: Claim, b: Claim): number {
  return Number((b.flags?.length ?? 0) > 0) - Number((a.flags?.length ?? 0) > 0) || b.score - a.score;
}

/** The chunked analysis of a long body: one step per chunk for quotes, one per chunk for claims. */
function* chunkedFindings(title: string, text: string): Steps<Pick<Article, "speakers" | "quotes" | "claims">> {
  const registry = { speakers: [] as Speaker[], byKey: new Map<string, Speaker>() };
  const quotes: Quote[] = [];
  const counter = { quotes: 0 };
  const chunks: (ChunkQuotes & { quoteIds: Map<string, string> })[] = [];
  for (const [start, end] of chunkRanges(text, CHUNK_CHARS, FIRST_CHUNK_CHARS)) {
    yield;
    const chunkText = text.slice(start, end);
    // The headline quote belongs to the article once: its title goes with the first chunk only.
    const found = findQuotes({ title: chunks.length ? "" : title, text: chunkText });
    const merged = mergeChunk(found, start, registry, counter);
    quotes.push(...merged.quotes);
    chunks.push({ offset: start, text: chunkText, ...found, quoteIds: merged.quoteIds });
  }
  // Each chunk keeps every claim above the score bound; the article's pick is made over all of them.
  const all: Claim[] = [];
  for (const chunk of chunks) {
    yield;
    const claims = findClaims(
      { text: chunk.text, quotes: chunk.quotes, speakers: chunk.speakers },
      { ...DEFAULT_OPTIONS, maxShare: 1, maxClaims: Number.MAX_SAFE_INTEGER },
    );
    for (const c of claims)
      all.push({
        ...c,
        quoteId: c.quoteId ? (chunk.quoteIds.get(c.quoteId) ?? null) : null,
        start: c.start + chunk.offset,
        end: c.end + chunk.offset,
      });
  }
  yield;
  all.sort(byRank);
  const kept: Claim[] = [];
  const seen = new Set<string>();
  let unflagged = 0;
  for (const c of all) {
    // A page repeating itself repeats its claims: one of each text.
    if (seen.has(c.text)) continue;
    const flagged = (c.flags?.length ?? 0) > 0;
    if (!flagged && unflagged >= DEFAULT_OPTIONS.maxClaims) continue;
    if (!flagged) unflagged++;
    seen.add(c.text);
    kept.push({ ...c, id: `c${kept.length + 1}` });
  }
  // Speakers no kept quote names were registered for nothing (findQuotes drops those as well).
  const used = new Set(quotes.map((q) => q.speakerId));
  return { speakers: registry.speakers.filter((s) => used.has(s.id)), quotes, claims: kept };
}

/** One article in steps: its text, then its quotes, then its claims (chunked above WHOLE_ARTICLE_CHARS). */
export function* analyzeArticleSteps(input: ArticleInput): Steps<Article> {
  const body = bodyText(input);
  if (body.text.length > WHOLE_ARTICLE_CHARS) {
    return articleOf(input, body, yield* chunkedFindings(input.title, body.text));
  }
  yield;
  const { quotes, speakers } = findQuotes({ title: input.title, text: body.text });
  yield;
  const claims = findClaims({ text: body.text, quotes, speakers });
  return articleOf(input, body, { speakers, quotes, claims });
}

/**
 * The whole core over a page, in steps; the same PageAnalysis as analyzePage for every page whose
 * articles are at most WHOLE_ARTICLE_CHARS long (timings aside).
 */
export function* analyzePageSteps(input: PageInput, now: () => number = () => Date.now()): Steps<PageAnalysis> {
  const t0 = now();
  const language = detectLanguage(input.sampleText);
  const articles: Article[] = [];
  let headlineQuotes: PageAnalysis["headlineQuotes"] = [];
  if (language.isArabic) {
    for (const article of input.articles) articles.push(yield* analyzeArticleSteps(article));
    yield;
    headlineQuotes = findHeadlineQuotesInLinks(input.pageLinks ?? []);
  }
  return pageAnalysisOf(input, language, articles, headlineQuotes, now() - t0);
}
