import { municipalitySlug } from './municipality-slug';

describe('municipalitySlug', () => {
  it('makes an address part of a name: lower case, no accents, dashes between words', () => {
    expect(municipalitySlug('Geldrop-Mierlo')).toBe('geldrop-mierlo');
    expect(municipalitySlug('Heeze-Leende')).toBe('heeze-leende');
    expect(municipalitySlug('Reusel-De Mierden')).toBe('reusel-de-mierden');
    expect(municipalitySlug("'s-Hertogenbosch")).toBe('s-hertogenbosch');
    expect(municipalitySlug('Súdwest-Fryslân')).toBe('sudwest-fryslan');
  });
});
