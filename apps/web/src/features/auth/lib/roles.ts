import type { MeResponse, RoleName } from '@koers/contracts';

/** The user's roles in one region; a platform administrator acts as admin everywhere. */
export function rolesIn(me: MeResponse | null | undefined, regionId: string): RoleName[] {
  const roles = (me?.roles ?? []).filter((r) => r.regionId === regionId).map((r) => r.role);
  return me?.user.isPlatformAdmin ? [...roles, 'admin'] : roles;
}

/** The user's council grant in a region (their municipality), if they are a council clerk there. */
export function councilGrant(me: MeResponse | null | undefined, regionId: string) {
  return me?.roles.find(
    (r) => r.regionId === regionId && r.role === 'council' && r.municipalityId !== null,
  );
}

/**
 * Whether the user may do the bureau's work in a region: its bureau, its administrator (the API
 * lets a region admin through every role check), or a platform administrator.
 */
export function actsAsBureau(me: MeResponse | null | undefined, regionId: string): boolean {
  return rolesIn(me, regionId).some((role) => role === 'bureau' || role === 'admin');
}
