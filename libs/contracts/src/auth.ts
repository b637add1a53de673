import type { RoleName } from '@koers/domain';
/** `POST /api/auth/login`. */
export interface LoginRequest {
  email: string;
  password: string;
}

/** `PUT /api/auth/password`: ends every other session of the user. */
export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface UserSummary {
  id: string;
  email: string;
  name: string;
  /** May create regions and act in every region. */
  isPlatformAdmin: boolean;
}

export interface RoleGrant {
  regionId: string;
  regionName: string;
  role: RoleName;
  /** The council's municipality (role `council` only). */
  municipalityId: string | null;
  municipalityName: string | null;
  /** The person whose assignments a portfolio holder holds. */
  personId: string | null;
}

/** `GET /api/auth/me` and the answer of a successful login. */
export interface MeResponse {
  user: UserSummary;
  roles: RoleGrant[];
  /** Send it back as the `X-CSRF-Token` header with every POST, PUT, PATCH and DELETE. */
  csrfToken: string;
}

/** A user as the administrator of a region sees them: only their roles in that region. */
export interface RegionUserResponse {
  id: string;
  email: string;
  name: string;
  active: boolean;
  roles: RoleGrant[];
}

/**
 * `POST /api/regions/{regionId}/users`: creates the user, or gives the role to a user the
 * administrator already manages (every role in regions they administer). For an address whose
 * account is managed elsewhere (roles in another region, a platform administrator) nothing is
 * attached: the account holder is offered the role and accepts it after signing in with their own
 * password (`GET /api/auth/invitations`). The answer looks the same in every case, so it does not
 * tell whether the address has an account.
 */
export interface CreateRegionUserRequest {
  email: string;
  name: string;
  role: RoleName;
  municipalityId?: string | null;
  personId?: string | null;
  /** The first password (≥ 12 characters); left out, Koers generates a one-time password. */
  password?: string;
}

export interface CreatedRegionUserResponse extends RegionUserResponse {
  /**
   * Generated password, shown this once; null when a password was given or the user was already
   * one of the administrator's. When the address belongs to an account managed elsewhere, `id`
   * is the invitation's and this password opens nothing: the holder accepts the invitation.
   */
  oneTimePassword: string | null;
}

/** `GET /api/auth/invitations`: a role offered to the signed-in user, waiting for their consent. */
export interface RoleInvitationResponse {
  id: string;
  regionId: string;
  regionName: string;
  role: RoleName;
  municipalityName: string | null;
  /** The administrator who offered it, by name (null when that account is gone). */
  invitedByName: string | null;
  createdAt: string;
}

/** `POST /api/auth/invitations/accept` and `/decline`. */
export interface InvitationAnswerRequest {
  invitationId: string;
}

/** `PUT /api/regions/{regionId}/users/{userId}/roles/{role}`. */
export interface AssignRoleRequest {
  municipalityId?: string | null;
  personId?: string | null;
}

/** `GET /api/auth/demo-accounts` (demo mode only): the accounts the sign-in page lists. */
export interface DemoAccount {
  email: string;
  role: RoleName;
  regionName: string;
  municipalityName: string | null;
}

export interface DemoAccountsResponse {
  password: string;
  accounts: DemoAccount[];
}
