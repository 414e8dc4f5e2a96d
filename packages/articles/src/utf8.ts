/**
 * UTF-8 bytes to a string, fast for Arabic. Node 20 decodes non-ASCII UTF-8 through V8 at about
 * 0.3 GB/s; ICU's transcoder to UTF-16 followed by a UTF-16 copy is about four times as fast on
 * Arabic news (SaudiNewsNet: 24–33 ms against 128 ms for 37 MB). ASCII keeps the native path, which
 * is faster still and gives a one-byte string, and so do invalid bytes, whose U+FFFD replacement
 * stays exactly Buffer's.
 */
import { isAscii, isUtf8, transcode } from "node:buffer";

/** Node built without ICU has no transcoder. */
const canTranscode = ((): boolean => {
  try {
    return transcode(Buffer.from("\u0627", "utf8"), "utf8", "utf16le").toString("utf16le") === "\u0627";
  } catch {
    return false;
  }
})();

/** Below this many bytes the checks cost more than they save. */
const SHORT = 256;

/** The text of valid or invalid UTF-8 bytes, as `Buffer.toString("utf8")` gives it. */
export function decodeUtf8(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!canTranscode || buffer.length < SHORT || isAscii(buffer) || !isUtf8(buffer)) return buffer.toString("utf8");
  return transcode(buffer, "utf8", "utf16le").toString("utf16le");
}
