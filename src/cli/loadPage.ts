/**
 * Reading a page for the CLI: a file, a URL or standard input, decoded with the charset the page
 * declares (UTF-8 and windows-1256 are common in Arabic news), parsed with linkedom.
 */
import { constants } from "node:fs";
import { open, stat } from "node:fs/promises";
import { parseHTML } from "linkedom";
import { flattenDeepNesting } from "./nesting.ts";
import { ensureSkeleton } from "./skeleton.ts";

/**
 * Largest page read, in bytes. Real news pages weigh 5 KB to 2 MB of HTML (the heaviest carry inline
 * scripts or JSON); 5 MB is more than twice that. A bigger input (a data dump, a page of inline base64
 * images, a generated file) is not refused: its first 5 MB are analyzed, because the article body sits
 * near the top of the document, and a one-line warning on stderr says so. Parsing and extracting 5 MB of
 * dense paragraphs takes a few seconds and about 250 MB of memory; a 50 MB page would take a minute and
 * gigabytes, for no better result.
 */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;

export interface LoadedPage {
  html: string;
  /** The page's address: --url, the fetched URL, or null for a file read without --url. */
  url: string | null;
  /**
   * Set when the input was larger than MAX_PAGE_BYTES and cut to that: its size in bytes, or, for a
   * stream (stdin, a URL), the bytes read before stopping, a lower bound.
   */
  truncatedFrom?: number;
}

/** An input that cannot be analyzed as a page, with the reason in one line. */
export class UnreadableInput extends Error {}

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

/**
 * True for bytes that are not text: a NUL in the first 8 KB (after a UTF-16 byte order mark is ruled out),
 * or a known binary signature. HTML never holds NUL bytes; images, archives and PDFs nearly always do.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return true;
  // Signatures of files that may hold no NUL early on: PDF, GIF, PNG, JPEG, ZIP (docx, epub), gzip.
  return BINARY_SIGNATURES.some((sig) => sig.every((b, i) => bytes[i] === b));
}

const BINARY_SIGNATURES = [
  [0x25, 0x50, 0x44, 0x46, 0x2d],
  [0x47, 0x49, 0x46, 0x38],
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x50, 0x4b, 0x03, 0x04],
  [0x1f, 0x8b],
];

export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  // UTF-16 pages announce themselves with a byte order mark (a saved "Unicode" page from old Windows tools).
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
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

/** Bytes as a page: refuses binary data, keeps the first MAX_PAGE_BYTES. */
function toPage(bytes: Uint8Array, total: number, url: string | null, contentType?: string | null): LoadedPage {
  if (looksBinary(bytes)) throw new UnreadableInput("not an HTML or text file (binary data)");
  let kept = bytes;
  if (bytes.length > MAX_PAGE_BYTES) {
    // Cut before a UTF-8 continuation byte so the last character is not split.
    let end = MAX_PAGE_BYTES;
    while (end > MAX_PAGE_BYTES - 4 && ((bytes[end] as number) & 0xc0) === 0x80) end--;
    kept = bytes.subarray(0, end);
  }
  const page: LoadedPage = { html: decodeHtml(kept, contentType), url };
  if (total > MAX_PAGE_BYTES) page.truncatedFrom = total;
  return page;
}

/**
 * Reads a stream until it ends or `limit` bytes have come, then stops: standard input or a server may
 * never end (`yes | isnad analyze -`). `total` is then what was read, a lower bound of the size.
 */
async function readCapped(
  stream: AsyncIterable<Uint8Array>,
  limit: number,
): Promise<{ bytes: Uint8Array; total: number }> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    chunks.push(chunk);
    total += chunk.length;
    if (total > limit) break;
  }
  return { bytes: Buffer.concat(chunks), total };
}

/** Reads the start of a regular file; a directory, a FIFO or a device is refused before it can block. */
async function readFileCapped(path: string): Promise<{ bytes: Uint8Array; total: number }> {
  // stat before open: opening a FIFO blocks until something writes to it, which may be never.
  const before = await stat(path);
  if (before.isDirectory()) throw new UnreadableInput("is a directory");
  if (!before.isFile()) throw new UnreadableInput("not a regular file");
  // O_NONBLOCK too, in case the path was swapped for a FIFO in between; it changes nothing for a file.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new UnreadableInput("not a regular file");
    const size = Math.min(info.size, MAX_PAGE_BYTES + 4);
    const bytes = new Uint8Array(size);
    let read = 0;
    while (read < size) {
      const { bytesRead } = await handle.read(bytes, read, size - read, read);
      if (!bytesRead) break;
      read += bytesRead;
    }
    return { bytes: bytes.subarray(0, read), total: info.size };
  } finally {
    await handle.close();
  }
}

/** Loads one input as given on the command line: "-" for stdin, http(s) URLs, or a file path. */
export async function loadPage(source: string, urlOverride: string | null): Promise<LoadedPage> {
  if (source === "-") {
    const { bytes, total } = await readCapped(process.stdin, MAX_PAGE_BYTES + 4);
    return toPage(bytes, total, urlOverride);
  }
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, {
      redirect: "follow",
      // Some news sites refuse requests without a browser-like agent; a server that never answers is given up.
      headers: { "user-agent": "Mozilla/5.0 (compatible; isnad/0.1)", "accept-language": "ar,en;q=0.5" },
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const { bytes, total } = response.body
      ? await readCapped(response.body as unknown as AsyncIterable<Uint8Array>, MAX_PAGE_BYTES + 4)
      : { bytes: new Uint8Array(), total: 0 };
    return toPage(bytes, total, urlOverride ?? response.url, response.headers.get("content-type"));
  }
  const { bytes, total } = await readFileCapped(source);
  return toPage(bytes, total, urlOverride);
}

/** How long a URL may take to answer and send its page. */
const FETCH_TIMEOUT_MS = 30_000;

/**
 * A DOM for Node. linkedom parsed the dev pages about 30× faster than jsdom. Nesting deeper than a
 * browser builds is flattened first (nesting.ts): linkedom's parse time grows with the square of the
 * depth, and deep trees overflow the stack of recursive walks.
 */
export function parseDocument(html: string, maxNesting?: number): Document {
  const flat = ensureSkeleton(flattenDeepNesting(html, maxNesting));
  const doc = parseHTML(flat).document as unknown as Document;
  if (doc.documentElement) return doc;
  // No element at all (plain text, or a comment never closed): linkedom then has no root and its
  // document.body throws, where a browser would build <html><body>. Give it the root a browser would.
  return parseHTML(`<html><body>${flat}</body></html>`).document as unknown as Document;
}
