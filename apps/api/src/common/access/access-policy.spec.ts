import { withoutEmails } from './public-view';

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
