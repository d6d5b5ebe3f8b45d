/** Causes, comparisons, records and predictions. One entry a line; see lines.ts. */
import { lines } from "./lines.ts";

/** Causal markers: a stated cause is a checkable link. */
export const CAUSAL = lines(`
أدى إلى
أدت إلى
أديا إلى
أدى الى
أدت الى
يؤدي إلى
تؤدي إلى
ما أدى
مما أدى
ما أدت
بسبب
نتيجة
جراء
من جراء
إثر
على إثر
بفعل
تسبب
تسببت
يتسبب
تتسبب
أسفر عن
أسفرت عن
يسفر
تسفر
أفضى إلى
أفضت إلى
نجم عن
نجمت عن
ناتج عن
الناجم عن
الناجمة عن
خلف
خلفت
أوقع
أوقعت
لذلك
ولهذا
بالتالي
وبالتالي
مسؤول عن
مسؤولة عن
`);

/** Comparisons and changes: more/less than, rises and falls. */
export const COMPARISON = lines(`
أكثر من
أقل من
أكبر من
أصغر من
أعلى من
أدنى من
مقارنة
مقارنة مع
بالمقارنة
مقابل
بزيادة
زيادة
بارتفاع
ارتفع
ارتفعت
ارتفاع
يرتفع
ليرتفع
لترتفع
انخفض
انخفضت
انخفاض
بانخفاض
تراجع
تراجعت
بتراجع
تضاعف
تضاعفت
يفوق
تفوق
يتجاوز
تجاوز
تجاوزت
تخطى
تخطت
قفز
قفزت
هبط
هبطت
نما
تنمو
ينمو
نمو
بنمو
ضعف
أضعاف
حوالي
حوالى
نحو
قرابة
ما يقارب
ما يزيد على
ما يزيد عن
`);

/** Superlatives, records and firsts. */
export const SUPERLATIVE = lines(`
أكبر
أضخم
أعلى
أكثر
أقل
أدنى
أسوأ
أفضل
أطول
أقصر
أقدم
أحدث
أول
الأول
الأولى
الأول من نوعه
الأولى من نوعها
لأول مرة
للمرة الأولى
الوحيد
الوحيدة
قياسي
قياسية
رقم قياسي
رقما قياسيا
قياسيا
غير مسبوق
غير مسبوقة
تاريخي
تاريخية
الأعلى
الأكبر
الأدنى
الأقل
الأكثر
الأفضل
الأسوأ
`);

/** Predictions and plans: statements about the future can be checked when the time comes. */
export const PREDICTION = lines(`
سوف
سيتم
ستتم
من المتوقع
من المنتظر
من المقرر
المقرر
يتوقع
تتوقع
توقع
توقعت
متوقع
يرتقب
مرتقب
بحلول
يفترض أن
من المفترض
يعتزم
تعتزم
تخطط
يخطط
يعد ب
وعد
وعدت
تعهد
تعهدت
# Intentions: announced plans are not yet facts.
اعتزام
اعتزامه
اعتزامها
نيته
نيتها
نيتهم
ينوي
تنوي
# Aims: what a plan or a body means to achieve, not what it did.
يسعى
تسعى
يهدف
تهدف
الرامية
الرامي
يرمي
ترمي
`);

/**
 * Words that begin with the future prefix س but are not verbs in the future: the prefix rule
 * (سيـ، ستـ، سنـ followed by an imperfect verb) skips them.
 */
export const FUTURE_PREFIX_EXCEPTIONS = lines(`
سياسة
سياسي
سياسية
سياسيين
سياسات
سيارة
سيارات
سيادة
سيادي
سيطرة
سيطر
سيطرت
سيطروا
سيدة
سيدات
سيد
سيول
سيناء
سيناريو
سيرة
سير
ستة
ستين
ستون
ستار
ستراتيجية
سنة
سنوات
سنوي
سنويا
سنوية
سنين
سنتين
سنغافورة
سيرجي
سيرغي
سيئة
سيء
سيف
سينما
ستوكهولم
سنودن
سيول
`);
