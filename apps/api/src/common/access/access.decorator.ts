import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { RoleName } from '@koers/contracts';
import type { OwnedTable } from './region-resolver';

export const ACCESS_RULE = 'koers:access-rule';

/**
 * Who may call a handler. Every handler has exactly one rule; the global AccessGuard reads it and
 * is the one place that decides. Rules about a region resolve the region from the route params.
 * A region admin and a platform admin may do everything a region rule allows anyone.
 */
export interface AccessRule {
  /** Anyone, signed in or not: health, sign-in, the demo accounts. */
  public?: true;
  /** Any signed-in user; no region involved (the user's own account, shared reference data). */
  signedIn?: true;
  /** Platform administrators only (e.g. creating a region). */
  platformAdmin?: true;
  /** Anyone with a role in the region of the request. */
  read?: 'region';
  /** These roles in the region of the request (besides admin). */
  roles?: RoleName[];
  /**
   * The public (anonymous, or a user without a role in the region) may read it too when the
   * programme is adopted or later; e-mail addresses are then removed from the answer.
   */
  publishedProgramme?: true;
  /** The table of a path param named `id` that is not under `regions/:regionId`. */
  idTable?: OwnedTable;
  /** The portfolio holder of the assignment in the path may change only these body fields. */
  portfolioHolderFields?: string[];
  /**
   * The portfolio holder or the lead of the assignment in the path (the person a user's
   * portfolio-holder role is linked to) may do it too: writing progress reports.
   */
  assignmentReporter?: true;
  /** The portfolio holder of the assignment in the path may call it (any valid body). */
  portfolioHolder?: true;
  /** A council user may act for the municipality named by this path param only. */
  councilMunicipalityParam?: string;
  /** Programme transitions: who may depends on `body.to` (`mayTransition` of @koers/domain). */
  transition?: true;
  /** `:userId` in the path: a region admin of a region the user belongs to (or platform admin). */
  userAdmin?: true;
}

/** The rule for the guard, and for the OpenAPI document (security, 401/403/404: see access-docs). */
export const Access = (rule: AccessRule) =>
  applyDecorators(SetMetadata(ACCESS_RULE, rule), ApiExtension('x-koers-access', { ...rule }));
