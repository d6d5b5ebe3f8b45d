/**
 * The speaker registry: one entry per person or body across the library, built from per-article
 * mentions (records.ts SpeakerMention). Entries are merged by libraryKey (speakerKey.ts), so ديمتري بيسكوف
 * and دميتري بيسكوف are one entry, and a surname-only mention (بيسكوف) attaches to the unique full name
 * sharing its last word.
 *
 * The reader can correct the registry: merge two entries (one points at the other with `mergedInto`; no
 * data is copied, so unmerge restores both exactly) and split an entry by articles (the moved mentions go
 * to a new entry with `splitFrom`; unsplit moves them back). All functions are pure: they return new
 * arrays and never change their input.
 */
import { matchKey } from "../core/normalize/matchKey.ts";
import type { SpeakerKind } from "../core/types.ts";
import type { SavedQuote, SavedSpeaker, SpeakerMention, TitleSeen } from "./records.ts";
import { lastOfKey } from "./speakerKey.ts";

/** The outcome of a registry change: all entries after it, and the keys a store must write or delete. */
export interface RegistryUpdate {
  entries: SavedSpeaker[];
  changed: string[];
  removed: string[];
}

export type RegistryResult = ({ ok: true } & RegistryUpdate) | { ok: false; error: string };

const isFull = (key: string): boolean => key.includes(" ");

/** Code-unit order: the same on every machine, unlike localeCompare. */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function clone(e: SavedSpeaker): SavedSpeaker {
  return { ...e, aliases: [...e.aliases], titles: e.titles.map((t) => ({ ...t })), mentions: [...e.mentions] };
}

function count<T>(items: T[]): Map<T, number> {
  const m = new Map<T, number>();
  for (const x of items) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

/** Word count of a display name, for "the fullest form". */
const words = (s: string): number => s.trim().split(/\s+/).filter(Boolean).length;

/**
 * Recomputes an entry's summary from its mentions: the fullest name (most words, then most frequent,
 * then earliest seen), the other forms as aliases, each title with its first and last date and outlets,
 * and the most frequent known kind.
 */
export function summarize(entry: SavedSpeaker): SavedSpeaker {
  const ms = [...entry.mentions].sort((a, b) => cmp(a.date, b.date) || cmp(a.articleId, b.articleId));
  if (ms.length === 0) return { ...entry, mentions: ms };
  const freq = count(ms.map((m) => m.name));
  let name = ms[0].name;
  for (const m of ms) {
    const better =
      words(m.name) > words(name) || (words(m.name) === words(name) && (freq.get(m.name) ?? 0) > (freq.get(name) ?? 0));
    if (better) name = m.name;
  }
  const seen = new Set([matchKey(name)]);
  const aliases: string[] = [];
  for (const m of ms) {
    for (const form of [m.name, ...m.aliases]) {
      const k = matchKey(form);
      if (!seen.has(k)) {
        seen.add(k);
        aliases.push(form);
      }
    }
  }
  const titles = new Map<string, TitleSeen>();
  for (const m of ms) {
    if (!m.title) continue;
    const k = matchKey(m.title);
    const t = titles.get(k);
    if (!t) {
      titles.set(k, { title: m.title, firstSeen: m.date, lastSeen: m.date, outlets: m.outlet ? [m.outlet] : [] });
    } else {
      t.lastSeen = m.date;
      t.title = m.title;
      if (m.outlet && !t.outlets.includes(m.outlet)) t.outlets.push(m.outlet);
    }
  }
  for (const t of titles.values()) t.outlets.sort();
  const kinds = count(ms.map((m) => m.kind).filter((k) => k !== "unknown"));
  let kind: SpeakerKind = "unknown";
  for (const [k, n] of kinds) if (kind === "unknown" || n > (kinds.get(kind) ?? 0)) kind = k;
  return {
    ...entry,
    name,
    aliases,
    titles: [...titles.values()].sort((a, b) => cmp(a.firstSeen, b.firstSeen) || cmp(a.title, b.title)),
    kind,
    mentions: ms,
  };
}

/** Follows `mergedInto` pointers from `key` to the end (cycles and dangling pointers stop the walk). */
function walk(byKey: ReadonlyMap<string, SavedSpeaker>, key: string): string {
  let k = key;
  const seen = new Set<string>();
  while (!seen.has(k)) {
    seen.add(k);
    const next = byKey.get(k)?.mergedInto;
    if (!next || !byKey.has(next)) break;
    k = next;
  }
  return k;
}

/** The key of the entry an entry finally points at through `mergedInto` (itself when not merged). */
export function rootOf(entries: readonly SavedSpeaker[], key: string): string {
  return walk(new Map(entries.map((e) => [e.key, e])), key);
}

/** Every entry's root key, computed once (for work over the whole registry). */
export function rootsOf(entries: readonly SavedSpeaker[]): Map<string, string> {
  const byKey = new Map(entries.map((e) => [e.key, e]));
  return new Map(entries.map((e) => [e.key, walk(byKey, e.key)]));
}

const isPerson = (kind: SpeakerKind): boolean => kind === "person" || kind === "unknown";

/**
 * Full-name root entries whose last word is `surname` and whose kind agrees (a person with a person,
 * a body with a body: حماس attaches to حركة حماس, not to a person whose family name it is).
 */
function fullNameCandidates(entries: readonly SavedSpeaker[], surname: SavedSpeaker): SavedSpeaker[] {
  return entries.filter(
    (e) =>
      !e.mergedInto &&
      isFull(e.key) &&
      lastOfKey(e.key) === surname.key &&
      isPerson(e.kind) === isPerson(surname.kind) &&
      !e.key.includes("#"),
  );
}

/**
 * Re-decides the automatic attachment of the surname-only entry `surname`: merged into the unique full
 * name sharing it, or detached when there are now several (never overriding the reader's own merges).
 */
function settleSurname(entries: SavedSpeaker[], surname: string, nowIso: string, changed: Set<string>): void {
  const i = entries.findIndex((x) => x.key === surname);
  if (i < 0 || entries[i].mergedBy === "reader") return;
  const cands = fullNameCandidates(entries, entries[i]);
  const target = cands.length === 1 ? cands[0].key : undefined;
  if (entries[i].mergedInto === target) return;
  // Entries may be the caller's objects: change a copy.
  const e = clone(entries[i]);
  entries[i] = e;
  if (target) {
    e.mergedInto = target;
    e.mergedBy = "auto";
  } else {
    delete e.mergedInto;
    delete e.mergedBy;
  }
  e.updatedAt = nowIso;
  changed.add(e.key);
}

const pairOf = (m: Pick<SpeakerMention, "articleId" | "key">): string => `${m.articleId}\u0000${m.key}`;

/**
 * Adds the mentions of newly saved articles. Mentions previously stored for the same articles are
 * replaced (a re-save does not count a speaker twice), and a mention the reader had split off goes back
 * to the entry that held it. Every other mention goes to the entry of its key. A surname-only entry
 * (بيسكوف) attaches to the unique full-name entry sharing its last word (`mergedInto`, mergedBy "auto"),
 * and detaches again if a second full name with that surname appears (ماريا لافروف next to سيرغي
 * لافروف): a pointer, never a copy, so the decision can be re-taken as the library grows.
 */
export function addMentions(
  entries: readonly SavedSpeaker[],
  mentions: readonly SpeakerMention[],
  now: Date,
): RegistryUpdate {
  const nowIso = now.toISOString();
  const articles = new Set(mentions.map((m) => m.articleId));
  const changed = new Set<string>();
  const home = new Map<string, string>();
  let next = entries.map((e) => {
    if (!e.mentions.some((m) => articles.has(m.articleId))) return e;
    const c = clone(e);
    for (const m of c.mentions) if (articles.has(m.articleId)) home.set(pairOf(m), c.key);
    c.mentions = c.mentions.filter((m) => !articles.has(m.articleId));
    changed.add(c.key);
    return c;
  });
  const byKey = new Map(next.map((e) => [e.key, e]));
  const writable = (key: string): SavedSpeaker => {
    let e = byKey.get(key);
    if (!e) {
      e = { key, name: "", aliases: [], titles: [], kind: "unknown", mentions: [], updatedAt: nowIso };
      next.push(e);
    } else if (!changed.has(key)) {
      e = clone(e);
      next = next.map((x) => (x.key === key ? (e as SavedSpeaker) : x));
    }
    byKey.set(key, e);
    changed.add(key);
    return e;
  };
  const surnames = new Set<string>();
  for (const m of mentions) {
    const e = writable(home.get(pairOf(m)) ?? m.key);
    e.mentions.push({ ...m, aliases: [...m.aliases] });
    surnames.add(isFull(m.key) ? lastOfKey(m.key) : m.key);
  }
  next = next.map((e) => (changed.has(e.key) ? { ...summarize(e), updatedAt: nowIso } : e));
  return prune(next, changed, surnames, nowIso);
}

/**
 * Drops entries left without mentions (every article that named them was re-saved without them, or
 * deleted) unless the reader's merges or splits point at them, then re-decides the automatic attachment
 * of the surnames concerned.
 */
function prune(entries: SavedSpeaker[], changed: Set<string>, surnames: Set<string>, nowIso: string): RegistryUpdate {
  const removed: string[] = [];
  const pointedAt = new Set<string>();
  for (const x of entries) {
    if (x.mergedInto && x.mergedBy === "reader") pointedAt.add(x.mergedInto);
    if (x.splitFrom) pointedAt.add(x.splitFrom);
  }
  const next = entries.filter((e) => {
    if (changed.has(e.key) && e.mentions.length === 0 && !pointedAt.has(e.key) && !e.splitFrom) {
      removed.push(e.key);
      surnames.add(lastOfKey(e.key));
      return false;
    }
    return true;
  });
  for (const s of surnames) settleSurname(next, s, nowIso, changed);
  return finish(next, changed, removed);
}

function finish(entries: SavedSpeaker[], changed: Set<string>, removed: string[]): RegistryUpdate {
  const sorted = [...entries].sort((a, b) => cmp(a.key, b.key));
  return { entries: sorted, changed: [...changed].filter((k) => !removed.includes(k)).sort(), removed: removed.sort() };
}

/**
 * Removes every mention of an article (the article was deleted). Entries left empty go, unless the
 * reader's corrections point at them.
 */
export function removeArticleMentions(entries: readonly SavedSpeaker[], articleId: string, now: Date): RegistryUpdate {
  const nowIso = now.toISOString();
  const changed = new Set<string>();
  const next = entries.map((e) => {
    if (!e.mentions.some((m) => m.articleId === articleId)) return e;
    changed.add(e.key);
    return summarize({ ...clone(e), mentions: e.mentions.filter((m) => m.articleId !== articleId), updatedAt: nowIso });
  });
  const surnames = new Set([...changed].map(lastOfKey));
  return prune(next, changed, surnames, nowIso);
}

/**
 * The reader says `fromKey` is the same speaker as `intoKey`. Only a pointer is set, so `unmergeSpeaker`
 * restores both entries exactly. Refused when either is unknown or they are already one speaker.
 */
export function mergeSpeakers(
  entries: readonly SavedSpeaker[],
  fromKey: string,
  intoKey: string,
  now: Date,
): RegistryResult {
  const from = entries.find((e) => e.key === fromKey);
  if (!from || !entries.some((e) => e.key === intoKey)) return { ok: false, error: "unknown speaker" };
  const root = rootOf(entries, intoKey);
  if (rootOf(entries, fromKey) === root) return { ok: false, error: "already the same speaker" };
  const next = entries.map((e) =>
    e.key === fromKey
      ? { ...clone(e), mergedInto: root, mergedBy: "reader" as const, updatedAt: now.toISOString() }
      : e,
  );
  return { ok: true, ...finish(next, new Set([fromKey]), []) };
}

/** Undoes a merge: the entry stands alone again (whatever pointed at it still does). */
export function unmergeSpeaker(entries: readonly SavedSpeaker[], key: string, now: Date): RegistryResult {
  const e = entries.find((x) => x.key === key);
  if (!e?.mergedInto) return { ok: false, error: "not merged" };
  const next = entries.map((x) => {
    if (x.key !== key) return x;
    const c = { ...clone(x), updatedAt: now.toISOString() };
    delete c.mergedInto;
    // A surname the reader detached stays detached: "reader" blocks the automatic attachment.
    if (x.mergedBy === "auto") c.mergedBy = "reader";
    else delete c.mergedBy;
    return c;
  });
  return { ok: true, ...finish(next, new Set([key]), []) };
}

/**
 * The reader says the mentions of `articleIds` in entry `key` are another speaker: they move to a new
 * entry (key `${key}#n`, `splitFrom: key`). Refused when none or all of the entry's mentions would move.
 */
export function splitSpeaker(
  entries: readonly SavedSpeaker[],
  key: string,
  articleIds: readonly string[],
  now: Date,
): RegistryResult & { newKey?: string } {
  const e = entries.find((x) => x.key === key);
  if (!e) return { ok: false, error: "unknown speaker" };
  const ids = new Set(articleIds);
  const moving = e.mentions.filter((m) => ids.has(m.articleId));
  if (moving.length === 0) return { ok: false, error: "none of these articles mention this speaker" };
  if (moving.length === e.mentions.length) return { ok: false, error: "a split must leave some mentions" };
  let n = 2;
  while (entries.some((x) => x.key === `${key}#${n}`)) n++;
  const newKey = `${key}#${n}`;
  const nowIso = now.toISOString();
  const next = entries.map((x) =>
    x.key === key
      ? summarize({ ...clone(x), mentions: x.mentions.filter((m) => !ids.has(m.articleId)), updatedAt: nowIso })
      : x,
  );
  next.push(
    summarize({
      key: newKey,
      name: "",
      aliases: [],
      titles: [],
      kind: "unknown",
      mentions: moving,
      splitFrom: key,
      updatedAt: nowIso,
    }),
  );
  return { ok: true, newKey, ...finish(next, new Set([key, newKey]), []) };
}

/** Undoes a split: the split entry's mentions go back to the entry it came from, and it is removed. */
export function unsplitSpeaker(entries: readonly SavedSpeaker[], splitKey: string, now: Date): RegistryResult {
  const s = entries.find((x) => x.key === splitKey);
  if (!s?.splitFrom || !entries.some((x) => x.key === s.splitFrom)) return { ok: false, error: "not a split entry" };
  const parent = s.splitFrom;
  const nowIso = now.toISOString();
  const changed = new Set([parent]);
  const next = entries
    .filter((x) => x.key !== splitKey)
    .map((x) => {
      if (x.key === parent)
        return summarize({ ...clone(x), mentions: [...x.mentions, ...s.mentions], updatedAt: nowIso });
      if (x.mergedInto === splitKey) {
        changed.add(x.key);
        return { ...clone(x), mergedInto: parent, updatedAt: nowIso };
      }
      return x;
    });
  return { ok: true, ...finish(next, changed, [splitKey]) };
}

/** The keys of every entry that resolves to the same speaker as `key` (the group a merge made). */
export function groupKeys(entries: readonly SavedSpeaker[], key: string): string[] {
  const roots = rootsOf(entries);
  const root = roots.get(key) ?? key;
  return entries.filter((e) => roots.get(e.key) === root).map((e) => e.key);
}

/**
 * One speaker as the reader sees it: the root entry summarized over its own mentions and those of every
 * entry merged into it. Null when the key is unknown.
 */
export function resolveSpeaker(entries: readonly SavedSpeaker[], key: string): SavedSpeaker | null {
  const rootKey = rootOf(entries, key);
  const root = entries.find((e) => e.key === rootKey);
  if (!root) return null;
  const members = groupKeys(entries, root.key);
  const mentions = entries.filter((e) => members.includes(e.key)).flatMap((e) => e.mentions);
  return summarize({ ...clone(root), mentions });
}

/**
 * A predicate telling whether a quote (its speakerKey and articleId) is by the speaker `key`, merges and
 * splits included. Quotes are matched through the mentions, so a split by article takes effect.
 */
export function speakerMatcher(
  entries: readonly SavedSpeaker[],
  key: string,
): (speakerKey: string, articleId: string) => boolean {
  const members = new Set(groupKeys(entries, key));
  const pairs = new Set(entries.filter((e) => members.has(e.key)).flatMap((e) => e.mentions.map(pairOf)));
  return (speakerKey, articleId) => speakerKey !== "" && pairs.has(pairOf({ articleId, key: speakerKey }));
}

/**
 * A lookup from a quote (speakerKey, articleId) to the root key of its speaker, built once for the whole
 * registry (for lists of many quotes); null when the quote has no speaker or the registry does not know it.
 */
export function speakerResolver(
  entries: readonly SavedSpeaker[],
): (quote: Pick<SavedQuote, "speakerKey" | "articleId">) => string | null {
  const roots = rootsOf(entries);
  const byPair = new Map<string, string>();
  for (const e of entries) for (const m of e.mentions) byPair.set(pairOf(m), roots.get(e.key) ?? e.key);
  return (q) => (q.speakerKey ? (byPair.get(pairOf({ articleId: q.articleId, key: q.speakerKey })) ?? null) : null);
}

/** The root key of one quote's speaker in the registry (see `speakerResolver` for many quotes). */
export function speakerOfQuote(
  entries: readonly SavedSpeaker[],
  quote: Pick<SavedQuote, "speakerKey" | "articleId">,
): string | null {
  return speakerResolver(entries)(quote);
}
