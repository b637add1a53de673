/** A municipality's name as it appears in its public address: "Geldrop-Mierlo" → "geldrop-mierlo". */
export function municipalitySlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
