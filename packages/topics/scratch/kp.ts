import { seedDocs } from "../test/seeds.js";
import { extractKeyphrases } from "@mawjaz/keywords";
const docs = seedDocs({ dates: true });
for (const d of docs) {
  const t = performance.now();
  const k = extractKeyphrases(d.text, { top: 15 });
  console.log(d.id, (performance.now() - t).toFixed(0), k.map((x) => x.phrase).join(" | "));
}
