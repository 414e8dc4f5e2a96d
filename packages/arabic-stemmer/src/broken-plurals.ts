// Broken plurals: first the table in data/broken-plurals.json (common news vocabulary,
// plural → singular), then three templates regular enough to invert without a dictionary:
//   فعلاء → فعيل   (وزراء → وزير, خبراء → خبير)
//   أفعلاء → فعيل  (أصدقاء → صديق, أغنياء → غني)
//   أفعال → فعل    (أسعار → سعر), only with a written أ: إفعال is a verbal noun (إعلان)
//   فعائل → فعيل   (جرائم → جريم(ة), وثائق → وثيق(ة))
//   فعول of a doubled root → فع (حدود → حد, حقوق → حق, ردود → رد)
//   فعايا → فعي(ة)  (قضايا → قضي(ة), هدايا → هدي(ة), خلايا → خلي(ة))
import { ALEF, ALEF_HAMZA_ABOVE, HAMZA, WAW, YEH, YEH_HAMZA, isAlef } from "./chars.js"
import { brokenPlurals } from "./lexicon.js"

const c = (s: string, i: number): number => s.charCodeAt(i)
const YEH_CHAR = "\u064a"

/** The singular of a broken plural in the table, or undefined. */
export function singularFromTable(word: string): string | undefined {
  const entry = brokenPlurals.get(word)
  return entry !== undefined && sameSpelling(word, entry.plural) ? entry.singular : undefined
}

/**
 * Whether `word` may be a spelling of `listed`: a bare ا in the word may stand for any alef
 * (hamzas are often not written), but a written أ إ آ must be the listed one; ي and ى must
 * match (قوي "strong" is not قوى "forces").
 */
function sameSpelling(word: string, listed: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const w = word.charCodeAt(i)
    const l = listed.charCodeAt(i)
    if (w === l || (w === ALEF && isAlef(l))) continue
    return false
  }
  return true
}

/** The singular stem of a broken plural recognised by its template, or undefined. */
export function singularFromTemplate(s: string): string | undefined {
  const n = s.length
  if (n === 5 && c(s, 3) === ALEF && c(s, 4) === HAMZA && !isAlef(c(s, 0))) {
    return s[0] + s[1] + YEH_CHAR + s[2] // فعلاء
  }
  if (n === 6 && c(s, 0) === ALEF_HAMZA_ABOVE && c(s, 4) === ALEF && c(s, 5) === HAMZA) {
    return c(s, 3) === YEH ? s[1] + s[2] + YEH_CHAR : s[1] + s[2] + YEH_CHAR + s[3] // أفعلاء
  }
  if (n === 5 && c(s, 0) === ALEF_HAMZA_ABOVE && c(s, 3) === ALEF && c(s, 4) !== HAMZA) {
    return s[1] + s[2] + s[4] // أفعال
  }
  if (n === 5 && c(s, 2) === ALEF && c(s, 3) === YEH_HAMZA && !isAlef(c(s, 0))) {
    return s[0] + s[1] + YEH_CHAR + s[4] // فعائل
  }
  if (n === 5 && c(s, 2) === ALEF && c(s, 3) === YEH && c(s, 4) === ALEF && !isAlef(c(s, 0))) {
    return s[0] + s[1] + YEH_CHAR // فعايا
  }
  if (n === 4 && c(s, 2) === WAW && c(s, 1) === c(s, 3)) {
    return s.slice(0, 2) // فعول, doubled root
  }
  return undefined
}

