import * as fontkit from "fontkit"
import { readFileSync } from "node:fs"
const f = fontkit.create(readFileSync("assets/fonts/NotoNaskhArabic-Regular.ttf")) as fontkit.Font
console.log(f.unitsPerEm, f.ascent, f.descent, f.lineGap, f.bbox, (f as any)["OS/2"]?.typoAscender, (f as any)["OS/2"]?.winAscent, (f as any)["OS/2"]?.winDescent)
