import tldData from "../../data/tlds.json" with { type: "json" };

/** Top-level domains accepted for bare host names (example.com, spa.gov.sa) written without a scheme. */
const TLDS: ReadonlySet<string> = new Set(tldData.tlds);

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isLabelChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 0x2d;
}

function isEmailLocalChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d;
}

/** Characters that end a URL: whitespace, quotes, angle brackets, Arabic comma/semicolon/question mark. */
function endsUrl(c: number): boolean {
  return (
    c <= 0x20 ||
    c === 0x22 || c === 0x3c || c === 0x3e || c === 0x60 || c === 0x7b || c === 0x7d || c === 0x7c || c === 0x5c ||
    c === 0xab || c === 0xbb || c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200f) || (c >= 0x2018 && c <= 0x201f) || (c >= 0x2028 && c <= 0x202f) ||
    c === 0x060c || c === 0x061b || c === 0x061f || c === 0x3000 || c === 0xfeff || c === 0x1680 || c === 0x205f ||
    c === 0x85 || (c >= 0x2060 && c <= 0x206f) || (c >= 0xd800 && c <= 0xdfff)
  );
}

/** Punctuation that ends a sentence or clause rather than the URL when it is the URL's last character. */
function isTrailingPunct(c: number): boolean {
  return (
    c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x27 ||
    c === 0x29 || c === 0x5d || c === 0x2d || c === 0x2026 || c === 0x06d4
  );
}

/** End of the path part of a URL starting at `i` (after the host). */
function pathEnd(text: string, i: number): number {
  const n = text.length;
  let j = i;
  let balance = 0; // open minus close parentheses
  while (j < n) {
    const c = text.charCodeAt(j);
    if (endsUrl(c)) break;
    if (c === 0x28) balance++;
    else if (c === 0x29) balance--;
    j++;
  }
  // Keep a closing parenthesis only when it closes one the URL opened (Wikipedia-style paths).
  while (j > i && isTrailingPunct(text.charCodeAt(j - 1))) {
    if (text.charCodeAt(j - 1) === 0x29) {
      if (balance >= 0) break;
      balance++;
    }
    j--;
  }
  return j;
}

function startsWithAt(text: string, i: number, prefix: string): boolean {
  if (i + prefix.length > text.length) return false;
  for (let k = 0; k < prefix.length; k++) {
    let c = text.charCodeAt(i + k);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (c !== prefix.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * End of a host name (labels of [A-Za-z0-9-] joined by dots) starting at i whose last label is a
 * known top-level domain; -1 when there is none.
 */
export function hostEnd(text: string, i: number, requireTld: boolean): number {
  const n = text.length;
  let j = i;
  let labels = 0;
  let lastLabelStart = i;
  let end = -1;
  while (j < n) {
    const labelStart = j;
    while (j < n && isLabelChar(text.charCodeAt(j))) j++;
    if (j === labelStart) break;
    labels++;
    lastLabelStart = labelStart;
    if (labels >= 2) {
      const tld = text.slice(lastLabelStart, j);
      if (!requireTld ? /^[A-Za-z]{2,}$/.test(tld) : TLDS.has(tld)) end = j;
    }
    if (j < n - 1 && text.charCodeAt(j) === 0x2e && isLabelChar(text.charCodeAt(j + 1))) j++;
    else break;
  }
  return end;
}

/**
 * If a URL or an e-mail address starts at i, its end and kind; otherwise null.
 * Recognised: scheme URLs (http, https, ftp), www. hosts, bare hosts with a known TLD
 * (optionally followed by a path), and local@host addresses.
 */
export function linkAt(text: string, i: number): { end: number; kind: "url" | "email" } | null {
  const c = text.charCodeAt(i);
  if (!isAsciiAlnum(c)) return null;
  if (c === 0x68 || c === 0x48 || c === 0x66 || c === 0x46) {
    for (const scheme of ["https://", "http://", "ftp://"]) {
      if (startsWithAt(text, i, scheme)) {
        const end = pathEnd(text, i + scheme.length);
        return end > i + scheme.length ? { end, kind: "url" } : null;
      }
    }
  }
  if ((c === 0x77 || c === 0x57) && startsWithAt(text, i, "www.")) {
    const host = hostEnd(text, i, false);
    if (host > 0) return { end: text.charCodeAt(host) === 0x2f ? pathEnd(text, host) : host, kind: "url" };
  }
  // local part of an e-mail address, or a bare host
  const n = text.length;
  let j = i;
  while (j < n && isEmailLocalChar(text.charCodeAt(j))) j++;
  if (j < n && text.charCodeAt(j) === 0x40) {
    const host = hostEnd(text, j + 1, false);
    if (host > 0) return { end: host, kind: "email" };
    return null;
  }
  const host = hostEnd(text, i, true);
  if (host > 0) return { end: host < n && text.charCodeAt(host) === 0x2f ? pathEnd(text, host) : host, kind: "url" };
  return null;
}

/** Where the run of characters that linkAt could look at, starting at i, ends (used to avoid rescanning). */
export function linkRunEnd(text: string, i: number): number {
  const n = text.length;
  let j = i;
  while (j < n && isEmailLocalChar(text.charCodeAt(j))) j++;
  return j;
}
