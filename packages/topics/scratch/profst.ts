import { saudiNewsNet } from "../eval/data.js";
import { groupStories } from "../src/index.js";
const docs = saudiNewsNet(2000);
const t = performance.now();
const r = groupStories(docs);
console.log("stories", performance.now() - t, r.stories.length);
