import type { CharMap } from "./charMap.js";
import { applyTable, buildTable, type CharTable } from "./table.js";

/** A single-purpose normaliser backed by its own lazily built lookup table. */
export function mapFunction(map: CharMap): (text: string) => string {
  let table: CharTable | undefined;
  return (text: string): string => {
    if (typeof text !== "string" || text.length === 0) return typeof text === "string" ? text : "";
    table ??= buildTable([map]);
    return applyTable(table, text);
  };
}
