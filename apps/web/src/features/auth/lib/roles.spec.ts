import type { MeResponse, RoleName } from '@koers/contracts';
import { actsAsBureau } from './roles';

const REGION = 'region-a';
const OTHER = 'region-b';

function me(grants: [string, RoleName][], isPlatformAdmin = false): MeResponse {
  return {
    user: { id: 'u1', email: 'a@example.nl', name: 'A', isPlatformAdmin },
    roles: grants.map(([regionId, role]) => ({
      regionId,
      regionName: regionId,
      role,
      municipalityId: null,
      municipalityName: null,
      personId: null,
    })),
    csrfToken: 'token',
  };
}

describe('who does the bureau’s work in a region (as the API decides it)', () => {
  it('is its bureau, its administrator and a platform administrator', () => {
    expect(actsAsBureau(me([[REGION, 'bureau']]), REGION)).toBe(true);
    // The API lets a region admin through every role check: the screens must offer what it allows.
    expect(actsAsBureau(me([[REGION, 'admin']]), REGION)).toBe(true);
    expect(actsAsBureau(me([], true), REGION)).toBe(true);
  });

  it('is nobody else: other roles, or the bureau or admin of another region, or a visitor', () => {
    for (const role of ['board', 'portfolio_holder', 'council', 'observer'] as const) {
      expect({ role, acts: actsAsBureau(me([[REGION, role]]), REGION) }).toEqual({
        role,
        acts: false,
      });
    }
    expect(actsAsBureau(me([[OTHER, 'bureau']]), REGION)).toBe(false);
    expect(actsAsBureau(me([[OTHER, 'admin']]), REGION)).toBe(false);
    expect(actsAsBureau(null, REGION)).toBe(false);
  });
});
