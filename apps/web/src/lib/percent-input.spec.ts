import { basisPointsToPercentInput, formatPercent, parsePercent } from './percent-input';

describe('percentages as typed', () => {
  it('reads Dutch and English decimals as whole basis points', () => {
    expect(parsePercent('12,5')).toBe(1250);
    expect(parsePercent('12.5')).toBe(1250);
    expect(parsePercent(' 7,25 %')).toBe(725);
    expect(parsePercent('100')).toBe(10_000);
    expect(parsePercent('0')).toBe(0);
    expect(parsePercent('12,')).toBe(1200);
  });

  it('refuses what it would have to round or cannot be a share', () => {
    for (const text of ['', '12,345', '100,01', '101', '-5', 'tien', '1.000']) {
      expect(parsePercent(text)).toBeNull();
    }
  });

  it('writes basis points back as the user would type them', () => {
    expect(basisPointsToPercentInput(1250)).toBe('12,5');
    expect(basisPointsToPercentInput(725)).toBe('7,25');
    expect(basisPointsToPercentInput(10_000)).toBe('100');
    expect(basisPointsToPercentInput(5)).toBe('0,05');
    for (const bp of [0, 1, 99, 1234, 5000, 9999]) {
      expect(parsePercent(basisPointsToPercentInput(bp))).toBe(bp);
    }
  });

  it('shows a share in the reader’s language', () => {
    expect(formatPercent(1250)).toBe('12,5%');
    expect(formatPercent(1250, 'en')).toBe('12.5%');
  });
});
