/**
 * Reporting verbs: one verb a line, `PAST FORMS | PRESENT FORMS | COMPLEMENTS | FLAGS`.
 * The first past form (3rd person masculine singular) is inflected regularly (ت، وا، ا، تا، ن) and the
 * first present form too (ي→ت، ون، ان); irregular forms are listed after it, space-separated.
 * COMPLEMENTS says what may introduce the reported words:
 *   anna  أن / إن / بأن (+ pronoun)      ila  إلى        ala  على        an  عن
 *   bi    a ب-prefixed word (بحرص، بضرورة)  min  من        dobj a direct object after the subject
 *   q     a question word (متى، كيف) opening an indirect question, kept in the words
 * Every verb also accepts a colon or an opening quotation mark.
 * FLAGS: say = a plain verb of saying (قال) whose complement is a clause only; via = its subject passed the
 * words on (نقل عن), the speaker is named after it; asis = only the forms written, none generated.
 */
export const CUE_VERBS: readonly string[] = [
  "قال|يقول|anna|say",
  "أكد|يؤكد|anna ala dobj|",
  "أوضح|يوضح|anna dobj|",
  "أشار|يشير|ila anna|",
  "أضاف|يضيف|anna|say",
  "أعلن|يعلن|anna an dobj|",
  "صرح|يصرح|anna bi|",
  "شدد|يشدد|ala anna|",
  "لفت|يلفت|ila anna|",
  // "سلط التقرير الضوء على أن …": shed light on that (only with أن; "الضوء على معاناة …" is a topic).
  "سلط|يسلط|anna|",
  // ينف / تنف: the jussive after لم (ولم تنف الوزارة …).
  "نفى نفت نفوا|ينفي تنفي ينف تنف|anna dobj|",
  "حذر|يحذر|min anna|",
  "نصح|ينصح|bi anna|",
  "طالب|يطالب|bi anna|",
  "دعا دعت دعوا|يدعو تدعو|ila|",
  "اعتبر|يعتبر|anna dobj|",
  "رأى رأت رأوا|يرى ترى|anna|",
  "كشف|يكشف|an anna|",
  "أعرب|يعرب|an|",
  "عبر|يعبر|an|",
  "أشاد|يشيد|bi|",
  "تابع|يتابع|anna|say",
  "استطرد|يستطرد|anna|say",
  "زعم|يزعم|anna|",
  "ذكر|يذكر|anna|",
  "أفاد|يفيد|anna bi an|",
  "نوه|ينوه|ila bi anna|",
  "أبلغ|يبلغ|anna|",
  "أردف|يردف|anna|say",
  "بين|يبين|anna|",
  "أبان|يبين|anna|",
  "اختتم|يختتم|anna|say",
  "رجح|يرجح|anna dobj|",
  "توقع|يتوقع|anna dobj|",
  "أقر|يقر|anna bi|",
  "اعترف|يعترف|anna bi|",
  "أبدى أبدت|يبدي تبدي|dobj|",
  "ثمن|يثمن|dobj|",
  "أثنى أثنت|يثني تثني|ala|",
  "رحب|يرحب|bi|",
  "انتقد|ينتقد|dobj|",
  "استنكر|يستنكر|dobj|",
  "أدان|يدين|dobj|",
  "وصف|يصف|bi q|",
  "تساءل|يتساءل|anna an q|",
  "أوصى|يوصي|bi|",
  "تعهد|يتعهد|bi|",
  "هدد|يهدد|bi|",
  "توعد|يتوعد|bi|",
  // طمأن المواطنين بأن …: whom he reassured stands between the verb and بأن.
  "طمأن|يطمئن|bi anna|",
  // وعد "promised", past only: the present يعد is as often يُعدّ "is considered".
  "وعد وعدت وعدوا||bi anna|asis",
  "ألمح|يلمح|ila anna|",
  "كتب|يكتب|anna|",
  "غرد|يغرد|anna|",
  "نقل|ينقل|an|via",
  "نسب|ينسب|ila|via",
  // علمت من (learned from): "وعلمت «عمون» من مصادر مطلعة أن …" — the outlet learned, the sources spoke.
  // Only this form: علم is as often "science" or "flag" (علم الاجتماع).
  "علمت||anna|via asis",
  // "أظهر استطلاع للرأي أن …"، "أظهرت الدراسة أن …": a study or poll shows, with أن only. (The present
  // يظهر أن is the impersonal "it appears that": not listed.)
  "أظهر أظهرت||anna|asis",
  "أورد|يورد|anna|",
  "جدد|يجدد|dobj|",
  "تمنى تمنت|يتمنى تتمنى|bi anna|",
  "حث|يحث|ala|",
  "حض|يحض|ala ila|",
  "ادعى ادعت|يدعي تدعي|anna|",
  "أجاب|يجيب|anna|say",
  "استدرك|يستدرك|anna|say",
  "ختم|يختم|anna|say",
  "نبه|ينبه|ila anna|",
  "استبعد|يستبعد|anna dobj|",
  "أنكر|ينكر|anna dobj|",
  // "وبرر السائقون الارتفاع بالزحام"، "برر الوزير القرار بأن …": the reason given is what was said.
  "برر|يبرر|bi anna|",
  // "وقدّر المستثمر العائد بـ…"، "قدرت الحملة تكلفة خطتها …": an estimate. Past only: the present
  // (يُقدّر، تُقدّر الخسائر بـ) is most often the passive "is estimated".
  "قدر قدرت قدروا||dobj anna|asis",
  // "وواصل فان بيرسي في حديث للصحيفة: «…»": went on saying (with a colon, marks or أن only).
  "واصل|يواصل|anna|",
  // "وأحصى المرصد سقوط 600 قذيفة": a monitor's count.
  "أحصى أحصت|يحصي تحصي|dobj anna|",
  // أرجع (traced a cause to): past only, since يرجع is as often "goes back" with no speaker.
  "أرجع||ila anna dobj|",
  // عزا (put down to): "وعزا الخبير التراجع إلى …"، "تعزو الشركة ذلك إلى …".
  // (Not عزت "she attributed": written the same as the given name عزت, far more often the name.)
  "عزا عزوا|يعزو تعزو|ila dobj|",
  "أفصح|يفصح|an|",
  // رفض / رد / سأل are also nouns (رفض، رد) or take a person as object: find.ts reads their bare
  // forms only where a clause opens (AMBIGUOUS_CUES).
  "رفض|يرفض|anna dobj|",
  // Moroccan and Algerian copy: زاد (added), سجّل (noted); أبرز only as the participle مبرزا (its verb
  // is as often "shows" with a thing as subject: وتبرز هشاشة الاقتصاد).
  "زاد|يزيد|anna|",
  "سجل|يسجل|anna|",
  // The past أبرز with أن ("وأبرز المسؤول أن …") is a statement; the present stays out (above).
  "أبرز أبرزت أبرزوا||anna|asis",
  "رد|يرد|anna|",
  // Accusations and complaints are statements a fact-checker follows as much as قال. (Not أمل "hoped",
  // a given name as often; not علّق "commented", "hung" as often.)
  "اتهم|يتهم|dobj|",
  // أصرّ على أن: insisted (على أن / على + a verbal noun).
  "أصر|يصر|ala anna|",
  "اشتكى اشتكت اشتكوا|يشتكي تشتكي|min anna|",
  // (شكى: the spelling with ى, as pages often write it.)
  "شكا شكت شكوا شكى|يشكو تشكو|min anna|",
  "سأل|يسأل|q|",
  "شرح|يشرح|anna|",
  "لاحظ|يلاحظ|anna|",
  "اقترح|يقترح|anna|",
  "جزم|يجزم|bi anna|",
  "خلص|يخلص|ila|",
  "أخبر|يخبر|anna|",
  "روى روت رووا|يروي تروي|anna|",
  "تحدث|يتحدث|an|",
  "اعتقد|يعتقد|anna|",
  // علّق على ذلك بأن …: only with أن / بأن (علّقت الوزارة الدراسة is "suspended").
  "علق|يعلق|anna|",
];
