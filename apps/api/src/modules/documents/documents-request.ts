import type { Request } from 'express';

/**
 * True when the access guard let the request through as the public's (no role in the region,
 * programme published): a document then leaves out e-mail addresses, as the JSON answers do.
 */
export function isPublicRequest(req: Request): boolean {
  const user = req.user;
  if (user?.isPlatformAdmin) return false;
  return !(user?.grants ?? []).some((g) => g.regionId === req.accessRegionId);
}
