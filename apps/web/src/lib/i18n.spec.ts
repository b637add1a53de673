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

const forget = () => {
  document.cookie = 'koers-language=; path=/; max-age=0';
};

describe('the language of a new page load', () => {
  afterEach(forget);

  it('is Dutch at once for a new reader, without fetching the English strings', () => {
    forget();
    const { i18n } = loadFresh();
    expect(i18n.isInitialized).toBe(true);
    expect(i18n.t('home.title')).toBe('Welkom bij Koers');
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
  });

  it('is English, shared and feature strings alike, once ready for a reader who chose English', async () => {
    document.cookie = 'koers-language=en; path=/';
    const { i18n, i18nReady } = loadFresh();
    await i18nReady;
    expect(i18n.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(i18n.t('home.title')).toBe('Welcome to Koers');
    expect(i18n.t('start.title')).toBe('What is waiting for you');
  });

  it('keeps a reader’s choice for the next visit, and writes nothing on a start', async () => {
    forget();
    const { i18n, i18nReady } = loadFresh();
    await i18nReady;
    expect(document.cookie).not.toContain('koers-language');
    await i18n.changeLanguage('en');
    expect(document.cookie).toContain('koers-language=en');
    const next = loadFresh();
    await next.i18nReady;
    expect(next.i18n.language).toBe('en');
    await i18n.changeLanguage('nl');
    expect(document.cookie).toContain('koers-language=nl');
  });
});
