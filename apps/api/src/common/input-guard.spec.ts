import { inspectInput, MAX_INPUT_DEPTH } from './input-guard';

describe('inspectInput', () => {
  it('lets ordinary text, real surrogate pairs and numbers through', () => {
    expect(inspectInput({ name: 'Jan 😀', n: 1, list: ['a', { b: null }] })).toEqual([]);
  });

  it('names every string with a NUL or a lone surrogate by its dotted path', () => {
    expect(
      inspectInput({ a: 'x\u0000', list: [{ b: 'y\uD800' }, 'z\uDC00w'], ok: 'fine' }),
    ).toEqual([
      { field: 'a', message: expect.stringContaining('NUL') },
      { field: 'list.0.b', message: expect.stringContaining('surrogaat') },
      { field: 'list.1', message: expect.stringContaining('surrogaat') },
    ]);
  });

  it('refuses the names of Object.prototype as fields, at any depth', () => {
    const body = JSON.parse('{"__proto__": {"x": 1}, "m": {"constructor": 1, "toString": 2}}');
    expect(inspectInput(body).map((e) => e.field)).toEqual([
      '__proto__',
      'm.constructor',
      'm.toString',
    ]);
  });

  it('refuses nesting deeper than the limit without overflowing the stack', () => {
    const deep = JSON.parse(`${'['.repeat(200_000)}${']'.repeat(200_000)}`);
    expect(inspectInput(deep)).toEqual([
      { field: Array(MAX_INPUT_DEPTH).fill('0').join('.'), message: expect.any(String) },
    ]);
  });

  it('stops at the limit of errors', () => {
    const many = Array.from({ length: 1000 }, () => '\u0000');
    expect(inspectInput(many)).toHaveLength(50);
  });
});
