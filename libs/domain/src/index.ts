export * from './money/allocate-cents';
