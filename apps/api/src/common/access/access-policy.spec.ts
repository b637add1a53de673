import { mayTransition, TRANSITION_ROLES } from './access.decorator';
import { withoutEmails } from './public-view';

describe('mayTransition', () => {
  it('lets the board decide and the bureau send the proposal to the councils', () => {
    expect(mayTransition(['board'], 'proposed')).toBe(true);
    expect(mayTransition(['board'], 'adopted')).toBe(true);
    expect(mayTransition(['board'], 'draft')).toBe(true);
    expect(mayTransition(['board'], 'consultation')).toBe(false);
    expect(mayTransition(['bureau'], 'consultation')).toBe(true);
    expect(mayTransition(['bureau'], 'adopted')).toBe(false);
    expect(mayTransition(['observer', 'council'], 'consultation')).toBe(false);
  });

  it('lets a region admin make every transition', () => {
    for (const to of Object.keys(TRANSITION_ROLES)) expect(mayTransition(['admin'], to)).toBe(true);
  });

  it('leaves an unknown target to validation, for those who make decisions', () => {
    expect(mayTransition(['bureau'], undefined)).toBe(true);
    expect(mayTransition(['observer'], 'nonsense')).toBe(false);
  });
});

describe('withoutEmails', () => {
  it('blanks every e-mail address, however deep', () => {
    expect(
      withoutEmails({
        items: [{ name: 'Jansen', email: 'j@x.nl', person: { contactEmail: 'c@x.nl' } }],
        total: 1,
        createdAt: 'x',
      }),
    ).toEqual({
      items: [{ name: 'Jansen', email: null, person: { contactEmail: null } }],
      total: 1,
      createdAt: 'x',
    });
  });
});
