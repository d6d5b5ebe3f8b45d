/**
 * In-page highlights of quotes (one colour per speaker) and claims, with the CSS Custom Highlight API:
 * ranges registered in CSS.highlights and styled by ::highlight() rules in a constructed stylesheet the
 * document adopts. The page's DOM is never changed (no wrapper elements, no attributes), so the page's
 * scripts, layout and copy-paste behave as without Isnad, and turning highlights off leaves no trace.
 */
import { runSteps, type Steps } from "../src/core/stepper.ts";
import type { PageAnalysis } from "../src/core/types.ts";
import { buildTextMap, buildTextMapSteps, locate, rangeOf, type TextMap } from "./textMap.ts";

/** Colours for speakers, in order of first quote; quotes with no named speaker use the last. */
export const SPEAKER_COLOURS = 6;
export const highlightName = (slot: number) => `isnad-speaker-${slot}`;
export const CLAIM_HIGHLIGHT = "isnad-claim";
export const FLASH_HIGHLIGHT = "isnad-flash";

// Soft backgrounds that keep black or white text readable; claims are underlined so they stay visible
// inside a highlighted quote.
const STYLE = `
::highlight(isnad-speaker-0) { background-color: rgba(255, 214, 102, 0.55); }
::highlight(isnad-speaker-1) { background-color: rgba(129, 212, 250, 0.55); }
::highlight(isnad-speaker-2) { background-color: rgba(165, 214, 167, 0.6); }
::highlight(isnad-speaker-3) { background-color: rgba(244, 143, 177, 0.5); }
::highlight(isnad-speaker-4) { background-color: rgba(206, 147, 216, 0.5); }
::highlight(isnad-speaker-5) { background-color: rgba(189, 189, 189, 0.5); }
::highlight(isnad-claim) { text-decoration: underline wavy rgba(198, 40, 40, 0.9); text-decoration-thickness: 1.5px; }
::highlight(isnad-flash) { background-color: rgba(255, 111, 0, 0.75); color: #000; }
`;

interface HighlightApi {
  highlights: Map<string, unknown>;
}
type HighlightCtor = new (...ranges: Range[]) => { priority: number };

/** True when the browser has the Custom Highlight API (Chromium 105+, Firefox 140+). */
export function highlightsSupported(): boolean {
  return typeof CSS !== "undefined" && "highlights" in CSS && typeof globalThis.Highlight === "function";
}

let sheet: CSSStyleSheet | null = null;

function adoptStyle(doc: Document): void {
  if (sheet) return;
  sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLE);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

/** Ranges of every quote and claim of the analysis found on the page, grouped by highlight name. */
export function analysisRanges(analysis: PageAnalysis, map: TextMap): Map<string, Range[]> {
  return runSteps(analysisRangeSteps(analysis, map));
}

/** analysisRanges in steps: a yield after every quote and claim (each is a search of the page's text). */
export function* analysisRangeSteps(analysis: PageAnalysis, map: TextMap): Steps<Map<string, Range[]>> {
  const out = new Map<string, Range[]>();
  const add = (name: string, range: Range) => {
    const list = out.get(name);
    if (list) list.push(range);
    else out.set(name, [range]);
  };
  if (!map.nodes.length) return out;
  const slots = new Map<string, number>();
  for (const article of analysis.articles) {
    const names = new Map(article.speakers.map((s) => [s.id, s.key || s.name]));
    let cursor = 0;
    // In text order, as the popup lists speakers (a colour means the same speaker in both).
    for (const quote of [...article.quotes].sort((a, b) => a.start - b.start)) {
      const who = quote.speakerId ? names.get(quote.speakerId) : undefined;
      let slot = SPEAKER_COLOURS - 1;
      if (who !== undefined) {
        if (!slots.has(who)) slots.set(who, slots.size % (SPEAKER_COLOURS - 1));
        slot = slots.get(who) as number;
      }
      yield;
      const at = locate(map, quote.text, cursor);
      if (!at) continue;
      cursor = at[1];
      add(highlightName(slot), rangeOf(map, at[0], at[1]));
    }
    cursor = 0;
    for (const claim of article.claims) {
      yield;
      const at = locate(map, claim.text, cursor);
      if (!at) continue;
      cursor = at[1];
      add(CLAIM_HIGHLIGHT, rangeOf(map, at[0], at[1]));
    }
  }
  return out;
}

/** Highlights of one page: shown, hidden, and the short flash of a quote the popup jumps to. */
export class PageHighlights {
  private map: TextMap | null = null;
  private ranges: Map<string, Range[]> | null = null;
  private names: string[] = [];
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    private readonly analysis: PageAnalysis,
  ) {}

  private textMap(): TextMap {
    this.map ??= buildTextMap(this.doc.body);
    return this.map;
  }

  /**
   * Reads the page's text and finds every quote and claim in it, in bounded steps (on a 10 MB page each
   * is a long task when done at once); show() then only registers the ranges found. Optional: show()
   * does the same work at once when it was not prepared.
   */
  *prepare(): Steps<void> {
    this.map ??= yield* buildTextMapSteps(this.doc.body);
    this.ranges ??= yield* analysisRangeSteps(this.analysis, this.map);
  }

  private get api(): HighlightApi {
    return CSS as unknown as HighlightApi;
  }

  show(): void {
    if (!highlightsSupported()) return;
    adoptStyle(this.doc);
    this.hide();
    const Ctor = globalThis.Highlight as unknown as HighlightCtor;
    this.ranges ??= analysisRanges(this.analysis, this.textMap());
    for (const [name, ranges] of this.ranges) {
      const highlight = new Ctor(...ranges);
      if (name === CLAIM_HIGHLIGHT) highlight.priority = 1;
      this.api.highlights.set(name, highlight);
      this.names.push(name);
    }
  }

  hide(): void {
    if (!highlightsSupported()) return;
    for (const name of this.names) this.api.highlights.delete(name);
    this.names = [];
  }

  /** Scrolls to the text and flashes it for a moment; false when it is not on the page. */
  jumpTo(text: string): boolean {
    const map = this.textMap();
    if (!map.nodes.length) return false;
    const at = locate(map, text);
    if (!at) return false;
    const range = rangeOf(map, at[0], at[1]);
    const element = range.startContainer.parentElement;
    element?.scrollIntoView({ block: "center", behavior: "smooth" });
    if (highlightsSupported()) {
      adoptStyle(this.doc);
      const highlight = new (globalThis.Highlight as unknown as HighlightCtor)(range);
      highlight.priority = 2;
      this.api.highlights.set(FLASH_HIGHLIGHT, highlight);
      clearTimeout(this.flashTimer);
      this.flashTimer = setTimeout(() => this.api.highlights.delete(FLASH_HIGHLIGHT), 2000);
    }
    return true;
  }
}
