import { randomBytes } from 'node:crypto';
import type { Request } from 'express';

/** express-session's callbacks as promises. */
const call = (fn: (done: (err?: unknown) => void) => void) =>
  new Promise<void>((resolve, reject) =>
    fn((err) => {
      if (!err) resolve();
      else reject(err instanceof Error ? err : new Error('The session store failed.'));
    }),
  );

/** A fresh session (new id: no fixation) for the user, with its CSRF token; saved before answering. */
export async function startSession(req: Request, userId: string): Promise<string> {
  await call((done) => req.session.regenerate(done));
  req.session.userId = userId;
  req.session.createdAt = Date.now();
  req.session.csrfToken = randomBytes(32).toString('base64url');
  await call((done) => req.session.save(done));
  return req.session.csrfToken;
}

/** Removes the session row; the cookie is cleared by the caller. */
export async function endSession(req: Request): Promise<void> {
  const session = req.session as Request['session'] | undefined;
  if (session) await call((done) => session.destroy(done));
}
