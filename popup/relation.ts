/**
 * The relation the related view shows for an article. The related index (src/related) labels a pair
 * "same event" from text similarity alone; in a small library that similarity is unreliable (with a
 * handful of articles, no word is rare and two unrelated reports can share a third of their weight),
 * so the view asks for evidence a reader can check before saying "same event" or "follow-up": a shared
 * statement, a shared speaker, or texts much closer than the index's own threshold.
 */
import type { RelatedWhy } from "../src/related/index.ts";

/** Text similarity at which two reports alone are shown as the same event (the index's is 0.25). */
export const SAME_EVENT_BY_TEXT = 0.45;

export function shownRelation(why: RelatedWhy): RelatedWhy["relation"] {
  if (why.relation !== "same-event" && why.relation !== "follow-up") return why.relation;
  const evidence = why.sharedQuotes.length > 0 || why.sharedSpeakers.length > 0 || why.similarity >= SAME_EVENT_BY_TEXT;
  return evidence ? why.relation : "related";
}
