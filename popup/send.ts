/**
 * The protocol's send (src/messaging/client.ts), loaded on first use: the popup's first paint sends nothing,
 * so neither the message client nor webextension-polyfill is part of the popup's first load.
 */
export const send: typeof import("../src/messaging/client.ts").send = (type, payload) =>
  import("../src/messaging/client.ts").then((m) => m.send(type, payload));
