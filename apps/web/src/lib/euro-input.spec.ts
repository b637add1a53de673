import { centsToEuroInput, parseEuros } from './euro-input';

describe('euros typed by a person', () => {
  it('reads Dutch notation exactly as cents', () => {
    expect(parseEuros('1.234,56')).toBe(123_456);
    expect(parseEuros('1234,56')).toBe(123_456);
    expect(parseEuros('€ 2.500.000')).toBe(250_000_000);
    expect(parseEuros('0,5')).toBe(50);
    expect(parseEuros('7')).toBe(700);
    expect(parseEuros('12,')).toBe(1200);
  });

  it('reads a decimal point when it cannot be a thousands separator', () => {
    expect(parseEuros('12.5')).toBe(1250);
    expect(parseEuros('12.50')).toBe(1250);
    expect(parseEuros('12.500')).toBe(1_250_000);
  });

  it('refuses more than two decimals, negative amounts and text', () => {
    expect(parseEuros('1,234')).toBeNull();
    expect(parseEuros('0,001')).toBeNull();
    expect(parseEuros('-5')).toBeNull();
    expect(parseEuros('tien')).toBeNull();
    expect(parseEuros('1.23.4')).toBeNull();
    expect(parseEuros('')).toBeNull();
  });

  it('writes cents back in the notation it reads', () => {
    expect(centsToEuroInput(123_456)).toBe('1.234,56');
    expect(centsToEuroInput(5)).toBe('0,05');
    expect(centsToEuroInput(250_000_000)).toBe('2.500.000,00');
    for (const cents of [0, 1, 99, 100, 123_456_789]) {
      expect(parseEuros(centsToEuroInput(cents))).toBe(cents);
    }
  });
});
