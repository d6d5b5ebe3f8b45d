/**
 * Canonical article URLs, parsed by hand: the library code is pure (no DOM lib), and the WHATWG URL
 * class is not part of the ECMAScript library it compiles against.
 */
import { TRACKING_PARAMS } from "./lexicon/trackingParams.ts";

const EXACT = new Set(TRACKING_PARAMS.filter((p) => !p.endsWith("*")).map((p) => p.toLowerCase()));
const PREFIXES = TRACKING_PARAMS.filter((p) => p.endsWith("*")).map((p) => p.slice(0, -1).toLowerCase());

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return EXACT.has(n) || PREFIXES.some((p) => n.startsWith(p));
}

/** Decodes percent-escapes where they are valid UTF-8, so /%D8%A8 and /ب compare equal. */
function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const URL_RE = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/i;

/**
 * The URL an article is known by: scheme folded to https, host lower-cased without "www." and default
 * port, fragment and tracking parameters (utm_*, fbclid …) dropped, remaining parameters sorted, path
 * percent-decoded, a trailing "/" or AMP "/amp" suffix dropped. Strings that are not absolute http(s)
 * URLs come back trimmed and otherwise unchanged.
 */
export function canonicalUrl(url: string): string {
  const m = URL_RE.exec(url.trim());
  if (!m || !/^https?$/i.test(m[1])) return url.trim();
  let host = m[2].toLowerCase().replace(/^[^@]*@/, "");
  host = host.replace(/:(80|443)$/, "").replace(/^www\./, "");
  let path = safeDecode(m[3] || "/");
  path = path.replace(/\/amp\/?$/i, "/");
  if (path.length > 1) path = path.replace(/\/+$/, "");
  const params = (m[4] ?? "")
    .slice(1)
    .split("&")
    .filter((p) => p !== "")
    .filter((p) => !isTracking(safeDecode(p.split("=")[0])))
    .sort();
  return `https://${host}${path}${params.length ? `?${params.join("&")}` : ""}`;
}
