import type { UiLanguage } from "../../src/messaging/protocol.ts";
import type { SpeakerGroup } from "../group.ts";
import { t } from "../strings.ts";
import { QuoteItem } from "./QuoteItem.tsx";

/** A speaker (name, title as written, kind) and the quotes attributed to them. */
export function SpeakerQuotes({ group, lang }: { group: SpeakerGroup; lang: UiLanguage }) {
  const { speaker } = group;
  return (
    <section class="speaker" data-speaker-key={speaker?.key ?? ""}>
      <header>
        <h3>
          <bdi lang="ar">{speaker ? speaker.name : t(lang, "speakerUnknown")}</bdi>
        </h3>
        {speaker?.title && (
          <p class="speaker-title" lang="ar" dir="rtl">
            {speaker.title}
          </p>
        )}
        {speaker && <span class="tag kind">{t(lang, `speakerKind_${speaker.kind}`)}</span>}
      </header>
      <ul class="quotes">
        {group.quotes.map((quote) => (
          <QuoteItem key={quote.rowId} quote={quote} lang={lang} />
        ))}
      </ul>
    </section>
  );
}
