/**
 * The fields a request actually sent. DTO instances may carry declared-but-absent fields as
 * `undefined`; merged into an entity those would wipe values a PATCH did not mention.
 */
export function definedFields<T extends object>(dto: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(dto).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}
