import { saudiNewsNet } from "../eval/data.js";
import { findEntities } from "../src/index.js";
const docs = saudiNewsNet(Number(process.argv[2] ?? 2000));
const t = performance.now();
const e = findEntities(docs);
console.log("entities", performance.now() - t, e.length);
for (const k of ["person", "place", "organisation"]) {
  console.log("==", k);
  console.log(e.filter((x) => x.kind === k).slice(0, 40).map((x) => `${x.name}(${x.count})`).join("  "));
}
