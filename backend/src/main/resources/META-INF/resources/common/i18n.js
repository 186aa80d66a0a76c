// The language of the staff pages (clerk console, supervisor pages): Vietnamese first, English on request; the
// choice is kept in this browser and shared by all of them. Each page's own i18n.js hands its texts over with
// useTexts({vi: {...}, en: {...}}); a text is a string or a function of the arguments given to t().
let lang = localStorage.getItem('motcua.lang') === 'en' ? 'en' : 'vi';
let texts = { vi: {}, en: {} };

export function useTexts(table) {
  texts = table;
}

export function t(key, ...args) {
  const v = texts[lang][key];
  return typeof v === 'function' ? v(...args) : (v ?? key);
}

export function language() {
  return lang;
}

export function toggleLanguage() {
  lang = lang === 'vi' ? 'en' : 'vi';
  localStorage.setItem('motcua.lang', lang);
  apply();
}

/** Fills every element marked data-i18n / data-i18n-placeholder; the language button names the other language. */
export function apply() {
  document.documentElement.lang = lang;
  document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
  document.querySelectorAll('[data-i18n-placeholder]').forEach(el => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  const button = document.getElementById('lang');
  if (button) {
    button.textContent = t('other');
  }
}
