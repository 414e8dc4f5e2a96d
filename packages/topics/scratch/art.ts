import { readFileSync, readdirSync } from "node:fs";
// @ts-ignore
import { readArticles, cleanCorpus } from "../../articles/src/index.ts";
const dir = "/work/main/seeds";
const arts: any[] = [];
for (const f of readdirSync(dir).sort()) { const r = readArticles(`${dir}/${f}`, new Uint8Array(readFileSync(`${dir}/${f}`))); arts.push(...r.articles); }
for (const a of cleanCorpus(arts)) console.log(a.id, a.date, a.title, a.paragraphs.length, a.paragraphs.map((p: any) => a.text.slice(p.start, p.end)).join(" ").length);
import { groupStories } from "../src/index.js";
import { storyVectors } from "../src/story-vectors.js";
import { articleSimilarity } from "../src/stories.js";
const docs = cleanCorpus(arts).map((a: any) => ({ id: a.id.slice(0, 3), date: a.date, title: a.title, text: a.paragraphs.map((p: any) => a.text.slice(p.start, p.end)).join("\n\n") }));
console.log(JSON.stringify(groupStories(docs)));
const m = storyVectors(docs);
for (let i = 0; i < docs.length; i++) console.log(docs[i].id, docs.map((_: any, j: number) => articleSimilarity(m, i, j).toFixed(3)).join(" "));
