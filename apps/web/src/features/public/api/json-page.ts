/**
 * An open-data list answers JSON, or CSV when asked for `?format=csv`; these screens ask for JSON,
 * so a CSV (a string) here is a fault, said out loud rather than shown as an empty list.
 */
export async function jsonPage<P extends object>(answer: Promise<P | string>): Promise<P> {
  const page = await answer;
  if (typeof page === 'string') throw new Error('The open-data API answered CSV instead of JSON');
  return page;
}
