/**
 * The receiving side of the protocol, free of browser APIs so it can be tested in Node: check the
 * envelope, check who sent it, validate the payload, run the one handler for that message, and turn every
 * outcome — including a handler's exception — into a Result.
 */
import * as v from "valibot";
import { err, type MessageName, ok, originOf, type RequestOf, type ResponseOf, type Result } from "./protocol.ts";
import { envelopeSchema, requestSchemas } from "./schemas.ts";

/** What the background knows about a sender (a subset of runtime.MessageSender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** The verified sender handed to handlers: content messages always carry their tab. */
export interface VerifiedSender {
  tabId: number | null;
  url: string;
}

export type Handler<N extends MessageName> = (
  payload: RequestOf<N>,
  sender: VerifiedSender,
) => Promise<ResponseOf<N>> | ResponseOf<N>;

/** One handler per message name; a missing one is a type error. */
export type Handlers = { [N in MessageName]: Handler<N> };

export interface HandlerContext {
  /** runtime.id of this extension. */
  runtimeId: string;
  /** runtime.getURL(""), e.g. "chrome-extension://<id>/". */
  extensionOrigin: string;
}

/**
 * Accepts a sender only when it is one of this extension's own contexts, of the kind the message name
 * says: content messages from a web page's tab, popup messages from an extension page.
 */
export function verifySender(name: MessageName, sender: SenderInfo, ctx: HandlerContext): VerifiedSender | string {
  if (sender.id !== ctx.runtimeId) return "sender is not this extension";
  const url = sender.url ?? "";
  const fromExtensionPage = url.startsWith(ctx.extensionOrigin);
  if (originOf(name) === "content") {
    const tabId = sender.tab?.id;
    if (typeof tabId !== "number" || tabId < 0) return "content message without a tab";
    if (fromExtensionPage || !/^https?:\/\//i.test(url)) return "content message not from a web page";
    return { tabId, url };
  }
  if (!fromExtensionPage) return "extension-page message from outside the extension";
  return { tabId: sender.tab?.id ?? null, url };
}

/** Builds the listener body: (message, sender) → Result, never a rejection. */
export function createMessageHandler(handlers: Handlers, ctx: HandlerContext) {
  return async (message: unknown, sender: SenderInfo): Promise<Result<unknown>> => {
    const envelope = v.safeParse(envelopeSchema, message);
    if (!envelope.success) return err("unknown-message", "not an Isnad message");
    const name = envelope.output.type;
    const verified = verifySender(name, sender, ctx);
    if (typeof verified === "string") return err("forbidden", verified);
    const payload = v.safeParse(requestSchemas[name], envelope.output.payload);
    if (!payload.success) {
      const first = payload.issues[0];
      const where = first.path?.map((p) => String(p.key)).join(".") ?? "";
      return err("invalid", `${name}: ${where ? `${where}: ` : ""}${first.message}`);
    }
    try {
      // The schema map and the protocol are kept in step by `satisfies` in schemas.ts.
      const handler = handlers[name] as Handler<MessageName>;
      return ok(await handler(payload.output as RequestOf<MessageName>, verified));
    } catch (error) {
      return err("failed", error instanceof Error ? error.message : String(error));
    }
  };
}
