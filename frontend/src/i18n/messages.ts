/**
 * The locale messages, one file per part of the product (`ja/common.json`, `ja/resident.json`,
 * …) so that each part's strings live beside each other. Every file holds whole top-level keys;
 * `locales.spec.ts` checks that no key is defined by two files.
 */
// JSON of nested strings; vue-i18n checks the keys at run time and locales.spec.ts in tests.
type Messages = Record<string, any>

const jaFiles = import.meta.glob<Messages>('./ja/*.json', { eager: true, import: 'default' })
const enFiles = import.meta.glob<Messages>('./en/*.json', { eager: true, import: 'default' })

function merge(files: Record<string, Messages>): Messages {
  return Object.assign({}, ...Object.values(files)) as Messages
}

export const ja = merge(jaFiles)
export const en = merge(enFiles)
export const messageFiles = { ja: jaFiles, en: enFiles }
