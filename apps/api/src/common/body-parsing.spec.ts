import { jsonCharset } from './body-parsing';

describe('jsonCharset', () => {
  it('reads a well-formed JSON content type', () => {
    expect(jsonCharset('application/json')).toBeUndefined();
    expect(jsonCharset('Application/JSON; charset=UTF-8')).toBe('UTF-8');
    expect(jsonCharset('application/json; charset="utf-16"')).toBe('utf-16');
  });

  it('refuses another type or parameters that do not parse', () => {
    for (const header of [
      undefined,
      'text/plain',
      'application/json-patch+json',
      'application/json; charset',
      'application/json;;x',
      'application/json; charset="utf-8',
    ]) {
      expect([header, jsonCharset(header)]).toEqual([header, null]);
    }
  });
});
