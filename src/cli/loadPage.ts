/**
 * Reading a page for the CLI: a file, a URL or standard input, decoded with the charset the page
 * declares (UTF-8 and windows-1256 are common in Arabic news), parsed with linkedom.
 */
import { readFile } from "node:fs/promises";
import { parseHTML } from "linkedom";

export interface LoadedPage {
  html: string;
  /** The page's address: --url, the fetched URL, or null for a file read without --url. */
  url: string | null;
}

/** Charset from a Content-Type header or the first bytes of the page (<meta charset> / http-equiv). */
export function sniffCharset(bytes: Uint8Array, contentType?: string | null): string {
  const fromHeader = contentType?.match(/charset=["']?([\w-]+)/i)?.[1];
  if (fromHeader) return fromHeader.toLowerCase();
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  // The declaration must sit in the first 1024 bytes (HTML's prescan); latin1 keeps bytes as they are.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const meta = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i)?.[1];
  return (meta ?? "utf-8").toLowerCase();
}

/** True when the page or the server names a charset (the sniffer otherwise guesses UTF-8). */
function declaresCharset(bytes: Uint8Array, contentType?: string | null): boolean {
  if (contentType && /charset=/i.test(contentType)) return true;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return true;
  return /<meta[^>]+charset\s*=/i.test(new TextDecoder("latin1").decode(bytes.subarray(0, 4096)));
}

export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  let charset = sniffCharset(bytes, contentType);
  if (charset === "cp1256" || charset === "arabic" || charset === "x-cp1256") charset = "windows-1256";
  if (charset === "utf-8" && !declaresCharset(bytes, contentType)) {
    // Undeclared and not valid UTF-8: older Arabic sites that declare nothing write windows-1256.
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return new TextDecoder("windows-1256").decode(bytes);
    }
  }
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    // An unknown label: UTF-8 is the web's default and the safest guess.
    return new TextDecoder("utf-8").decode(bytes);
  }
}

/** Loads one input as given on the command line: "-" for stdin, http(s) URLs, or a file path. */
export async function loadPage(source: string, urlOverride: string | null): Promise<LoadedPage> {
  if (source === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return { html: decodeHtml(Buffer.concat(chunks)), url: urlOverride };
  }
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, {
      redirect: "follow",
      // Some news sites refuse requests without a browser-like agent.
      headers: { "user-agent": "Mozilla/5.0 (compatible; isnad/0.1)", "accept-language": "ar,en;q=0.5" },
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { html: decodeHtml(bytes, response.headers.get("content-type")), url: urlOverride ?? response.url };
  }
  const bytes = await readFile(source);
  return { html: decodeHtml(bytes), url: urlOverride };
}

/** A DOM for Node. linkedom parsed the dev pages about 30× faster than jsdom. */
export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
