type Answer = { status: number; body: unknown };

const BASE = 'http://localhost';

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
  global.fetch = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    // The typed client (openapi-fetch) passes a Request; older callers a URL and init.
    const request =
      input instanceof Request ? input : new Request(new URL(String(input), BASE), init);
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const path = url.pathname.replace(/^\/api/, '') + url.search;
    const text = await request.text();
    calls.push({
      method,
      path,
      body: text ? parsedBody(text) : undefined,
      headers: Object.fromEntries(request.headers.entries()),
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
    return status === 204
      ? new Response(null, { status })
      : new Response(JSON.stringify(body), {
          status,
          headers: {
            'content-type': status >= 400 ? 'application/problem+json' : 'application/json',
          },
        });
  }) as typeof fetch;
  return calls;
}

function isAnswer(value: unknown): value is Answer {
  return typeof value === 'object' && value !== null && 'status' in value && 'body' in value;
}

export const page = <T>(items: T[]) => ({ items, total: items.length, limit: 200, offset: 0 });

/** A JSON body as its value; any other body (a multipart upload) as its text. */
function parsedBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
