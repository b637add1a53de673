import { PROGRAMME_STATUSES } from '../lifecycle/programme-lifecycle';
import { mayTransition, ROLE_NAMES } from './transition-roles';

describe('mayTransition', () => {
  it('lets the board decide and the bureau send the proposal to the councils', () => {
    const allowed = (role: (typeof ROLE_NAMES)[number]) =>
      PROGRAMME_STATUSES.filter((to) => mayTransition([role], to));
    expect(allowed('board')).toEqual(['draft', 'proposed', 'adopted', 'in_execution', 'closed']);
    expect(allowed('bureau')).toEqual(['consultation']);
    expect(allowed('admin')).toEqual(PROGRAMME_STATUSES);
    for (const role of ['portfolio_holder', 'council', 'observer'] as const) {
      expect(allowed(role)).toEqual([]);
    }
  });

  it('adds up over several roles', () => {
    expect(mayTransition(['observer', 'bureau'], 'consultation')).toBe(true);
    expect(mayTransition(['observer', 'bureau'], 'adopted')).toBe(false);
  });

  it('leaves an unknown target to the handler (400) for those who may make transitions', () => {
    expect(mayTransition(['bureau'], 'published')).toBe(true);
    expect(mayTransition(['board'], undefined)).toBe(true);
    expect(mayTransition(['board'], 'toString')).toBe(true);
    expect(mayTransition(['council'], 'published')).toBe(false);
  });
});
