export * from './money/allocate-cents';
export * from './money/amount-bounds';
export * from './money/format-euros';
export * from './lifecycle/programme-lifecycle';
export * from './deadlines/deadlines';
export * from './contributions/contribution-split';
export * from './contributions/extra-contribution';
export * from './contributions/population';
