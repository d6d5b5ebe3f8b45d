import type { SavedClaim } from "../../src/library/records.ts";
import { usePopup } from "../context.ts";
import { t, tv } from "../strings.ts";
import { clean } from "../text.ts";
import { MarkActions } from "./MarkActions.tsx";

/**
 * The article's check-worthy claims, highest score first, with why each was picked and its problems.
 * `limit`: only the first ones (the popup's first frame, PageView).
 */
export function ClaimList({ claims, limit }: { claims: SavedClaim[]; limit?: number }) {
  const { lang } = usePopup();
  if (claims.length === 0) return <p class="empty">{t(lang, "noClaims")}</p>;
  const sorted = [...claims].sort((a, b) => b.score - a.score || a.start - b.start).slice(0, limit);
  return (
    <ol class="claims">
      {sorted.map((claim) => {
        const reasons = claim.reasons.filter((r) => !claim.problems.includes(r));
        return (
          <li key={claim.id} class={`claim${claim.problems.length ? " has-problem" : ""}`} data-claim-id={claim.id}>
            <p class="claim-text" dir="rtl" lang="ar">
              {clean(claim.text)}
            </p>
            <p class="claim-meta">
              <span class="tag score">{t(lang, "score", Math.round(claim.score * 100))}</span>
              {claim.problems.map((p) => (
                <span key={p} class="tag problem">
                  {tv(lang, "problem", p)}
                </span>
              ))}
              {reasons.map((r) => (
                <span key={r} class="tag reason">
                  {tv(lang, "reason", r)}
                </span>
              ))}
            </p>
            <MarkActions kind="claim" id={claim.id} text={claim.text} />
          </li>
        );
      })}
    </ol>
  );
}
