/** Where the evaluation inputs are: the repository's seeds and the shared data folder (MAWJAZ_DATA overrides). */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
export const seedsDir = resolve(repoRoot, "seeds");
export const dataDir = process.env["MAWJAZ_DATA"] ?? resolve(repoRoot, "../shared/data");
