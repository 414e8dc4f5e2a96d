/**
 * Reading a printed PDF back (where each section landed, how many pages). pdf-lib is large, so it is loaded
 * on the first call, not when the package is imported: rendering HTML never pays for it.
 */

/** Page number (1-based) of every named destination in the PDF, by id. */
export async function destinationPages(pdf: Uint8Array): Promise<Record<string, number>> {
  return (await import("./destinations.js")).destinationPages(pdf)
}

/** Number of pages of the PDF. */
export async function pageCount(pdf: Uint8Array): Promise<number> {
  return (await import("./destinations.js")).pageCount(pdf)
}
