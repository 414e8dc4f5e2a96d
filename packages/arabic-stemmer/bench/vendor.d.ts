// Minimal typings for the peer stemmers the benchmarks compare against.
declare module "snowball-stemmers" {
  export function newStemmer(algorithm: string): { stem(word: string): string }
  export function algorithms(): string[]
}
declare module "@nlpjs/lang-ar" {
  export class StemmerAr {
    stemWord(word: string): string
  }
}
