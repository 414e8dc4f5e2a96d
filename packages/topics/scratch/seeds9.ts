import { seedDocs } from "../test/seeds.js";
import { storyVectors } from "../src/story-vectors.js";
import { dot } from "../src/tfidf.js";
const docs = seedDocs({ dates: true });
const m = storyVectors(docs);
for (let i = 0; i < docs.length; i++) console.log(docs[i]!.id, docs.map((_, j) => dot(m.leads[i]!, m.leads[j]!).toFixed(3)).join(" "));
for (const d of docs) console.log(d.id, d.text.slice(0, 250).replace(/\n/g, " / "));
