import { Principal } from '../../common/access/principal';

/**
 * Who may write an assignment's progress reports: the bureau (and admins), and the assignment's
 * portfolio holder or lead — the person a user's portfolio-holder role is linked to. The access
 * guard applies the same rule (`assignmentReporter`); the answer tells the form.
 */
export function mayWriteReports(
  principal: Principal | undefined,
  regionId: string,
  assignment: { portfolioHolderId: string | null; leadId: string | null },
): boolean {
  if (!principal) return false;
  if (principal.isPlatformAdmin) return true;
  const grants = principal.grants.filter((g) => g.regionId === regionId);
  if (grants.some((g) => g.role === 'admin' || g.role === 'bureau')) return true;
  const people = [assignment.portfolioHolderId, assignment.leadId].filter(Boolean);
  return grants.some(
    (g) => g.role === 'portfolio_holder' && g.personId !== null && people.includes(g.personId),
  );
}

/** Who may accept or return a report: the bureau (and admins). */
export function mayReviewReports(principal: Principal | undefined, regionId: string): boolean {
  if (!principal) return false;
  if (principal.isPlatformAdmin) return true;
  return principal.grants.some(
    (g) => g.regionId === regionId && (g.role === 'admin' || g.role === 'bureau'),
  );
}
