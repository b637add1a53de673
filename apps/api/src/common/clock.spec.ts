import { Clock } from './clock';

describe('Clock', () => {
  const saved = process.env.KOERS_TODAY;
  afterEach(() => {
    if (saved === undefined) delete process.env.KOERS_TODAY;
    else process.env.KOERS_TODAY = saved;
  });

  it('gives today in the Netherlands, which is already tomorrow late in the UTC evening', () => {
    delete process.env.KOERS_TODAY;
    const clock = new Clock();
    jest.spyOn(clock, 'now').mockReturnValue(new Date('2026-06-30T22:30:00Z'));
    expect(clock.today()).toBe('2026-07-01');
  });

  it('honours KOERS_TODAY and refuses a value that is not a date', () => {
    process.env.KOERS_TODAY = '2026-05-01';
    expect(new Clock().today()).toBe('2026-05-01');
    process.env.KOERS_TODAY = '1 mei';
    expect(() => new Clock().today()).toThrow('KOERS_TODAY');
  });
});
