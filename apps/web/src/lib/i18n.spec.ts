/**
 * English is fetched only for a reader who chose it (lib/i18n.ts); each test loads the i18n module
 * afresh, as a new page load does, with what an earlier visit stored.
 */
type I18nModule = typeof import('./i18n');

function loadFresh(): I18nModule {
  let loaded: I18nModule | undefined;
  jest.isolateModules(() => {
    loaded = jest.requireActual<I18nModule>('./i18n');
  });
  return loaded as I18nModule;
}

describe('the language of a new page load', () => {
  afterEach(() => localStorage.clear());

  it('is Dutch at once for a new reader, without fetching the English strings', () => {
    localStorage.clear();
    const { i18n } = loadFresh();
    expect(i18n.isInitialized).toBe(true);
    expect(i18n.t('home.title')).toBe('Welkom bij Koers');
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
  });

  it('is English, shared and feature strings alike, once ready for a reader who chose English', async () => {
    localStorage.setItem('koers.language', 'en');
    const { i18n, i18nReady } = loadFresh();
    await i18nReady;
    expect(i18n.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(i18n.t('home.title')).toBe('Welcome to Koers');
    expect(i18n.t('start.title')).toBe('What is waiting for you');
  });
});
