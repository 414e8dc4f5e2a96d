/** The normalisation steps, each one a named function in this folder. */
export interface NormalizeOptions {
  /** Start from this profile, then apply the flags below (default "search"). */
  profile?: NormalizeProfile;
  presentationForms?: boolean;
  diacritics?: boolean;
  tatweel?: boolean;
  alef?: boolean;
  hamza?: boolean;
  alefMaqsura?: boolean;
  tehMarbuta?: boolean;
  persian?: boolean;
  digits?: boolean;
  controls?: boolean;
  spaces?: boolean;
  punctuation?: boolean;
}

/** "search": aggressive, for matching and counting. "display": keeps spelling, only cleans. */
export type NormalizeProfile = "search" | "display";

export type NormalizeStep = Exclude<keyof NormalizeOptions, "profile">;

/** Order in which steps are composed (presentation forms first: they expand into letters the others map). */
export const STEP_ORDER: readonly NormalizeStep[] = [
  "presentationForms",
  "controls",
  "spaces",
  "diacritics",
  "tatweel",
  "persian",
  "alef",
  "hamza",
  "alefMaqsura",
  "tehMarbuta",
  "digits",
  "punctuation",
];

export const PROFILES: Readonly<Record<NormalizeProfile, Readonly<Record<NormalizeStep, boolean>>>> = {
  // Keeps ة and ؤ ئ: the stemmer uses them to tell suffixes and roots apart.
  search: {
    presentationForms: true,
    controls: true,
    spaces: true,
    diacritics: true,
    tatweel: true,
    persian: true,
    alef: true,
    hamza: false,
    alefMaqsura: true,
    tehMarbuta: false,
    digits: true,
    punctuation: true,
  },
  // Only cleans what is invisible or an encoding accident; spelling, diacritics and digits stay.
  display: {
    presentationForms: true,
    controls: true,
    spaces: true,
    diacritics: false,
    tatweel: true,
    persian: true,
    alef: false,
    hamza: false,
    alefMaqsura: false,
    tehMarbuta: false,
    digits: false,
    punctuation: true,
  },
};
