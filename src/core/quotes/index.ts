/**
 * Quotes and speakers: who said what in an article. See find.ts for the body (direct quotes, reported
 * speech, speakers) and headline.ts for `SPEAKER: words` titles.
 *
 * A headline quote found in the article's title has start = end = -1 (it is not in the body text) and
 * rule "headline.title".
 */
import { matchKey } from "../normalize/matchKey.ts";
import { bareKey, isDefinite } from "../normalize/tokens.ts";
import { BLOCK_SEPARATOR } from "../segment/index.ts";
import { innerNameWord, lastKeyWord, speakerKey } from "../speakers/key.ts";
import { ROLE_HEADS, ROLE_SYNONYMS } from "../speakers/roleHeads.ts";
import type { Quote, RelatedLink, Speaker, SpeakerKind } from "../types.ts";
import { findInText, parseSpeakerPhrase } from "./find.ts";
import { BLOCK_SPEAKER_WORDS, headlineQuotesInLinks, parseHeadlineQuote, withoutBullet } from "./headline.ts";

export interface QuoteInput {
  title: string;
  text: string;
}

const ORG_HEAD =
  /^(?:ال)?(?:وزار|جيش|مجلس|هيئ|حكوم|رئاس|خارجي|داخلي|صح|تعليم|ري|كهرباء|بنتاغون|بنتاجون|كرملين|شرط|حرس)/u;

/** Finds the quotes and speakers of one article: its title (headline quote) and its body text. */
export function findQuotes(input: QuoteInput): { quotes: Quote[]; speakers: Speaker[] } {
  const { quotes, speakers } = findInText(input.text);
  blockHeadlines(input.text, quotes, speakers);
  const h = input.title ? parseHeadlineQuote(input.title) : null;
  if (h) {
    // The headline names the speaker by name, surname or role ("وزير الخارجية العماني: …").
    let sp = articleSpeaker(h.speaker, speakers, quotes);
    // "مسؤول تركي: التجارة مع سوريا تتجاوز 3 مليارات دولار" over a body that quotes "رئيس اتحاد
    // المصدرين أحمد قاراجا" saying the same: an unnamed source in the headline is the named person whose
    // words it repeats, and so is the same unnamed source in the body ("ذكر مسؤول كردي أمس أن …").
    if (unnamedSource(h.speaker) && (!sp || unnamedSpeaker(sp))) {
      const named = sourceByContent(h.text, speakers, quotes, sp);
      if (named) {
        if (sp && sp !== named) {
          const from = sp.id;
          for (const q of quotes) if (q.speakerId === from) q.speakerId = named.id;
          if (!named.aliases.includes(sp.name)) named.aliases.push(sp.name);
          speakers.splice(speakers.indexOf(sp), 1);
        } else if (!named.aliases.includes(h.speaker)) named.aliases.push(h.speaker);
        sp = named;
      }
    }
    if (!sp) {
      const kind: SpeakerKind = ORG_HEAD.test(h.speaker) ? "organization" : "unknown";
      sp = addSpeaker(speakers, { name: h.speaker, title: null, kind, key: speakerKey(h.speaker) }, "h");
    }
    quotes.unshift({
      id: "q0",
      text: h.text,
      kind: "headline",
      cue: null,
      speakerId: sp.id,
      via: h.via,
      start: -1,
      end: -1,
      rule: "headline.title",
      confidence: 0.8,
    });
  }
  return { quotes, speakers };
}

/** Longest block, in words, read as a subtitle or crosshead ("المسعودي: لا محاباة في التوظيف"). */
const MAX_BLOCK_HEADLINE_WORDS = 30;

/**
 * Subtitles, standfirsts and crossheads in the body written as `SPEAKER: words` ("رئيس اتحاد المصدرين
 * أحمد قاراجا: الصادرات تضاعفت خلال عام"): a block of its own, short, no quote found in it, and a
 * speaker part that reads as a speaker of the article (a name or role it quotes or names elsewhere,
 * or a role with a name). Added as headline quotes with their offsets in the body.
 */
function blockHeadlines(text: string, quotes: Quote[], speakers: Speaker[]): void {
  let start = 0;
  const found: Quote[] = [];
  for (const block of text.split(BLOCK_SEPARATOR)) {
    const from = start;
    start += block.length + BLOCK_SEPARATOR.length;
    if (block.split(/\s+/).length > MAX_BLOCK_HEADLINE_WORDS) continue;
    const end = from + block.length;
    if (quotes.some((q) => q.start >= from && q.start < end)) continue;
    const h = parseHeadlineQuote(withoutBullet(block), BLOCK_SPEAKER_WORDS);
    if (!h) continue;
    const sp =
      articleSpeaker(h.speaker, speakers, quotes) ??
      namedSpeaker(h.speaker, speakers) ??
      groupSpeaker(h.speaker, speakers);
    if (!sp) continue;
    const at = block.lastIndexOf(h.text);
    if (at < 0) continue;
    found.push({
      id: `q${quotes.length + found.length + 1}`,
      text: h.text,
      kind: "headline",
      cue: null,
      speakerId: sp.id,
      via: h.via,
      start: from + at,
      end: from + at + h.text.length,
      rule: "headline.block",
      confidence: 0.7,
    });
  }
  if (!found.length) return;
  quotes.push(...found);
  quotes.sort((a, b) => a.start - b.start);
}

/**
 * The article's speaker a headline's speaker part names: by name or alias, by role, or by surname.
 */
function articleSpeaker(name: string, speakers: Speaker[], quotes: Quote[]): Speaker | undefined {
  const key = speakerKey(name);
  const last = key.split(" ").pop() ?? "";
  return (
    speakers.find((s) => s.key === key || s.aliases.some((a) => speakerKey(a) === key)) ??
    speakers.find((s) => s.title && speakerKey(s.title) === key) ??
    (key.includes(" ") ? undefined : speakers.find((s) => (s.key ?? "").split(" ").pop() === last)) ??
    sourceByRole(name, speakers, quotes) ??
    bodyByWords(name, speakers, quotes) ??
    bodyByOneWord(key, speakers, quotes) ??
    byNameAfterRole(name, speakers) ??
    personByRole(name, speakers, quotes)
  );
}

/**
 * "المياه: برنامج توزيع استثنائي …" over a body that names "وزارة المياه والري": a headline that names a
 * body by one word of its name (not its head), the most quoted body with that word.
 */
function bodyByOneWord(key: string, speakers: Speaker[], quotes: Quote[]): Speaker | undefined {
  if (!key || key.includes(" ") || key.length < 3) return undefined;
  let best: Speaker | undefined;
  let bestCount = 0;
  for (const s of speakers) {
    if (s.kind !== "organization") continue;
    const words = (s.key ?? "").split(" ");
    if (words.length < 2 || !words.slice(1).includes(key)) continue;
    const count = quotes.filter((q) => q.speakerId === s.id).length;
    if (count > bestCount) {
      best = s;
      bestCount = count;
    }
  }
  return best;
}

/** A word folded for comparing roles: its glued ل / ب / لل and a nisba ending taken off (للسودان → سودان). */
const roleWord = (w: string) => w.replace(/^(?:لل|ل|ب)(?=..)/, "").replace(/(?:يه|يين|يون|ي)$/, "");

/**
 * "متحدث القابضة للمياه: …"، "مدير الري بسطيف لـ«الشروق»: …" over a body that names the person with a
 * fuller role ("المتحدث الرسمي باسم الشركة القابضة لمياه الشرب هشام عبد الرازق"): a headline that names
 * a role only is the named person of the body whose role opens with the same head and holds most of the
 * headline's other words, or the only such person. Undefined when the headline names someone.
 */
function personByRole(phrase: string, speakers: Speaker[], quotes: Quote[]): Speaker | undefined {
  const head = headOf(phrase);
  if (!ROLE_HEADS.has(head)) return undefined;
  const e = parseSpeakerPhrase(phrase);
  // (A "name" of one word in ب / ل is where the role works: "مدير الري بسطيف".)
  const named =
    e?.kind === "person" &&
    !e.anaphor &&
    !!e.title &&
    speakerKey(e.title) !== speakerKey(e.name) &&
    !/^[بل]\S+$/.test(e.name.trim());
  if (named) return undefined;
  const words = [...contentWords(phrase)].slice(1).map(roleWord);
  const heads = new Set([head, ...(ROLE_SYNONYMS.get(head) ?? [])]);
  let best: Speaker | undefined;
  let bestScore = -1;
  let bestCount = 0;
  let candidates = 0;
  for (const s of speakers) {
    if (s.kind !== "person" || !s.title || speakerKey(s.title) === s.key) continue;
    const roles = [s.title, ...s.aliases];
    if (!roles.some((r) => heads.has(headOf(r)))) continue;
    candidates++;
    const has = new Set(roles.flatMap((r) => [...contentWords(r)].map(roleWord)));
    const score = words.length ? words.filter((w) => has.has(w)).length / words.length : 1;
    // (On a tie, the most quoted.)
    const count = quotes.filter((q) => q.speakerId === s.id).length;
    if (score > bestScore || (score === bestScore && count > bestCount)) {
      best = s;
      bestScore = score;
      bestCount = count;
    }
  }
  return best && (bestScore >= 0.5 || candidates === 1) ? best : undefined;
}

/**
 * "المرجع الصرخي: …" over a body that names "محمود الصرخي الحسني": a headline's role and surname, the
 * person the body names with that surname, last or inside a name of three words (a surname with ال).
 */
function byNameAfterRole(phrase: string, speakers: Speaker[]): Speaker | undefined {
  const e = parseSpeakerPhrase(phrase);
  if (e?.kind !== "person" || !e.title) return undefined;
  // (A role and a word with ال read as one role, "المرجع الصرخي": the last word may be the surname.)
  const name = e.anaphor ? e.name.trim().split(/\s+/).slice(1).join(" ") : e.name;
  const key = speakerKey(name);
  if (!key || key.includes(" ")) return undefined;
  const definite = isDefinite(matchKey(name).trim());
  return speakers.find(
    (s) => s.kind === "person" && !!s.key && (lastKeyWord(s.key) === key || (definite && innerNameWord(s.key, key))),
  );
}

/**
 * A headline that names a body by some of the words the body names itself with in full ("رابطة
 * الثانوي" for "رابطة أساتذة التعليم الثانوي الرسمي", "الأمم المتحدة" for "مكتب الأمم المتحدة لتنسيق
 * الشؤون الإنسانية"): the body (no person: a headline naming a government is not its spokesman) whose
 * name or aliases hold every content word of it, a ب or ل glued to the body's word aside; the most quoted
 * if several. Two content words at least: one alone is left to the rules above.
 */
function bodyByWords(name: string, speakers: Speaker[], quotes: Quote[]): Speaker | undefined {
  const words = contentWords(name);
  if (words.size < 2) return undefined;
  let best: Speaker | undefined;
  let bestCount = 0;
  for (const s of speakers) {
    if (s.kind === "person") continue;
    const has = new Set<string>();
    for (const part of [s.name, ...s.aliases])
      for (const w of contentWords(part)) {
        has.add(w);
        // (بمنطقة → منطقة، لتنسيق → تنسيق; contentWords has already taken لل and ال off.)
        if (/^[بل]/.test(w) && w.length > 3) has.add(bareKey(w.slice(1)));
      }
    if (![...words].every((w) => has.has(w))) continue;
    const count = quotes.filter((q) => q.speakerId === s.id).length;
    if (count > bestCount) {
      best = s;
      bestCount = count;
    }
  }
  return best;
}

/**
 * A speaker part the article quotes nowhere else but that reads as a person with a role and a name
 * (رئيس اتحاد مصدري جنوب شرق الأناضول أحمد قاراجا): the parser's own reading of it, added as a speaker.
 */
function namedSpeaker(name: string, speakers: Speaker[]): Speaker | undefined {
  const e = parseSpeakerPhrase(name);
  if (e?.kind !== "person" || e.anaphor || !e.title) return undefined;
  const key = speakerKey(e.name);
  const known = speakers.find((s) => s.key === key || (s.key ?? "").endsWith(` ${key}`));
  if (known) return known;
  return addSpeaker(speakers, { name: e.name, title: e.title, kind: "person", key }, "b");
}

/**
 * A speaker part that names a group of people (نواب، وسطاء عقاريون، خبراء) the body does not quote by
 * that name: the group as written. ("نواب: الانقطاعات تتكرر" under the headline of a report on MPs.)
 */
function groupSpeaker(name: string, speakers: Speaker[]): Speaker | undefined {
  const e = parseSpeakerPhrase(name);
  if (e?.kind !== "group" || e.anaphor) return undefined;
  const key = speakerKey(e.name);
  return (
    speakers.find((s) => s.key === key) ?? addSpeaker(speakers, { name: e.name, title: null, kind: "group", key }, "g")
  );
}

/**
 * Adds a speaker found outside the body's registry (a headline's, a subtitle's). Ids must stay unique
 * even when the registry skipped unused speakers: `suffix` is repeated until the id is free.
 */
function addSpeaker(
  speakers: Speaker[],
  s: { name: string; title: string | null; kind: SpeakerKind; key: string },
  suffix: string,
): Speaker {
  const sp: Speaker = {
    id: `s${speakers.length + 1}`,
    name: s.name,
    aliases: [],
    title: s.title,
    kind: s.kind,
    key: s.key,
  };
  while (speakers.some((x) => x.id === sp.id)) sp.id = `${sp.id}${suffix}`;
  speakers.push(sp);
  return sp;
}

/** Folds a feminine role onto the masculine (مسؤولة → مسؤول) for comparing heads. */
const mascHead = (w: string) => (w.length > 3 && w.endsWith("ه") ? w.slice(0, -1) : w);
const headOf = (s: string | null | undefined) =>
  mascHead(
    bareKey(
      matchKey(s ?? "")
        .trim()
        .split(/\s+/)[0] ?? "",
    ),
  );

/**
 * A headline that names its source by role and description only ("مسؤول يمني: …"، "خبير: …") credits
 * the body's speaker with that role: the one whose name, role or alias opens with the same head
 * (مسؤول حكومي بعدن), the most quoted if several. Null when the headline names someone, or no one fits.
 */
function sourceByRole(headline: string, speakers: Speaker[], quotes: Quote[]): Speaker | undefined {
  const head = describedHead(headline);
  if (!head || !ROLE_HEADS.has(head)) return undefined;
  let best: Speaker | undefined;
  let bestCount = 0;
  for (const s of speakers) {
    const heads = [s.name, s.title, ...s.aliases].map(headOf);
    if (!heads.includes(head)) continue;
    const count = quotes.filter((q) => q.speakerId === s.id).length;
    if (count > bestCount) {
      best = s;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The head of a speaker part of at most three words whose other words are descriptions (يمني، حكومي،
 * كبير), not a name: "مسؤول يمني" → مسوول. Null otherwise.
 */
function describedHead(headline: string): string | null {
  const words = matchKey(headline).trim().split(/\s+/);
  if (words.length > 3) return null;
  if (!words.slice(1).every((w) => /يه?$|ين$|ون$/.test(w) || w.startsWith("ال"))) return null;
  return headOf(headline);
}

/** A headline's source named by a role and descriptions only (مسؤول تركي، خبير اقتصادي، مصدر أمني). */
function unnamedSource(headline: string): boolean {
  const head = describedHead(headline);
  return !!head && (ROLE_HEADS.has(head) || head === "مصدر");
}

/** A speaker the article names by role or description only (its name is its role, or a group). */
function unnamedSpeaker(s: Speaker): boolean {
  return s.kind === "group" || s.kind === "unknown" || (!!s.title && speakerKey(s.title) === s.key);
}

/** Content words of a text, folded (ال and a leading و dropped), for comparing a headline with quotes. */
function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of matchKey(text).split(/[^\p{L}\p{N}]+/u)) {
    const k = bareKey(w.length > 3 && w.startsWith("و") ? w.slice(1) : w);
    if (k.length >= 3 || /^\p{N}+$/u.test(k)) out.add(k);
  }
  return out;
}

/**
 * The named person whose quote the headline repeats: at least three of the headline's content words,
 * and half of them, in one of that person's quotes, more than in any quote of the unnamed source the
 * headline was first credited to. Undefined when no quote is that close, or when two different people's
 * quotes are equally close.
 */
function sourceByContent(
  text: string,
  speakers: Speaker[],
  quotes: Quote[],
  unnamed: Speaker | undefined,
): Speaker | undefined {
  const head = contentWords(text);
  if (head.size < 3) return undefined;
  const sharedWith = (q: Quote) => {
    const words = contentWords(q.text);
    let shared = 0;
    for (const w of head) if (words.has(w)) shared++;
    return shared;
  };
  // The unnamed source's own body quotes that say it as closely keep the headline theirs.
  let bestShared = 0;
  for (const q of quotes) if (unnamed && q.speakerId === unnamed.id) bestShared = Math.max(bestShared, sharedWith(q));
  let best: Speaker | undefined;
  let tie = false;
  for (const q of quotes) {
    const s = speakers.find((x) => x.id === q.speakerId);
    if (s?.kind !== "person" || unnamedSpeaker(s)) continue;
    const shared = sharedWith(q);
    if (shared < 3 || shared * 2 < head.size) continue;
    if (shared > bestShared) {
      best = s;
      bestShared = shared;
      tie = false;
    } else if (shared === bestShared && s !== best) tie = true;
  }
  return tie ? undefined : best;
}

/** `SPEAKER: words` quotes in the titles of the page's related or sidebar links. */
export function findHeadlineQuotesInLinks(links: RelatedLink[]): { speaker: string; text: string; url?: string }[] {
  return headlineQuotesInLinks(links);
}
