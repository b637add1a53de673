import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { RoleName } from '@koers/contracts';
import { councilMayRead, mayTransition } from '@koers/domain';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { accountScope } from '../../modules/users/account-scope';
import { userManagedElsewhere, userNotFound } from '../../modules/users/user.errors';
import { setRequestPrincipal } from '../request-context';
import { ACCESS_RULE, AccessRule } from './access.decorator';
import { accessRuleMissing, forbidden, notSignedIn } from './access.errors';
import { ACCESS_OPTIONS, AccessOptions } from './access.options';
import { checkCsrf } from './csrf';
import { Grant, loadPrincipal, onlyCouncilIn, Principal } from './principal';
import { answerAsPublic } from './public-view';
import {
  assignmentPortfolioHolder,
  assignmentReporters,
  isPublishedProgramme,
  programmeStatusOf,
  RegionCache,
  resolveRegion,
  userRegionIds,
} from './region-resolver';

const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * The one place that decides who may do what. For every request it loads the signed-in user,
 * checks CSRF, reads the handler's @Access rule and resolves the region the request is about:
 * no role there → the resource's 404 (never a hint that it exists); a role that may not → 403.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly regions = new RegionCache();

  constructor(
    private readonly reflector: Reflector,
    private readonly dataSource: DataSource,
    @Inject(ACCESS_OPTIONS) private readonly options: AccessOptions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    await this.identify(req);
    // The author of every audit record this request writes (see request-context).
    setRequestPrincipal(req.user);
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) throw accessRuleMissing();
    checkCsrf(req, { tokenExempt: req.path === '/api/auth/login' });
    if (rule.public) return true;
    const user = req.user;
    if (rule.signedIn) {
      if (!user) throw notSignedIn();
      return true;
    }
    if (rule.platformAdmin) {
      if (!user) throw notSignedIn();
      if (!user.isPlatformAdmin) throw forbidden();
      return true;
    }
    if (rule.userAdmin) return this.checkUserAdmin(req, user);
    return this.checkRegion(req, context.switchToHttp().getResponse<Response>(), rule, user);
  }

  /** `req.user` from the session; a session past its absolute lifetime is ended here. */
  private async identify(req: Request): Promise<void> {
    const session = req.session as Request['session'] | undefined;
    if (!session?.userId) return;
    const ageMs = Date.now() - (session.createdAt ?? 0);
    const withinLifetime = ageMs <= this.options.sessionMaxHours * 3_600_000;
    // The session store reads the principal with the session; only a session stored during this
    // request (none loaded) needs a query of its own.
    const user = !withinLifetime
      ? undefined
      : session.principal !== undefined
        ? (session.principal ?? undefined)
        : await loadPrincipal(this.dataSource.manager, session.userId);
    if (user) {
      req.user = user;
      return;
    }
    await new Promise<void>((resolve) => session.destroy(() => resolve()));
  }

  private async checkUserAdmin(req: Request, user?: Principal): Promise<boolean> {
    if (!user) throw notSignedIn();
    if (user.isPlatformAdmin) return true;
    const userId = (req.params as Record<string, string | undefined>).userId ?? '';
    // Only an account whose every role is in regions this admin administers (issue 13 item 1).
    const scope = await accountScope(this.dataSource.manager, user, userId);
    if (scope === 'manages') return true;
    const regions = await userRegionIds(this.dataSource.manager, userId);
    const mine = user.grants.filter((g) => regions.includes(g.regionId));
    if (mine.length === 0) throw userNotFound(userId);
    throw scope === 'shares' && mine.some((g) => g.role === 'admin')
      ? userManagedElsewhere()
      : forbidden();
  }

  private async checkRegion(
    req: Request,
    res: Response,
    rule: AccessRule,
    user?: Principal,
  ): Promise<boolean> {
    // Without a session only published programmes are readable: say so before looking anything up.
    if (!user && !rule.publishedProgramme) throw notSignedIn();
    const manager = this.dataSource.manager;
    const params = req.params as Record<string, string | undefined>;
    const resolved = await resolveRegion(manager, params, rule.idTable, this.regions);
    if (!resolved) {
      // A region rule on a route without a region: only the platform admin.
      if (user?.isPlatformAdmin) return true;
      throw user ? forbidden() : notSignedIn();
    }
    req.accessRegionId = resolved.regionId;
    if (user?.isPlatformAdmin) return true;
    const grants = (user?.grants ?? []).filter((g) => g.regionId === resolved.regionId);
    if (grants.length === 0) {
      if (
        rule.publishedProgramme &&
        READ_METHODS.has(req.method) &&
        (await isPublishedProgramme(manager, params))
      ) {
        answerAsPublic(res);
        return true;
      }
      throw resolved.notFound();
    }
    // A council sees a programme once it is sent to the councils: before that it does not exist
    // for them (the same 404 as for a stranger), for every resource under it.
    if (onlyCouncilIn(user, resolved.regionId)) {
      const status = await programmeStatusOf(manager, params);
      if (status !== undefined && !councilMayRead(status)) throw resolved.notFound();
    }
    if (await this.allows(req, rule, grants)) return true;
    throw forbidden();
  }

  private async allows(req: Request, rule: AccessRule, grants: Grant[]): Promise<boolean> {
    const roles: RoleName[] = grants.map((g) => g.role);
    if (roles.includes('admin')) return true;
    if (rule.read === 'region' && READ_METHODS.has(req.method)) return true;
    if (rule.roles?.some((role) => roles.includes(role))) return true;
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (rule.transition && mayTransition(roles, body.to)) return true;
    const params = req.params as Record<string, string | undefined>;
    if (rule.councilMunicipalityParam) {
      const municipalityId = params[rule.councilMunicipalityParam]?.toLowerCase();
      if (grants.some((g) => g.role === 'council' && g.municipalityId === municipalityId)) {
        return true;
      }
    }
    if (rule.assignmentReporter && params.assignmentId) {
      const personIds = grants
        .filter((g) => g.role === 'portfolio_holder' && g.personId)
        .map((g) => g.personId);
      if (personIds.length > 0) {
        const people = await assignmentReporters(this.dataSource.manager, params.assignmentId);
        if (people.some((id) => personIds.includes(id))) return true;
      }
    }
    if ((rule.portfolioHolderFields || rule.portfolioHolder) && params.assignmentId) {
      const personIds = grants
        .filter((g) => g.role === 'portfolio_holder' && g.personId)
        .map((g) => g.personId);
      const fields = rule.portfolioHolderFields;
      if (
        personIds.length > 0 &&
        (!fields || Object.keys(body).every((key) => fields.includes(key)))
      ) {
        const holder = await assignmentPortfolioHolder(
          this.dataSource.manager,
          params.assignmentId,
        );
        if (holder !== null && personIds.includes(holder)) return true;
      }
    }
    return false;
  }
}
