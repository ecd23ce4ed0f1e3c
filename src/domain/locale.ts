// The languages Carta speaks; a workspace and each user pick one.
export const LOCALES = ['ro', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text given in every supported language (template names, labels). */
export type Localized = Record<Locale, string>;
