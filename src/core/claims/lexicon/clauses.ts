/** Words that open a new clause inside a long sentence (after a comma). One entry a line; see lines.ts. */
import { lines } from "./lines.ts";

/** Participles and connectives that start a clause of their own; reporting and event verbs do too. */
export const CLAUSE_STARTERS = lines(`
مضيفا
مضيفة
مشيرا
مشيرة
مؤكدا
مؤكدة
لافتا
لافتة
موضحا
موضحة
منوها
واصفا
معتبرا
محذرا
مطالبا
داعيا
فيما
بينما
في حين
حيث
كما
إلا أن
غير أن
لكن
لكنه
ولكن
ما أدى
مما أدى
ما أسفر
مما أسفر
إضافة إلى
علما بأن
يذكر أن
يشار إلى
وكان
وكانت
وقد
`);
