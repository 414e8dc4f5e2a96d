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
export { backgroundDf, backgroundMeanWords, backgroundSize, idf } from "./background.js";
export {
  distinctiveTerms,
  keyness,
  lengthProfile,
  termKeyness,
  withKeyness,
  UNSEEN_BACKGROUND_DF,
  type DistinctiveOptions,
  type LengthProfile,
} from "./keyness.js";
