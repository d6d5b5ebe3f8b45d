/**
 * Headline quotes: titles of the form `SPEAKER: words` (قائد الحرس الثوري: مستعدون …), also
 * "SPEAKER :words" and "SPEAKER لـ«outlet»: words". A place prefix (أمريكا: السجن 8 سنوات …) and a
 * byline (عبدالله الراجحي- سبق- جدة:) are not quotes.
 */
import { SECTION_LABELS } from "../lexicon/sectionLabels.ts";
import { STATES } from "../lexicon/states.ts";
import { matchKey } from "../normalize/matchKey.ts";
import { bareKey } from "../normalize/tokens.ts";
import type { RelatedLink } from "../types.ts";

export interface HeadlineQuote {
  speaker: string;
  text: string;
  /** The outlet named in "X لـ«outlet»: …", when given. */
  via: string | null;
}

const SECTION_KEYS = new Set(SECTION_LABELS.map((s) => matchKey(s)));
const STATE_KEYS = new Set(STATES.map((s) => bareKey(matchKey(s))));
/** First words of a statement in the first person or a negation: what a place prefix never starts with. */
const SPEECH_START = /^(?:لن|لا|لم|لسنا|نحن|سن|ن[^\s]{2,}|أنا|مستعد|ندعو|نرفض|نطالب)/u;
const MAX_SPEAKER_WORDS = 7;
/**
 * Longest speaker part of a subtitle or standfirst (`SPEAKER: words` under the headline), which has
 * room for a long role and a name ("رئيس اتحاد مصدري جنوب شرق الأناضول أحمد قاراجا").
 */
export const BLOCK_SPEAKER_WORDS = 10;
const NOT_IN_SPEAKER = new Set(
  ["على", "في", "من", "إلى", "عن", "بعد", "قبل", "ضد", "مع", "بين", "حول", "منذ", "خلال", "و"].map(matchKey),
);

/**
 * Reads `SPEAKER: words` from a title (a speaker part of at most maxSpeakerWords words); null when the
 * title is not a headline quote.
 */
export function parseHeadlineQuote(title: string, maxSpeakerWords = MAX_SPEAKER_WORDS): HeadlineQuote | null {
  const t = title.replace(/\s+/g, " ").trim();
  const colon = t.search(/\s?[:：]/u);
  if (colon <= 0) return null;
  let speaker = t.slice(0, colon).trim();
  let text = t
    .slice(colon)
    .replace(/^\s?[:：]\s*/u, "")
    .trim();
  // A dash in the speaker part is a byline or dateline (عبدالله الراجحي- سبق- جدة).
  if (/[-–—|/]/.test(speaker)) return null;
  let via: string | null = null;
  const m = speaker.match(/^(.*?)\s+لـ?\s?[«"“](.+?)[»"”]$/u);
  if (m) {
    speaker = (m[1] as string).trim();
    via = (m[2] as string).trim();
  }
  speaker = speaker.replace(/^[«"“]|[»"”]$/gu, "").trim();
  text = text.replace(/^[«"“](.*)[»"”]$/u, "$1").trim();
  const words = speaker.split(" ").filter(Boolean);
  if (!words.length || words.length > maxSpeakerWords) return null;
  if (text.split(" ").filter(Boolean).length < 2) return null;
  if (!/\p{Script=Arabic}/u.test(speaker)) return null;
  // Digits in the speaker part are a time or a list, not a name.
  if (/\p{N}/u.test(speaker)) return null;
  // A preposition or a conjunction joining two things makes it a summary, not a speaker
  // ("غارات على خان يونس ومصادر طبية: …").
  if (speaker.split(" ").some((w) => NOT_IN_SPEAKER.has(matchKey(w)))) return null;
  // A section label (عاجل، بالصور، تقرير) is not a speaker.
  if (SECTION_KEYS.has(matchKey(speaker))) return null;
  // A state alone is usually a place prefix, unless the words are in the first person.
  if (STATE_KEYS.has(bareKey(matchKey(speaker))) && !SPEECH_START.test(text)) return null;
  return { speaker, text, via };
}

/** A subtitle or list line without the dash or bullet it opens with ("- الوزير: …"، "• الوزير: …"). */
export function withoutBullet(line: string): string {
  return line.replace(/^[-–—•·]\s*/u, "");
}

/** `SPEAKER: words` quotes in the titles of the page's related or sidebar links. */
export function headlineQuotesInLinks(links: RelatedLink[]): { speaker: string; text: string; url?: string }[] {
  const out: { speaker: string; text: string; url?: string }[] = [];
  const seen = new Set<string>();
  for (const l of links) {
    const h = parseHeadlineQuote(l.title);
    if (!h) continue;
    const k = `${matchKey(h.speaker)}|${matchKey(h.text)}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(l.url ? { speaker: h.speaker, text: h.text, url: l.url } : { speaker: h.speaker, text: h.text });
  }
  return out;
}
