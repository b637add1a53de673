/** The shared strings of a language plus every feature's own (see locales/features.ts). */
export function withFeatures(base: object, features: readonly object[]): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const feature of features) Object.assign(merged, feature);
  return merged;
}
