/** Every TypeORM entity, listed explicitly so builds and tests never depend on file globs. */
export const ENTITIES: (new () => object)[] = [];
