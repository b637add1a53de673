/**
 * The session's CSRF token, as `GET /api/auth/me` and a sign-in return it. The API client sends
 * it with every state-changing request; it lives in memory only, never in storage.
 */
let token: string | null = null;

export const setCsrfToken = (value: string | null) => {
  token = value;
};

export const csrfToken = () => token;
