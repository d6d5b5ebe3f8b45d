/**
 * Word lists are kept as one entry a line so a linguist can review and extend them without reading code.
 * Syntax of an entry (matched on the Arabic match key, so spelling of hamza, ة/ه, ى/ي does not matter):
 *   word or phrase     matched as whole words; the clitics و ف ب ل ك and the article ال may precede it
 *   =word              matched exactly, no clitic may precede it
 *   word*              the last word may continue (أضاف* matches أضافت، أضافوا)
 *   # comment          ignored, also after an entry
 */

/** Splits a block of lines into entries, dropping blanks and `#` comments. */
export function lines(block: string): readonly string[] {
  return block
    .split("\n")
    .map((l) => l.replace(/#.*$/, "").trim())
    .filter(Boolean);
}
