/**
 * The popup's actions. Changes go to the background (the only writer) as protocol messages; reading
 * back happens through liveQuery, so the views update by themselves once the write lands.
 */
import browser from "webextension-polyfill";
import { send } from "../src/messaging/client.ts";
import type { ContentProtocol, MessageName, RequestOf, Result } from "../src/messaging/protocol.ts";

/** Sends a change to the background; true when it was done. */
export async function change<N extends MessageName>(type: N, payload: RequestOf<N>): Promise<boolean> {
  const result = await send(type, payload);
  return result.ok;
}

/** Asks the content script of a tab to scroll to a text and flash it. */
export async function jumpTo(tabId: number, text: string): Promise<"found" | "missing" | "no-tab"> {
  const request: ContentProtocol["popup→content:jumpTo"]["request"] = { text };
  try {
    const result = (await browser.tabs.sendMessage(tabId, { type: "popup→content:jumpTo", payload: request })) as
      | Result<ContentProtocol["popup→content:jumpTo"]["response"]>
      | undefined;
    if (!result?.ok) return "no-tab";
    return result.value.found ? "found" : "missing";
  } catch {
    return "no-tab";
  }
}

/** Puts text on the clipboard; false when the browser refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Offers a file for download (a Blob URL and an <a download>, no "downloads" permission needed). */
export function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.style.display = "none";
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
