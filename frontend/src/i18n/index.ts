import { createI18n } from 'vue-i18n'
import { en, ja } from './messages'

export const LOCALES = ['ja', 'en'] as const
export type Locale = (typeof LOCALES)[number]

const STORAGE_KEY = 'deban.locale'

function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value)
}

/** Japanese first: English only when the user chose it before. */
function storedLocale(): Locale {
  try {
    const value = localStorage.getItem(STORAGE_KEY)
    return isLocale(value) ? value : 'ja'
  } catch {
    return 'ja' // storage disabled (private mode, strict settings)
  }
}

export const i18n = createI18n({
  legacy: false,
  locale: storedLocale(),
  fallbackLocale: 'ja',
  messages: { ja, en },
  datetimeFormats: {
    ja: { long: { year: 'numeric', month: 'long', day: 'numeric' } },
    en: { long: { year: 'numeric', month: 'long', day: 'numeric' } },
  },
})

document.documentElement.lang = i18n.global.locale.value

export function currentLocale(): Locale {
  return i18n.global.locale.value as Locale
}

/** Switches the UI language, remembers it, and keeps `<html lang>` true for screen readers. */
export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale
  document.documentElement.lang = locale
  try {
    localStorage.setItem(STORAGE_KEY, locale)
  } catch {
    // Not remembered across visits; the switch still works for this one.
  }
}
