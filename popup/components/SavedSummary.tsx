import type { QuoteSaved } from "../../src/library/records.ts";

/**
 * The reader's tags and note on a saved quote, shown under it (this page's view and the library's).
 * Tags and notes are the reader's own text, often mixed Arabic and Latin: each sits in its own <bdi>.
 */
export function SavedSummary({ saved }: { saved: QuoteSaved | undefined }) {
  if (!saved || (saved.tags.length === 0 && !saved.note)) return null;
  return (
    <p class="mark-summary save-summary">
      {saved.tags.map((tag) => (
        <span key={tag} class="tag user-tag">
          <bdi>{tag}</bdi>
        </span>
      ))}
      {saved.note && <bdi class="note">{saved.note}</bdi>}
    </p>
  );
}
