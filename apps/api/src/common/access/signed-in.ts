import type { Request } from 'express';
import { notSignedIn } from './access.errors';
import type { Principal } from './principal';

/** The signed-in principal of a request the access guard let through as signed in. */
export function signedIn(req: Request): Principal {
  if (!req.user) throw notSignedIn();
  return req.user;
}
