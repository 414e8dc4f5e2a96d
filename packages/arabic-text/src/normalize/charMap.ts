/**
 * Character maps: which UTF-16 code unit becomes which string ("" = removed).
 * Maps are read from data/*.json, where keys are hex code points or ranges ("064B-065F")
 * and values are space-separated hex code points ("" removes the character).
 */
export type CharMap = ReadonlyMap<number, string>;

export interface CharMapFile {
  readonly description?: string;
  readonly map: Readonly<Record<string, string>>;
}

function decodeValue(value: string): string {
  const trimmed = value.trim();
  if (trimmed === "") return "";
  return String.fromCodePoint(...trimmed.split(/\s+/).map((hex) => parseInt(hex, 16)));
}

export function charMapFromFile(file: CharMapFile): CharMap {
  const map = new Map<number, string>();
  for (const [key, value] of Object.entries(file.map)) {
    const replacement = decodeValue(value);
    const [from, to = from] = key.split("-") as [string, string?];
    const first = parseInt(from, 16);
    const last = parseInt(to, 16);
    for (let c = first; c <= last; c++) map.set(c, replacement);
  }
  return map;
}
