/** Words the consistency rules look for inside one article. One entry a line; see lines.ts. */
import { lines } from "./lines.ts";

/**
 * Casualty nouns of violence. Counted in millions for one war's reports they are implausible.
 * Disease cases (إصابات، مصابين) and the displaced (نازحين، لاجئين) are left out on purpose:
 * millions of infections or refugees are real figures.
 */
export const CASUALTY_NOUNS = lines(`
جرحى
الجرحى
جريح
قتلى
القتلى
قتيل
شهداء
الشهداء
شهيد
مفقودين
المفقودين
مفقود
ضحايا
الضحايا
ضحية
`);

/** Anaphoric nouns that refer back to an earlier statement: "this announcement came from X". */
export const STATEMENT_NOUNS = lines(`
الإعلان
التصريح
التصريحات
البيان
الموقف
الكلام
القرار
الحديث
التأكيد
الرد
التعليق
`);

/** Verbs that introduce the source of such a statement: جاء هذا الإعلان من …، صدر البيان عن … */
export const SOURCE_VERBS = lines(`
جاء
جاءت
صدر
صدرت
`);

/**
 * Role and institution words that do not identify which actor is meant ("حكومة" of whom?), ignored when
 * comparing an actor named twice.
 */
export const GENERIC_ROLE_WORDS = lines(`
حكومة
الحكومة
وزارة
وزير
رئيس
رئاسة
المتحدث
متحدث
الرسمي
الرسمية
باسم
مكتب
مجلس
سلطات
السلطات
الجانب
الطرف
قيادة
إدارة
نظام
دولة
الدولة
العاصمة
مسؤول
مسؤولي
مسؤولين
جانب
لسان
قبل
طرف
`);
