import { seedDocs } from "../test/seeds.js";
import { storyVectors } from "../src/story-vectors.js";
import { articleSimilarity } from "../src/stories.js";
const docs = seedDocs({ dates: true });
const m = storyVectors(docs);
for (let i = 0; i < docs.length; i++) console.log(docs[i]!.id, docs.map((_, j) => articleSimilarity(m, i, j).toFixed(3)).join(" "));
