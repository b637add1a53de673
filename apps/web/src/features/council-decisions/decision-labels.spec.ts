import { COUNCIL_DECISION_STATUSES } from '@koers/contracts';
import { changeWords } from '../history/change-words';
import { publicLocales } from '../public/locales';
import { councilDecisionsLocales } from './locales';

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
