/** Figures written as words, magnitudes, currencies and percentages. One entry a line; see lines.ts. */
import { lines } from "./lines.ts";

/** Number words: a figure written out is as checkable as one written in digits. */
export const NUMBER_WORDS = lines(`
واحد
اثنان
اثنين
اثنتين
ثلاث
ثلاثة
أربع
أربعة
خمس
خمسة
ستة
سبعة
ثمان
ثماني
ثمانية
تسع
تسعة
عشر
عشرة
عشرون
عشرين
ثلاثون
ثلاثين
أربعون
أربعين
خمسون
خمسين
ستون
ستين
سبعون
سبعين
ثمانون
ثمانين
تسعون
تسعين
مئة
مائة
مئتين
مائتي
مئات
ألف
ألفا
ألفًا
آلاف
ألفين
مليون
ملايين
مليونا
مليار
مليارات
تريليون
عشرات
نصف
# ضعف is also "weakness": with a clitic (لضعف، وضعف) it nearly always is, so only the bare word counts.
=ضعف
=الضعف
ضعفي
أضعاف
ثلث
ربع
خمس مرات
عدة مرات
`);

/** Magnitude words large enough that a count of people in one conflict is implausible when joined to them. */
export const HUGE_MAGNITUDES = lines(`
مليون
ملايين
مليونا
مليار
مليارات
تريليون
`);

/** Currencies and money words. */
export const MONEY_WORDS = lines(`
دولار
دولارا
دولارات
الدولارات
يورو
ريال
ريالا
ريالات
جنيه
جنيها
جنيهات
درهم
دراهم
دينار
دنانير
ليرة
ليرات
روبل
يوان
ين
استرليني
إسترليني
دولار أمريكي
ميزانية
موازنة
تمويل
قرض
قروض
استثمار
استثمارات
صفقة بقيمة
بقيمة
تكلفة
بتكلفة
إيرادات
أرباح
خسائر
الناتج المحلي
`);

/** Percent words ("%" and "٪" are matched as characters). */
export const PERCENT_WORDS = lines(`
بالمئة
بالمائة
في المئة
في المائة
المئة
نسبة
بنسبة
معدل
`);
