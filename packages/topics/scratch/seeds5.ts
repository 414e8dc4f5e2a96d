import { seedDocs } from "../test/seeds.js";
import { groupStories } from "../src/index.js";
for (const dates of [false, true]) {
  const docs = seedDocs({ dates });
  const r = groupStories(docs);
  console.log(dates, JSON.stringify(r.stories.map((s) => [s.articles, s.label])), r.unassigned);
}
