/**
 * Encoding detection from bytes. Order matters: BOMs first (they are certain), then
 * BOM-less UTF-16 (its NUL bytes would otherwise look binary), then binary, then strict
 * UTF-8, then Windows-1256 — accepted only when the result is Arabic, since any byte
 * string decodes "successfully" as a single-byte code page.
 */
import { arabicLetterShare } from "./script.js";

export type Decoded =
  | { ok: true; text: string; encoding: string }
  | { ok: false; reason: string };

/** Lowest Arabic-letter share for accepting a Windows-1256 reading of invalid UTF-8. */
const MIN_ARABIC_SHARE_1256 = 0.5;
/** Share of C0 control characters (other than tab/newline/CR/FF) above which text is binary. */
const MAX_CONTROL_SHARE = 0.02;

export interface DecodeOptions {
  /** A charset the file declares about itself (an HTML <meta charset>); used when the bytes are not UTF-8. */
  declared?: string | null;
}

export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  const bom = decodeWithBom(bytes);
  if (bom) return finish(bom.text, bom.encoding);
  const utf16 = sniffUtf16(bytes);
  if (utf16) return finish(new TextDecoder(utf16).decode(bytes), utf16);
  if (bytes.includes(0)) return { ok: false, reason: "binary file (contains NUL bytes)" };
  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return finish(utf8, "utf-8");
  const declared = declaredDecoder(options.declared);
  if (declared) return finish(declared.decode(bytes), declared.encoding);
  const cp1256 = new TextDecoder("windows-1256").decode(bytes);
  if (arabicLetterShare(cp1256) >= MIN_ARABIC_SHARE_1256 && controlShare(cp1256) <= MAX_CONTROL_SHARE) {
    return finish(cp1256, "windows-1256");
  }
  return { ok: false, reason: "undecodable text: not valid UTF-8, and not Arabic when read as Windows-1256" };
}

function finish(raw: string, encoding: string): Decoded {
  if (controlShare(raw) > MAX_CONTROL_SHARE) return { ok: false, reason: "binary file (control characters)" };
  const text = normalizeLineEnds(raw);
  if (text.trim() === "") return { ok: false, reason: "empty file (whitespace only)" };
  return { ok: true, text, encoding };
}

function decodeWithBom(bytes: Uint8Array): { text: string; encoding: string } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    // A BOM promises UTF-8; invalid sequences become U+FFFD rather than failing the file.
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  return null;
}

/**
 * BOM-less UTF-16: in Arabic or Latin text one byte of each pair is the high byte of the
 * code unit, which is 0x00 (ASCII) or 0x06 (Arabic block) almost always.
 */
function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const n = Math.min(bytes.length, 4096);
  let evenHigh = 0;
  let oddHigh = 0;
  let zeros = 0;
  for (let i = 0; i + 1 < n; i += 2) {
    const a = bytes[i]!;
    const b = bytes[i + 1]!;
    if (a === 0 || b === 0) zeros++;
    if (a === 0x00 || a === 0x06) evenHigh++;
    if (b === 0x00 || b === 0x06) oddHigh++;
  }
  const pairs = Math.floor(n / 2);
  if (zeros === 0) return null; // plain UTF-16 text always has spaces or newlines, i.e. a 0x00 byte
  if (oddHigh / pairs > 0.9 && evenHigh / pairs < 0.5) return "utf-16le";
  if (evenHigh / pairs > 0.9 && oddHigh / pairs < 0.5) return "utf-16be";
  return null;
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function controlShare(text: string): number {
  if (text.length === 0) return 0;
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) controls++;
  }
  return controls / sample.length;
}

/** CRLF and lone CR become LF; every offset of an Article refers to this normalised text. */
export function normalizeLineEnds(text: string): string {
  return text.indexOf("\r") === -1 ? text : text.replace(/\r\n?/g, "\n");
}

/** A TextDecoder for a declared single-byte or legacy charset (not UTF-8, whose bytes were just found invalid). */
function declaredDecoder(label: string | null | undefined): InstanceType<typeof TextDecoder> | null {
  if (!label) return null;
  try {
    const d = new TextDecoder(label.trim().toLowerCase());
    return d.encoding === "utf-8" ? null : d;
  } catch {
    return null;
  }
}

/** The charset an HTML page declares in its first bytes (<meta charset> or http-equiv content type). */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1]! : null;
}
