import { seedDocs } from "../test/seeds.js";
import { storyVectors } from "../src/story-vectors.js";
import { dot } from "../src/tfidf.js";
const docs = seedDocs({ dates: true });
console.log(docs.map((d) => [d.id, d.date, d.text.length]));
const m = storyVectors(docs);
for (let i = 0; i < docs.length; i++) console.log(docs[i]!.id, m.vectors.map((v) => dot(m.vectors[i]!, v).toFixed(3)).join(" "));
