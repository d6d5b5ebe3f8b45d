/**
 * The one message protocol between the extension's contexts. Every message is declared here once, with
 * its direction in its name ("sender→receiver:action"), its request payload and its response value.
 * Responses cross contexts as Result data, never as thrown errors (an exception does not survive
 * structured cloning, and a content script must never see one it could leak into the page).
 */
import type { PageAnalysis } from "../core/types.ts";

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
export interface Protocol {
  /** The content script analyzed an Arabic page; the background stores it (same URL: updated). */
  "content→background:saveAnalysis": {
    request: { analysis: PageAnalysis };
    response: { articles: number; quotes: number };
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
}

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
