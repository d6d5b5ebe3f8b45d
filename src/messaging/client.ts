/**
 * The sending side of the protocol, for content scripts and extension pages. `send` never throws: a
 * missing receiver (the service worker restarting, the extension reloaded) comes back as
 * { ok: false, error: { code: "unreachable" } }.
 */
import browser from "webextension-polyfill";
import type { Envelope, MessageName, RequestOf, ResponseOf, Result } from "./protocol.ts";

export async function send<N extends MessageName>(type: N, payload: RequestOf<N>): Promise<Result<ResponseOf<N>>> {
  const envelope: Envelope<N> = { type, payload };
  try {
    const response = (await browser.runtime.sendMessage(envelope)) as Result<ResponseOf<N>> | undefined;
    if (!response || typeof response !== "object" || !("ok" in response)) {
      return { ok: false, error: { code: "unreachable", message: "no response from the background" } };
    }
    return response;
  } catch (error) {
    return {
      ok: false,
      error: { code: "unreachable", message: error instanceof Error ? error.message : String(error) },
    };
  }
}
