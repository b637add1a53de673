import type { FieldError } from '@koers/contracts';

/** Deeper than any request document of Koers (the deepest is about 4), far below a stack overflow. */
export const MAX_INPUT_DEPTH = 32;

/**
 * Keys that class-transformer and class-validator do not see as unknown fields (they exist on
 * every object), so `forbidNonWhitelisted` lets them through. No request field has such a name.
 */
const PROTOTYPE_NAMES: ReadonlySet<string> = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  'prototype',
]);

/** NUL cannot be stored in PostgreSQL text. */
const NUL = '\u0000';
/** A high surrogate without a low one after it, or a low one without a high one before it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function textProblem(text: string): string | undefined {
  if (text.includes(NUL)) return 'mag geen NUL-teken (\\u0000) bevatten';
  if (LONE_SURROGATE.test(text)) return 'bevat een ongeldig teken (een losse UTF-16-surrogaat)';
  return undefined;
}

/**
 * Checks a parsed request body or query before anything else reads it: every string and every
 * key is text PostgreSQL can store unaltered, no key is a name of Object.prototype, and nothing
 * is nested deeper than {@link MAX_INPUT_DEPTH}. Iterative, so no input can overflow the stack.
 * Answers one error per field (dotted path as in the validation pipe), at most `limit`.
 */
export function inspectInput(input: unknown, prefix = '', limit = 50): FieldError[] {
  const errors: FieldError[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [
    { value: input, path: prefix, depth: 0 },
  ];
  while (stack.length > 0 && errors.length < limit) {
    const { value, path, depth } = stack.pop() as (typeof stack)[number];
    if (typeof value === 'string') {
      const message = textProblem(value);
      if (message) errors.push({ field: path, message });
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) {
      errors.push({ field: path, message: `is te diep genest (meer dan ${MAX_INPUT_DEPTH})` });
      continue;
    }
    const children: (typeof stack)[number][] = [];
    for (const key of Object.keys(value)) {
      const field = path ? `${path}.${key}` : key;
      const keyProblem = Array.isArray(value) ? undefined : textProblem(key);
      if (keyProblem) {
        errors.push({ field: path || '(veldnaam)', message: `een veldnaam ${keyProblem}` });
      } else if (!Array.isArray(value) && PROTOTYPE_NAMES.has(key)) {
        errors.push({ field, message: 'dit veld bestaat niet' });
      } else {
        const child = (value as Record<string, unknown>)[key];
        children.push({ value: child, path: field, depth: depth + 1 });
      }
    }
    // Reversed onto the stack, so the fields come out in document order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return errors.slice(0, limit);
}
