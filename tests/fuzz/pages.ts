/**
 * Material for fuzzing extract + core: the real pages of tests/fixtures/pages (and ../shared/corpus/dev when
 * present), mutations of them driven by a seeded generator, and the invariants every analysis must keep.
 * Shared by the bounded run in `npm test` (tests/unit/fuzz.pages.test.ts) and the long run (`npm run fuzz`).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { analyzeHtml } from "../../src/cli/commands/analyze.ts";
import { decodeHtml } from "../../src/cli/loadPage.ts";
import type { PageAnalysis } from "../../src/core/types.ts";
import { rng } from "../support/rng.ts";

const FIXTURES = fileURLToPath(new URL("../fixtures/pages/", import.meta.url));
const SHARED_DEV = fileURLToPath(new URL("../../../shared/corpus/dev/", import.meta.url));

export interface SeedPage {
  name: string;
  html: string;
}

/** Every real page available, decoded as the CLI decodes it. */
export function seedPages(): SeedPage[] {
  const pages = new Map<string, string>();
  for (const name of readdirSync(FIXTURES)) {
    const file = `${FIXTURES}${name}/source.html`;
    if (existsSync(file)) pages.set(name, decodeHtml(readFileSync(file)));
  }
  if (existsSync(SHARED_DEV)) {
    for (const file of readdirSync(SHARED_DEV).filter((f) => f.endsWith(".html"))) {
      const name = file.replace(/\.html$/, "");
      if (!pages.has(name)) pages.set(name, decodeHtml(readFileSync(`${SHARED_DEV}${file}`)));
    }
  }
  return [...pages].map(([name, html]) => ({ name, html }));
}

/** A seeded generator, so a failing case can be replayed from its seed. */
export { rng };

type Random = () => number;
const int = (r: Random, n: number) => Math.floor(r() * n);
const pick = <T>(r: Random, xs: readonly T[]): T => xs[int(r, xs.length)] as T;

/** Pieces that stress an HTML parser and the text stages behind it. */
const GARBAGE = [
  "<",
  ">",
  "</",
  "<div",
  "<p class='",
  '<a href="',
  "<!--",
  "-->",
  "<![CDATA[",
  "]]>",
  "<script>",
  "</script>",
  "<style>",
  "</style>",
  "<textarea>",
  "<template>",
  "<svg><math><table><tr><td>",
  "</table></div></p>",
  "&amp;",
  "&#0;",
  "&#xD800;",
  "&#99999999;",
  "&#x202E;",
  "&unknown;",
  "&#1604;&#1575;",
  "&nbsp;&shy;&zwj;",
  "\u0000",
  "\uD800",
  "\uFFFF",
  "\u202A\u202B\u202C\u202D\u202E",
  "\u2066\u2067\u2068\u2069",
  "«",
  "»",
  "“",
  "”",
  '"',
  ":",
  "قال",
  "وأضاف أن",
  "مضيفا",
  "وفقا لـ",
  "٢٠٢٤",
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"',
  '<meta property="og:title" content="',
  "<h1>",
  "<article>",
  "<blockquote>«",
];

/** One mutation of a page; each names itself so a failing case says what was done. */
type Mutator = (html: string, r: Random, donor: string) => string;

const at = (html: string, r: Random) => int(r, html.length + 1);
const splice = (html: string, i: number, del: number, insert: string) =>
  html.slice(0, i) + insert + html.slice(i + del);

export const MUTATORS: Record<string, Mutator> = {
  deleteRange: (h, r) => splice(h, at(h, r), 1 + int(r, 2000), ""),
  deleteChars: (h, r) => {
    let out = h;
    for (let k = 0; k < 1 + int(r, 50); k++) out = splice(out, at(out, r), 1, "");
    return out;
  },
  duplicate: (h, r) => {
    const i = at(h, r);
    const piece = h.slice(i, i + 1 + int(r, 5000));
    return splice(h, at(h, r), 0, piece.repeat(1 + int(r, 5)));
  },
  truncate: (h, r) => {
    // Cut inside a tag, an attribute or an entity: right after a random "<" or "&" plus a few characters.
    const from = at(h, r);
    const lt = h.indexOf(r() < 0.7 ? "<" : "&", from);
    return h.slice(0, (lt === -1 ? from : lt) + int(r, 12));
  },
  nest: (h, r) => {
    const depth = pick(r, [10, 100, 600, 3000, 20000]);
    const tag = pick(r, ["div", "span", "b", "section", "p", "li", "blockquote", "a"]);
    const i = at(h, r);
    const close = r() < 0.5 ? `</${tag}>`.repeat(depth) : "";
    return splice(h, i, 0, `<${tag}>`.repeat(depth) + close);
  },
  attributes: (h, r) => {
    const attrs = Array.from({ length: 1 + int(r, 20) }, () =>
      pick(r, [
        ' x="',
        " y='",
        " =",
        ' data-a="<p>»"',
        " class",
        ' style="x:expression("',
        ` z=${"ب".repeat(int(r, 500))}`,
      ]),
    ).join("");
    const lt = h.indexOf("<", at(h, r));
    return lt === -1 ? h + attrs : splice(h, lt + 2, 0, attrs);
  },
  inject: (h, r) =>
    splice(
      h,
      at(h, r),
      0,
      pick(r, [
        "<script>document.write('<div>');var s='</div><p>قال';</script>",
        "<style>p{content:'«'}</style>",
        "<script>",
        "<style>",
        "<!-- قال الوزير: «",
        "<noscript><p>قال</p>",
        "<iframe srcdoc='<p>x</p>'>",
        "<plaintext>",
      ]),
    ),
  entities: (h, r) =>
    splice(
      h,
      at(h, r),
      0,
      Array.from({ length: 1 + int(r, 200) }, () =>
        pick(
          r,
          GARBAGE.filter((g) => g.startsWith("&")),
        ),
      ).join(""),
    ),
  garbage: (h, r) =>
    splice(h, at(h, r), 0, Array.from({ length: 1 + int(r, 100) }, () => pick(r, GARBAGE)).join(pick(r, ["", " "]))),
  donor: (h, r, donor) => {
    const i = at(donor, r);
    return splice(h, at(h, r), int(r, 500), donor.slice(i, i + int(r, 20000)));
  },
  longWord: (h, r) => {
    const i = h.indexOf("<p", at(h, r));
    const word = pick(r, ["ب", "a", "«", ":", "قال", "1", "\u202E"]).repeat(1000 + int(r, 100_000));
    return i === -1 ? h + word : splice(h, i, 0, `<p>${word}</p>`);
  },
};

const NAMES = Object.keys(MUTATORS);

/** A random page from scratch: tags, Arabic words and garbage in random order. */
export function randomPage(r: Random): string {
  const parts: string[] = [];
  for (let k = 0; k < 20 + int(r, 800); k++) parts.push(pick(r, GARBAGE), pick(r, [" ", "", "\n"]));
  return parts.join("");
}

export interface FuzzCase {
  label: string;
  html: string;
}

/** Case `index` of the run seeded with `seed`: the same pair always gives the same page. */
export function fuzzCase(seeds: SeedPage[], seed: number, index: number): FuzzCase {
  const r = rng(seed * 1_000_003 + index);
  if (r() < 0.1) return { label: `random#${index}`, html: randomPage(r) };
  const base = pick(r, seeds);
  const donor = pick(r, seeds).html;
  const steps: string[] = [];
  let html = base.html;
  for (let k = 0; k < 1 + int(r, 4); k++) {
    const name = pick(r, NAMES);
    steps.push(name);
    html = (MUTATORS[name] as Mutator)(html, r, donor);
  }
  return { label: `${base.name}+${steps.join("+")}#${index}`, html };
}

/** What is wrong with an analysis, or null: offsets must slice the article text to the reported words. */
export function invariantError(a: PageAnalysis): string | null {
  JSON.stringify(a);
  for (const article of a.articles) {
    for (const q of article.quotes) {
      if (q.kind === "headline" && q.start === -1 && q.end === -1) continue;
      if (article.text.slice(q.start, q.end) !== q.text)
        return `quote ${q.id} offsets ${q.start}-${q.end} do not slice its text`;
      if (q.speakerId && !article.speakers.some((s) => s.id === q.speakerId))
        return `quote ${q.id} names a missing speaker`;
    }
    for (const c of article.claims) {
      if (article.text.slice(c.start, c.end) !== c.text)
        return `claim ${c.id} offsets ${c.start}-${c.end} do not slice its text`;
      if (!(c.score >= 0 && c.score <= 1)) return `claim ${c.id} score ${c.score} outside 0..1`;
    }
  }
  return null;
}

export interface CaseResult {
  ms: number;
  error: string | null;
}

/** Runs extract + core over one page as `isnad analyze` does, timing it and checking the result. */
export function runCase(html: string): CaseResult {
  const t0 = performance.now();
  let error: string | null = null;
  try {
    error = invariantError(analyzeHtml(html, null));
  } catch (e) {
    error = e instanceof Error ? `${e.name}: ${e.message.split("\n")[0]}` : String(e);
  }
  return { ms: performance.now() - t0, error };
}
