import { saudiNewsNet } from "../eval/data.js";
import { storyVectors } from "../src/story-vectors.js";
const docs = saudiNewsNet(2000);
let t = performance.now();
const m = storyVectors(docs);
console.log("vectors", performance.now() - t, m.vocab.stems.length);
