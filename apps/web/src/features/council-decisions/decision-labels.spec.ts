import { COUNCIL_DECISION_STATUSES } from '@koers/contracts';
import { changeWordsNl } from '../history/change-words';
import { changeWordsEn } from '../history/change-words.en';
import { publicNl } from '../public/locales';
import { publicEn } from '../public/locales.en';
import { councilDecisionsNl } from './locales';
import { councilDecisionsEn } from './locales.en';

const councilDecisionsLocales = { nl: councilDecisionsNl, en: councilDecisionsEn };
const publicLocales = { nl: publicNl, en: publicEn };
const changeWords = { nl: changeWordsNl, en: changeWordsEn };

/** Issue 15 item 6: a council's decision is called the same on every page that shows it. */
describe('the words for a council decision', () => {
  it.each(['nl', 'en'] as const)('are the same on every page (%s)', (language) => {
    const council = councilDecisionsLocales[language].councilDecisions.statuses;
    const publicPage = publicLocales[language].publicProgramme.councils.statuses;
    const history = changeWords[language].statuses;
    for (const status of COUNCIL_DECISION_STATUSES) {
      expect([status, publicPage[status], history[status]]).toEqual([
        status,
        council[status],
        council[status],
      ]);
    }
  });

  it('calls a partial decision “Gedeeltelijk ingestemd” / “Partly agreed”', () => {
    expect(councilDecisionsLocales.nl.councilDecisions.statuses.partial).toBe(
      'Gedeeltelijk ingestemd',
    );
    expect(councilDecisionsLocales.en.councilDecisions.statuses.partial).toBe('Partly agreed');
  });
});
