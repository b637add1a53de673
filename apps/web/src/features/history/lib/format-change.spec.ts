import { i18n } from '../../../lib/i18n';
import { expandChanges, fieldLabel, formatValue } from './format-change';

const eindhoven = '11111111-1111-4111-8111-111111111111';
const helmond = '22222222-2222-4222-8222-222222222222';
const names = { [eindhoven]: 'Eindhoven', [helmond]: 'Helmond' };

describe('a surcharge in the history', () => {
  beforeAll(() => i18n.changeLanguage('nl'));

  it('reads as a percentage for named municipalities, not as basis points and keys', () => {
    const [change] = expandChanges([
      {
        field: 'contributionKey',
        old: null,
        new: {
          type: 'per_inhabitant',
          surcharge: { basisPoints: 2000, municipalityIds: [eindhoven, helmond] },
        },
      },
    ]).filter((c) => c.field === 'contributionKey.surcharge');
    const t = i18n.t.bind(i18n);
    expect(fieldLabel(change.field, t)).toBe('Verdeelsleutel: toeslag');
    const text = formatValue(change.field, change.new, t, 'nl', names);
    expect(text).toBe('percentage: 20%, gemeenten: Eindhoven; Helmond');
  });
});
