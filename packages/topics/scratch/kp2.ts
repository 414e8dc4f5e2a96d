import { saudiNewsNet } from "../eval/data.js";
import { corpusKeyphrases } from "@mawjaz/keywords";
const docs = saudiNewsNet(600);
let t = performance.now();
for (let i = 0; i < 600; i += 3) corpusKeyphrases(docs.slice(i, i + 3).map((d) => ({ id: d.id, text: d.text })), { top: 10 });
console.log("200 corpusKeyphrases of 3 docs", performance.now() - t);
