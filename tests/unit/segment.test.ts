/** Sentences and clauses, quote-aware, with UTF-16 offsets into the text. */
import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/core/normalize/tokens.ts";
import { pairMarks, splitClauses, splitSentences } from "../../src/core/segment/index.ts";

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe("splitSentences", () => {
  it.each([
    ["قال الوزير إن الوضع مستقر. وأضاف أن الحل قريب.", ["قال الوزير إن الوضع مستقر.", "وأضاف أن الحل قريب."]],
    ["هل انتهت الأزمة؟ لا أحد يعرف!", ["هل انتهت الأزمة؟", "لا أحد يعرف!"]],
    ["الفقرة الأولى\n\nالفقرة الثانية", ["الفقرة الأولى", "الفقرة الثانية"]],
    ["ارتفعت الأسعار بنسبة 7.3 % هذا العام.", ["ارتفعت الأسعار بنسبة 7.3 % هذا العام."]],
    [
      "وقال: «نظل لا نعرف. لكن نعرف الكثير». وانتهى اللقاء.",
      ["وقال: «نظل لا نعرف. لكن نعرف الكثير».", "وانتهى اللقاء."],
    ],
    ['حض الائتلاف على "ضبط النفس." وقال المرصد.', ['حض الائتلاف على "ضبط النفس."', "وقال المرصد."]],
    ["كان محبا ومضحكا.. لم أكن أعتقد ذلك.", ["كان محبا ومضحكا..", "لم أكن أعتقد ذلك."]],
    // A title's one-letter abbreviation (د. doctor, م. engineer) ends no sentence…
    ["وبين د. خالد العتيبي أن الحالات مستقرة.", ["وبين د. خالد العتيبي أن الحالات مستقرة."]],
    ["وقال م. البنيان إن الفنادق زادت.", ["وقال م. البنيان إن الفنادق زادت."]],
    // …but the era after a year does (عام 2015 م.).
    ["افتتح الفندق عام 2015 م. وأضاف أن", ["افتتح الفندق عام 2015 م.", "وأضاف أن"]],
  ])("%s", (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it("a quotation over two paragraphs is one sentence", () => {
    const t = 'وقال: "الخطة جاهزة.\n\nوسنبدأ غدا". ثم غادر.';
    expect(texts(t)).toEqual(['وقال: "الخطة جاهزة.\n\nوسنبدأ غدا".', "ثم غادر."]);
  });

  it("offsets point into the text", () => {
    const t = "  أولا. ثانيا؟\nثالثا";
    for (const s of splitSentences(t)) expect(t.slice(s.start, s.end)).toBe(s.text);
  });

  it("an unclosed mark does not swallow the rest of a long text", () => {
    const t = `بدأ "الحدث. ${"جملة قصيرة أخرى. ".repeat(400)}`;
    expect(splitSentences(t).length).toBeGreaterThan(300);
  });
});

describe("splitClauses", () => {
  it("cuts at ، ؛ outside quotation marks only", () => {
    const got = splitClauses("قال الوزير، في بيان، إن «الوضع، رغم كل شيء، مستقر»؛ وانتهى.").map((c) => c.text);
    expect(got).toEqual(["قال الوزير", "في بيان", "إن «الوضع، رغم كل شيء، مستقر»", "وانتهى."]);
  });
});

describe("pairMarks", () => {
  const pairs = (t: string) => {
    const tokens = tokenize(t);
    return pairMarks(tokens, t).map((p) =>
      t.slice((tokens[p.open] as { end: number }).end, (tokens[p.close] as { start: number }).start),
    );
  };

  it.each([
    ["«كييف» و«موسكو»", ["كييف", "موسكو"]],
    ['قال: "شركة "إيرباص" الأوروبية"', ['شركة "إيرباص" الأوروبية', "إيرباص"]],
    ['بين و"حدات حماية الشعب" الكردية', ["حدات حماية الشعب"]],
    ['على صلة بـ"الجيش الحر" تمكنت', ["الجيش الحر"]],
    ["قال “نعم” ثم ”لا“", ["نعم", "لا"]],
    // Guillemets mirrored as some sites type them: » opens and « closes.
    ["وقال مدير المستشفى لـ»المدينة« إن الحالات مستقرة", ["المدينة"]],
    ["وقال لـ»المدينة«: »الحالات مستقرة ولا خوف«.", ["المدينة", "الحالات مستقرة ولا خوف"]],
    // (A lone » with no « after it is no mirrored opening: « … » pairs as typed.)
    ["«كييف» و«موسكو» تتحاوران", ["كييف", "موسكو"]],
  ])("%s", (input, expected) => {
    expect(pairs(input).sort()).toEqual([...expected].sort());
  });
});
