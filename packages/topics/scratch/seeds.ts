import { readFileSync, readdirSync } from "node:fs";
import { groupStories, findEntities, extractTopics } from "../src/index.js";
const dir = "/work/main/seeds";
const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
const docs = files.map((f) => ({ id: f.slice(0, 3), text: readFileSync(`${dir}/${f}`, "utf8"), date: null }));
console.log(JSON.stringify(groupStories(docs), null, 1));
const ents = findEntities(docs);
for (const e of ents.slice(0, 60)) console.log(e.kind, e.count, e.name, "|", e.variants.join(" / "), e.articles.join(","));
console.log(JSON.stringify(extractTopics(docs)));
