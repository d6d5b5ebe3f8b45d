/**
 * The one message protocol between the extension's contexts. Every message is declared here once, with
 * its direction in its name ("sender→receiver:action"), its request payload and its response value.
 * Responses cross contexts as Result data, never as thrown errors (an exception does not survive
 * structured cloning, and a content script must never see one it could leak into the page).
 */
import type { PageAnalysis } from "../core/types.ts";
import type { LibraryProtocol } from "./libraryProtocol.ts";

/** A failure as data. `code` lets callers branch; `message` is for logs, never shown raw to users. */
export interface MessageError {
  code: "invalid" | "forbidden" | "unknown-message" | "failed" | "unreachable";
  message: string;
}

export type Result<T, E = MessageError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = (code: MessageError["code"], message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

/** The user interface languages; Arabic is the default. */
export type UiLanguage = "ar" | "en";

/** request → response, per message. */
export interface Protocol extends LibraryProtocol {
  /**
   * The content script analyzed an Arabic page; the background stores it (same article: updated) when
   * automatic saving is on. `saved`: stored by this message; `alreadySaved`: it was in the library
   * before; `articleIds`: its articles in the library (empty when not saved).
   */
  "content→background:saveAnalysis": {
    request: { analysis: PageAnalysis };
    response: { articles: number; quotes: number; saved: boolean; alreadySaved: boolean; articleIds: string[] };
  };
  /** Which page (URL) a tab showed when its analysis was saved; null when none was. */
  "popup→background:getTabPage": {
    request: { tabId: number };
    response: { url: string | null };
  };
  /** Remember the user's choice of interface language. */
  "popup→background:setUiLanguage": {
    request: { language: UiLanguage };
    response: { language: UiLanguage };
  };
  /** Remember the popup's colour theme ("auto" follows the system). */
  "popup→background:setTheme": {
    request: { theme: "auto" | "light" | "dark" };
    response: { theme: "auto" | "light" | "dark" };
  };
  /** Save a stored quote (by id) to the reader's library with tags and a note, or change them. */
  "popup→background:saveQuote": {
    request: { id: string; tags: string[]; note: string };
    response: { id: string };
  };
  /** Take a quote out of the reader's library. */
  "popup→background:unsaveQuote": {
    request: { id: string };
    response: { id: string };
  };
  /** Flag a stored quote or claim with a verdict (flagged again: the flag is changed). */
  "popup→background:flagStatement": {
    request: {
      target: { kind: "quote" | "claim"; id: string };
      verdict: Verdict;
      note: string;
      evidenceUrl: string | null;
    };
    response: { id: string };
  };
  /** Change a flag by its id. */
  "popup→background:editFlag": {
    request: { id: string; verdict: Verdict; note: string; evidenceUrl: string | null };
    response: { id: string };
  };
  /** Remove a flag. */
  "popup→background:removeFlag": {
    request: { id: string };
    response: { id: string };
  };
  /** Show or hide the in-page highlights (every tab follows). */
  "popup→background:setHighlights": {
    request: { on: boolean };
    response: { on: boolean };
  };
}

/** The verdicts of a flag (src/library Verdict). */
export type Verdict = "to-check" | "false" | "misleading" | "true" | "unverifiable";

/**
 * Messages an extension page or the background sends to the content script of one tab
 * (tabs.sendMessage). Same envelope and Result as above; the content script accepts them only from this
 * extension's own contexts (never from the page).
 */
export interface ContentProtocol {
  /** Scroll to the first place the text appears on the page and flash it. */
  "popup→content:jumpTo": {
    request: { text: string };
    response: { found: boolean };
  };
}

export type ContentMessageName = keyof ContentProtocol;

export type MessageName = keyof Protocol;
export type RequestOf<N extends MessageName> = Protocol[N]["request"];
export type ResponseOf<N extends MessageName> = Protocol[N]["response"];

/** What travels over runtime.sendMessage. */
export interface Envelope<N extends MessageName = MessageName> {
  type: N;
  payload: RequestOf<N>;
}

/** The sending context, taken from the message name: "content" or "popup". */
export type Origin = "content" | "popup";

export function originOf(name: MessageName): Origin {
  return name.startsWith("content→") ? "content" : "popup";
}
