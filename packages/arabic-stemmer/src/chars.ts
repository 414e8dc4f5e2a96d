// Arabic letter code points used by the stemmer (U+0621–U+064A block).
export const HAMZA = 0x0621
export const ALEF_MADDA = 0x0622
export const ALEF_HAMZA_ABOVE = 0x0623
export const WAW_HAMZA = 0x0624
export const ALEF_HAMZA_BELOW = 0x0625
export const YEH_HAMZA = 0x0626
export const ALEF = 0x0627
export const BEH = 0x0628
export const TEH_MARBUTA = 0x0629
export const TEH = 0x062a
export const JEEM = 0x062c
export const DAL = 0x062f
export const REH = 0x0631
export const SEEN = 0x0633
export const TAH = 0x0637
export const FEH = 0x0641
export const QAF = 0x0642
export const KAF = 0x0643
export const LAM = 0x0644
export const MEEM = 0x0645
export const NOON = 0x0646
export const HEH = 0x0647
export const WAW = 0x0648
export const ALEF_MAKSURA = 0x0649
export const YEH = 0x064a

/** Any alef form (bare, hamza above/below, madda, wasla). */
export function isAlef(c: number): boolean {
  return c === ALEF || c === ALEF_HAMZA_ABOVE || c === ALEF_HAMZA_BELOW || c === ALEF_MADDA || c === 0x0671
}

/** A base Arabic letter ء..ي (after normalisation a word of these is an Arabic word). */
export function isArabicLetter(c: number): boolean {
  return c >= 0x0621 && c <= 0x064a && c !== 0x0640
}
