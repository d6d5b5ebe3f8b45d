import { useEffect, useRef, useState } from "preact/hooks";
import { VERDICTS } from "../../src/library/records.ts";
import type { Verdict } from "../../src/messaging/protocol.ts";
import { usePopup } from "../context.ts";
import { t, tv } from "../strings.ts";

let formIds = 0;
const useFormId = () => useRef(`f${++formIds}`).current;

/** Focus the first field when a form opens; Escape closes it. */
function useFormFocus(onCancel: () => void) {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>("input, select, textarea")?.focus();
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };
  return { ref, onKeyDown };
}

interface SaveProps {
  tags: string[];
  note: string;
  onSubmit: (edit: { tags: string[]; note: string }) => void;
  onCancel: () => void;
  onRemove?: () => void;
}

/** Tags and a note for a saved quote. */
export function SaveForm({ tags, note, onSubmit, onCancel, onRemove }: SaveProps) {
  const { lang } = usePopup();
  const id = useFormId();
  const [tagText, setTagText] = useState(tags.join("، "));
  const [noteText, setNoteText] = useState(note);
  const { ref, onKeyDown } = useFormFocus(onCancel);
  return (
    <form
      ref={ref}
      class="mark-form save-form"
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({ tags: tagText.split(/[,،\n]/), note: noteText });
      }}
    >
      <label for={`${id}-tags`}>{t(lang, "fieldTags")}</label>
      <input id={`${id}-tags`} name="tags" value={tagText} onInput={(e) => setTagText(e.currentTarget.value)} />
      <label for={`${id}-note`}>{t(lang, "fieldNote")}</label>
      <textarea
        id={`${id}-note`}
        name="note"
        rows={2}
        value={noteText}
        onInput={(e) => setNoteText(e.currentTarget.value)}
      />
      <div class="form-actions">
        <button type="submit" class="primary">
          {t(lang, "actionSave")}
        </button>
        <button type="button" onClick={onCancel}>
          {t(lang, "actionCancel")}
        </button>
        {onRemove && (
          <button type="button" class="danger" onClick={onRemove}>
            {t(lang, "actionUnsave")}
          </button>
        )}
      </div>
    </form>
  );
}

interface FlagProps {
  verdict: Verdict;
  note: string;
  evidenceUrl: string | null;
  onSubmit: (flag: { verdict: Verdict; note: string; evidenceUrl: string | null }) => void;
  onCancel: () => void;
  onRemove?: () => void;
}

/** A verdict, a note and an evidence link for a statement. */
export function FlagForm({ verdict, note, evidenceUrl, onSubmit, onCancel, onRemove }: FlagProps) {
  const { lang } = usePopup();
  const id = useFormId();
  const [chosen, setChosen] = useState<Verdict>(verdict);
  const [noteText, setNoteText] = useState(note);
  const [link, setLink] = useState(evidenceUrl ?? "");
  const { ref, onKeyDown } = useFormFocus(onCancel);
  return (
    <form
      ref={ref}
      class="mark-form flag-form"
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({ verdict: chosen, note: noteText, evidenceUrl: link.trim() || null });
      }}
    >
      <label for={`${id}-verdict`}>{t(lang, "fieldVerdict")}</label>
      <select
        id={`${id}-verdict`}
        name="verdict"
        value={chosen}
        onChange={(e) => setChosen(e.currentTarget.value as Verdict)}
      >
        {VERDICTS.map((v) => (
          <option key={v} value={v}>
            {tv(lang, "verdict", v)}
          </option>
        ))}
      </select>
      <label for={`${id}-note`}>{t(lang, "fieldNote")}</label>
      <textarea
        id={`${id}-note`}
        name="note"
        rows={2}
        value={noteText}
        onInput={(e) => setNoteText(e.currentTarget.value)}
      />
      <label for={`${id}-evidence`}>{t(lang, "fieldEvidence")}</label>
      <input
        id={`${id}-evidence`}
        name="evidence"
        type="url"
        dir="ltr"
        placeholder="https://"
        value={link}
        onInput={(e) => setLink(e.currentTarget.value)}
      />
      <div class="form-actions">
        <button type="submit" class="primary">
          {t(lang, "actionSave")}
        </button>
        <button type="button" onClick={onCancel}>
          {t(lang, "actionCancel")}
        </button>
        {onRemove && (
          <button type="button" class="danger" onClick={onRemove}>
            {t(lang, "actionRemoveFlag")}
          </button>
        )}
      </div>
    </form>
  );
}
