import { ERROR_CODES, type TransitionRefusalCode } from '@koers/domain';
import { i18n } from '../lib/i18n';
import { fieldMessage, problemMessage } from '../lib/problem-message';

const TRANSITION_REFUSALS = [
  'PROGRAMME_TRANSITION_NOT_ALLOWED',
  'PROGRAMME_REASON_REQUIRED',
  'PROGRAMME_HAS_NO_ASSIGNMENTS',
  'PROGRAMME_HAS_UNANSWERED_VIEWS',
  'PROGRAMME_COUNCILS_PENDING',
] satisfies TransitionRefusalCode[];

const hasSentence = (language: string, code: string) => {
  const t = i18n.getFixedT(language);
  return [`problems.${code}`, `problems.${code}_other`].some(
    (key) => i18n.exists(key, { lng: language, fallbackLng: false }) && t(key) !== key,
  );
};

/** Every string of a language's translations, with the key it sits at. */
function strings(value: unknown, key = ''): [string, string][] {
  if (typeof value === 'string') return [[key, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => strings(v, key ? `${key}.${k}` : k));
}

describe('problems in the reader’s language', () => {
  // English is fetched when first needed (lib/i18n.ts); the sentence checks read it directly.
  beforeAll(() => i18n.loadLanguages('en'));

  it.each(['nl', 'en'])('has a %s sentence for every code the API can answer', (language) => {
    const missing = [...ERROR_CODES, ...TRANSITION_REFUSALS].filter(
      (code) => !hasSentence(language, code),
    );
    expect(missing).toEqual([]);
  });

  const conflict = {
    type: 'urn:koers:problem:theme-version-conflict',
    title: 'Conflict',
    status: 409,
    detail: 'Iemand anders heeft deze opgave intussen gewijzigd (nu versie 4); laad opnieuw.',
    code: 'THEME_VERSION_CONFLICT' as const,
    params: { currentVersion: 4 },
  };

  it('words a refusal from its code and params, in English in the English interface', async () => {
    await i18n.changeLanguage('en');
    expect(problemMessage(conflict)).toBe(
      'Someone else changed this theme in the meantime (now version 4); reload.',
    );
  });

  it('and in Dutch in the Dutch one', () => {
    expect(problemMessage(conflict)).toBe(
      'Iemand anders heeft deze opgave intussen gewijzigd (nu versie 4); laad opnieuw.',
    );
  });

  it('counts fields in a validation problem, and words a framework problem by its status', async () => {
    const invalid = { ...conflict, status: 400, code: 'VALIDATION_FAILED' as const };
    expect(problemMessage({ ...invalid, params: { count: 3, field: 'year' } })).toBe(
      '3 velden zijn niet geldig.',
    );
    await i18n.changeLanguage('en');
    expect(problemMessage({ ...invalid, params: { count: 1, field: 'year' } })).toBe(
      'The field year is not valid.',
    );
    expect(problemMessage({ ...conflict, status: 404, code: 'HTTP_404', params: {} })).toBe(
      'This address does not exist.',
    );
  });

  it('never shows the API’s Dutch sentence in English for a problem it does not know', async () => {
    await i18n.changeLanguage('en');
    const unknown = { ...conflict, code: 'SOMETHING_NEW' as never, status: 409 };
    expect(problemMessage(unknown)).toBe('The request failed (error 409).');
  });

  it('words a field error by the rule it broke in English, and keeps the API’s Dutch sentence in Dutch', async () => {
    const error = { field: 'year', message: 'moet tussen 2000 en 2100 liggen', constraint: 'min' };
    expect(fieldMessage(error)).toBe('moet tussen 2000 en 2100 liggen');
    await i18n.changeLanguage('en');
    expect(fieldMessage(error)).toBe('is too small');
    expect(fieldMessage({ field: 'x', message: 'is geen gemeente van deze regio' })).toBe(
      'is not valid',
    );
  });
});

describe('one form of address in Dutch', () => {
  // "u", "uw" and "uzelf" as whole words; "uur", "uit", "Utrecht" or "jouw" merely contain a u.
  const FORMAL = /(?<![\p{L}\p{N}])(u|uw|uzelf)(?![\p{L}\p{N}])/iu;

  it('addresses the reader as "je"/"jouw" everywhere, never "u"/"uw"', () => {
    const formal = strings(i18n.getResourceBundle('nl', 'translation')).filter(([, text]) =>
      FORMAL.test(text),
    );
    expect(formal).toEqual([]);
  });

  it('the check itself catches "u" and "uw" but not words that merely contain a u', () => {
    expect(FORMAL.test('Meld u aan')).toBe(true);
    expect(FORMAL.test('Uw wijzigingen')).toBe(true);
    expect(FORMAL.test('binnen 1 uur, uit Utrecht, jouw rol')).toBe(false);
  });
});
