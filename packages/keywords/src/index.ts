export { countTerms, isContentToken, type Term, type TermOptions } from "./terms.js";
export {
  corpusKeyphrases,
  extractKeyphrases,
  rankCandidates,
  type Keyphrase,
  type KeyphraseOptions,
  type RankedPhrase,
} from "./keyphrases.js";
export { DEFAULT_WEIGHTS, type ScoreWeights } from "./score.js";
export { backgroundDf, backgroundSize, idf } from "./background.js";
export {
  distinctiveTerms,
  keyness,
  KEYNESS_MIN,
  residualIdf,
  termKeyness,
  withKeyness,
  UNSEEN_BACKGROUND_DF,
  type DistinctiveOptions,
} from "./keyness.js";
