/** The speaker key that merges transliteration variants, within an article and across the library. */
import { describe, expect, it } from "vitest";
import { lastKeyWord, speakerKey } from "../../src/core/speakers/key.ts";

describe("speakerKey merges spelling variants", () => {
  it.each([
    ["سيرجي لافروف", "سيرغي لافروف"],
    ["ديمتري بيسكوف", "دميتري بيسكوف"],
    ["أنطونيو جوتيريش", "أنطونيو غوتيريش"],
    ["عبد العزيز", "عبدالعزيز"],
    ["الجيش الإسرائيلي", "الجيش الاسرائيلى"],
    ["وزارة الصحة", "وزاره الصحه"],
    ["«لافروف»", "لافروف"],
    ["آشتون كارتر", "أشتون كارتر"],
  ])("%s = %s", (a, b) => {
    expect(speakerKey(a)).toBe(speakerKey(b));
  });

  it.each([
    ["الدول", "الدولي"],
    ["إيران", "ران"],
    ["متعب الجهني", "فيصل الجهني"],
    ["بيسكوف", "لافروف"],
  ])("%s ≠ %s", (a, b) => {
    expect(speakerKey(a)).not.toBe(speakerKey(b));
  });

  it("the surname is the key's last word", () => {
    expect(lastKeyWord(speakerKey("سيرجي لافروف"))).toBe(speakerKey("لافروف"));
    expect(speakerKey("")).toBe("");
  });
});
