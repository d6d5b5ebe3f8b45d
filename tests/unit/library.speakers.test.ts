import { describe, expect, it } from "vitest";
import type { SavedSpeaker, SpeakerMention } from "../../src/library/records.ts";
import { libraryKey } from "../../src/library/speakerKey.ts";
import {
  addMentions,
  groupKeys,
  mergeSpeakers,
  removeArticleMentions,
  resolveSpeaker,
  rootOf,
  speakerMatcher,
  speakerOfQuote,
  splitSpeaker,
  unmergeSpeaker,
  unsplitSpeaker,
} from "../../src/library/speakers.ts";
import { LATER, NOW } from "./library.fixtures.ts";

describe("libraryKey: spellings of one person meet", () => {
  const same: [string, string][] = [
    ["ديمتري بيسكوف", "دميتري بيسكوف"],
    ["ديمتري بيسكوف", "ديميتري بيسكوف"],
    ["سيرجي لافروف", "سيرغي لافروف"],
    ["أنطونيو جوتيريش", "انطونيو غوتيريش"],
    ["فولوديمير زيلينسكي", "فولوديمير زيلنسكي"],
    ["مصطفى الكاظمي", "مصطفي الكاظمى"],
    ["أسامة حمدان", "اسامه حمدان"],
    ["الشيخ الدكتور خالد اليوسف", "خالد اليوسف"],
    ["خالد بن محمد اليوسف", "خالد اليوسف"],
    ["عبد الله الثاني", "عبدالله الثاني"],
    ["الرئيس بشار الأسد", "بشار الاسد"],
    ["بنيامين نتنياهو", "بنيامين نتانياهو"],
    ["دِيمِتْرِي بِيسْكُوف", "ديمتري بيسكوف"],
  ];
  it.each(same)("%s = %s", (a, b) => {
    expect(libraryKey(a)).toBe(libraryKey(b));
    expect(libraryKey(a)).not.toBe("");
  });

  // Different people whose names differ by one letter or a vowel letter must not merge.
  const different: [string, string][] = [
    ["حسن نصر الله", "حسين نصر الله"],
    ["محمد عباس", "محمود عباس"],
    ["سلمان العودة", "سليمان العودة"],
    ["سيرجي لافروف", "ماريا لافروف"],
    ["محمد بن سلمان", "محمد بن زايد"],
    ["قاسم سليماني", "كاسم سليماني"],
  ];
  it.each(different)("%s ≠ %s", (a, b) => {
    expect(libraryKey(a)).not.toBe(libraryKey(b));
  });

  it("keeps every word for organizations, so ministries of one state stay apart", () => {
    expect(libraryKey("وزارة الخارجية الروسية", "organization")).not.toBe(
      libraryKey("وزارة الدفاع الروسية", "organization"),
    );
    expect(libraryKey("وزارة الخارجية الروسية", "organization")).toBe(
      libraryKey("وزارة الخارجيه الروسيه", "organization"),
    );
  });

  it("gives a one-word name its folded word, the last word of the full key", () => {
    expect(libraryKey("بيسكوف")).toBe(libraryKey("ديمتري بيسكوف").split(" ")[1]);
    expect(libraryKey("الدكتور")).toBe("");
    expect(libraryKey("")).toBe("");
  });
});

function mention(
  name: string,
  articleId: string,
  date: string,
  title: string | null = null,
  outlet = "الوطن",
): SpeakerMention {
  return { key: libraryKey(name), name, aliases: [], title, kind: "person", articleId, outlet, date };
}

function build(mentions: SpeakerMention[][]): SavedSpeaker[] {
  let entries: SavedSpeaker[] = [];
  for (const batch of mentions) entries = addMentions(entries, batch, NOW).entries;
  return entries;
}

describe("registry: one person across articles", () => {
  it("merges بيسكوف / ديمتري بيسكوف / دميتري بيسكوف into one speaker with every title and date", () => {
    const entries = build([
      [mention("ديمتري بيسكوف", "a1", "2023-10-12", "المتحدث الرسمي باسم الكرملين", "الوطن")],
      [mention("دميتري بيسكوف", "a2", "2023-11-02", "المتحدث باسم الكرملين", "الجزيرة نت")],
      [mention("بيسكوف", "a3", "2023-12-01", "المتحدث الرسمي باسم الكرملين", "سكاي نيوز عربية")],
    ]);
    const roots = entries.filter((e) => !e.mergedInto);
    expect(roots).toHaveLength(1);
    const p = resolveSpeaker(entries, roots[0].key);
    expect(p?.name).toMatch(/بيسكوف$/);
    expect(p?.name.split(" ")).toHaveLength(2);
    expect(p?.mentions.map((m) => m.articleId)).toEqual(["a1", "a2", "a3"]);
    expect(p?.aliases).toEqual(expect.arrayContaining(["بيسكوف"]));
    expect(p?.titles).toEqual([
      {
        title: "المتحدث الرسمي باسم الكرملين",
        firstSeen: "2023-10-12",
        lastSeen: "2023-12-01",
        outlets: ["الوطن", "سكاي نيوز عربية"],
      },
      { title: "المتحدث باسم الكرملين", firstSeen: "2023-11-02", lastSeen: "2023-11-02", outlets: ["الجزيرة نت"] },
    ]);
  });

  it("attaches a surname saved before the full name once the full name arrives", () => {
    const entries = build([[mention("لافروف", "a1", "2023-01-01")], [mention("سيرغي لافروف", "a2", "2023-01-02")]]);
    const surname = entries.find((e) => e.key === libraryKey("لافروف"));
    expect(surname?.mergedInto).toBe(libraryKey("سيرغي لافروف"));
    expect(surname?.mergedBy).toBe("auto");
    expect(rootOf(entries, libraryKey("لافروف"))).toBe(libraryKey("سيرجي لافروف"));
  });

  it("does not attach a surname shared by two full names, and detaches it when a second one appears", () => {
    const one = build([[mention("سيرغي لافروف", "a1", "2023-01-01")], [mention("لافروف", "a2", "2023-01-02")]]);
    expect(one.filter((e) => !e.mergedInto)).toHaveLength(1);
    const two = build([
      [mention("لافروف", "a0", "2023-01-01")],
      [mention("سيرغي لافروف", "a1", "2023-01-01")],
      [mention("ماريا لافروف", "a2", "2023-01-02")],
    ]);
    const surname = two.find((e) => e.key === libraryKey("لافروف"));
    expect(surname?.mergedInto).toBeUndefined();
    expect(two.filter((e) => !e.mergedInto)).toHaveLength(3);
  });

  it("replaces an article's mentions when it is saved again (no double counting)", () => {
    const entries = build([
      [mention("ديمتري بيسكوف", "a1", "2023-10-12")],
      [mention("ديمتري بيسكوف", "a1", "2023-10-12")],
    ]);
    expect(entries).toHaveLength(1);
    expect(entries[0].mentions).toHaveLength(1);
  });

  it("drops entries whose only article was re-saved without them, and on article removal", () => {
    let entries = build([[mention("ديمتري بيسكوف", "a1", "2023-10-12"), mention("سيرغي لافروف", "a1", "2023-10-12")]]);
    const upd = addMentions(entries, [mention("ديمتري بيسكوف", "a1", "2023-10-12")], LATER);
    expect(upd.removed).toEqual([libraryKey("سيرغي لافروف")]);
    entries = upd.entries;
    const del = removeArticleMentions(entries, "a1", LATER);
    expect(del.entries).toEqual([]);
    expect(del.removed).toEqual([libraryKey("ديمتري بيسكوف")]);
  });

  it("never changes its input", () => {
    const entries = build([[mention("لافروف", "a1", "2023-01-01")]]);
    const copy = structuredClone(entries);
    addMentions(entries, [mention("سيرغي لافروف", "a2", "2023-01-02")], LATER);
    expect(entries).toEqual(copy);
  });
});

describe("registry: the reader's merge and split are reversible", () => {
  const base = build([
    [mention("محمد عباس", "a1", "2023-01-01")],
    [mention("محمود عباس", "a2", "2023-01-02", "الرئيس الفلسطيني")],
    [mention("محمود عباس", "a3", "2023-01-03", "الرئيس الفلسطيني")],
  ]);
  const abbas = libraryKey("محمود عباس");
  const other = libraryKey("محمد عباس");

  it("merge points one entry at the other; unmerge restores both exactly", () => {
    const m = mergeSpeakers(base, other, abbas, LATER);
    if (!m.ok) throw new Error(m.error);
    expect(groupKeys(m.entries, other).sort()).toEqual([abbas, other].sort());
    expect(resolveSpeaker(m.entries, other)?.mentions).toHaveLength(3);
    expect(speakerMatcher(m.entries, abbas)(other, "a1")).toBe(true);
    const u = unmergeSpeaker(m.entries, other, LATER);
    if (!u.ok) throw new Error(u.error);
    const strip = (es: SavedSpeaker[]) => es.map(({ updatedAt: _u, ...rest }) => rest);
    expect(strip(u.entries)).toEqual(strip(base));
  });

  it("refuses merging a speaker into itself or an unknown key", () => {
    expect(mergeSpeakers(base, abbas, abbas, LATER).ok).toBe(false);
    expect(mergeSpeakers(base, abbas, "لا أحد", LATER).ok).toBe(false);
    expect(unmergeSpeaker(base, abbas, LATER).ok).toBe(false);
  });

  it("split moves an article's mentions to a new entry; quotes follow; unsplit restores", () => {
    const s = splitSpeaker(base, abbas, ["a3"], LATER);
    if (!s.ok || !s.newKey) throw new Error("split failed");
    const newKey = s.newKey;
    expect(s.entries.find((e) => e.key === newKey)).toMatchObject({
      splitFrom: abbas,
      mentions: [expect.objectContaining({ articleId: "a3" })],
    });
    expect(speakerOfQuote(s.entries, { speakerKey: abbas, articleId: "a3" })).toBe(newKey);
    expect(speakerOfQuote(s.entries, { speakerKey: abbas, articleId: "a2" })).toBe(abbas);
    expect(speakerMatcher(s.entries, abbas)(abbas, "a3")).toBe(false);
    // A re-save of the split article keeps its mention on the split entry.
    const again = addMentions(s.entries, [mention("محمود عباس", "a3", "2023-01-03", "الرئيس الفلسطيني")], LATER);
    expect(speakerOfQuote(again.entries, { speakerKey: abbas, articleId: "a3" })).toBe(newKey);
    const u = unsplitSpeaker(s.entries, newKey, LATER);
    if (!u.ok) throw new Error(u.error);
    expect(u.removed).toEqual([newKey]);
    const strip = (es: SavedSpeaker[]) => es.map(({ updatedAt: _u, ...rest }) => rest);
    expect(strip(u.entries)).toEqual(strip(base));
  });

  it("refuses a split that moves nothing or everything", () => {
    expect(splitSpeaker(base, abbas, ["a1"], LATER).ok).toBe(false);
    expect(splitSpeaker(base, abbas, ["a2", "a3"], LATER).ok).toBe(false);
    expect(unsplitSpeaker(base, abbas, LATER).ok).toBe(false);
  });

  it("keeps a surname the reader detached from being attached again", () => {
    const entries = build([[mention("سيرغي لافروف", "a1", "2023-01-01")], [mention("لافروف", "a0", "2023-01-01")]]);
    const sur = libraryKey("لافروف");
    expect(entries.find((e) => e.key === sur)?.mergedBy).toBe("auto");
    const u = unmergeSpeaker(entries, sur, LATER);
    if (!u.ok) throw new Error(u.error);
    const after = addMentions(u.entries, [mention("سيرغي لافروف", "a5", "2023-02-01")], LATER);
    expect(after.entries.find((e) => e.key === sur)?.mergedInto).toBeUndefined();
    // …and the reader can still merge it by hand.
    const m = mergeSpeakers(after.entries, sur, libraryKey("سيرغي لافروف"), LATER);
    expect(m.ok && m.entries.find((e) => e.key === sur)?.mergedBy).toBe("reader");
  });

  it("attaches a one-word body to the body whose name ends with it, never to a person", () => {
    const org = (name: string, id: string, kind: "group" | "person") => ({
      ...mention(name, id, "2023-01-01"),
      key: libraryKey(name, kind),
      kind,
    });
    const entries = build([
      [org("حماس", "a1", "group")],
      [org("حركة حماس", "a2", "group")],
      [org("أحمد حماس", "a3", "person")],
    ]);
    expect(rootOf(entries, libraryKey("حماس", "group"))).toBe(libraryKey("حركة حماس", "group"));
  });

  it("re-decides a surname when the full name it was attached to disappears", () => {
    const entries = build([[mention("لافروف", "a0", "2023-01-01")], [mention("سيرغي لافروف", "a1", "2023-01-01")]]);
    const sur = libraryKey("لافروف");
    expect(entries.find((e) => e.key === sur)?.mergedInto).toBe(libraryKey("سيرغي لافروف"));
    const after = removeArticleMentions(entries, "a1", LATER);
    expect(after.removed).toEqual([libraryKey("سيرغي لافروف")]);
    expect(after.entries.find((e) => e.key === sur)?.mergedInto).toBeUndefined();
  });
});
