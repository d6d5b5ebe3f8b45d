/** The reader's verdicts as shown and as written into ClaimReview's textual rating, per language. */
import type { Verdict } from "../records.ts";

export const VERDICT_LABELS: Readonly<Record<"ar" | "en", Readonly<Record<Verdict, string>>>> = {
  ar: {
    "to-check": "للتحقق",
    false: "خطأ",
    misleading: "مضلل",
    true: "صحيح",
    unverifiable: "لا يمكن التحقق منه",
  },
  en: {
    "to-check": "To check",
    false: "False",
    misleading: "Misleading",
    true: "True",
    unverifiable: "Unverifiable",
  },
};
