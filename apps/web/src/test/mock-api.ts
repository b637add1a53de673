type Answer = { status: number; body: unknown };

export interface ApiCall {
  method: string;
  path: string;
  body: unknown;
  headers: Record<string, string>;
}

/**
 * Answers the web app's API calls in component tests. Keys are paths without `/api`, optionally
 * prefixed with a method (`'POST /auth/login'`); the longest matching key answers, a value is the
 * 200 body or `{ status, body }`. Anything else is a 404 problem. Returns the calls made.
 */
export function mockApi(routes: Record<string, unknown>) {
  const calls: ApiCall[] = [];
  global.fetch = jest.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    const method = (init?.method ?? 'GET').toUpperCase();
    const path = url.replace(/^\/api/, '');
    calls.push({
      method,
      path,
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
      headers: (init?.headers ?? {}) as Record<string, string>,
    });
    const match = Object.keys(routes)
      .map((key) => {
        const [keyMethod, keyPath] = key.includes(' ') ? key.split(' ') : ['GET', key];
        return { key, keyMethod, keyPath };
      })
      .filter(
        ({ keyMethod, keyPath }) =>
          keyMethod === method && (path === keyPath || path.startsWith(`${keyPath}?`)),
      )
      .sort((a, b) => b.keyPath.length - a.keyPath.length)[0];
    const answer = match
      ? routes[match.key]
      : { status: 404, body: { status: 404, detail: 'Niet gevonden' } };
    const { status, body } = isAnswer(answer) ? answer : { status: 200, body: answer };
    return Promise.resolve(
      status === 204
        ? new Response(null, { status })
        : new Response(JSON.stringify(body), {
            status,
            headers: { 'content-type': 'application/json' },
          }),
    );
  }) as typeof fetch;
  return calls;
}

function isAnswer(value: unknown): value is Answer {
  return typeof value === 'object' && value !== null && 'status' in value && 'body' in value;
}

export const page = <T>(items: T[]) => ({ items, total: items.length, limit: 200, offset: 0 });
