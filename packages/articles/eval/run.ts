/** `pnpm eval` — seeds before/after and the SaudiNewsNet sample; `pnpm eval --full` adds the 30k stream. */
import { evalSeeds } from "./seeds.js";
import { evalFull, evalSample } from "./saudinewsnet.js";

evalSeeds();
evalSample();
if (process.argv.includes("--full")) await evalFull();
