/**
 * Answers the web app's API calls in component tests: the first route whose path prefix matches
 * the request (without `/api`) answers; anything else is a 404 problem. Returns the calls made.
 */
type Answer = { status: number; body: unknown };

export function mockApi(routes: Record<string, unknown>) {
  const calls: string[] = [];
  global.fetch = jest.fn((input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : String(input);
    calls.push(url);
    const path = url.replace(/^\/api/, '');
    const match = Object.keys(routes)
      .sort((a, b) => b.length - a.length)
      .find((prefix) => path === prefix || path.startsWith(`${prefix}?`));
    const answer =
      match === undefined
        ? { status: 404, body: { status: 404, detail: 'Niet gevonden' } }
        : routes[match];
    const { status, body } = isAnswer(answer) ? answer : { status: 200, body: answer };
    return Promise.resolve(
      new Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json' },
      }),
    );
  }) as typeof fetch;
  return calls;
}

export const page = <T>(items: T[]) => ({ items, total: items.length, limit: 200, offset: 0 });

function isAnswer(value: unknown): value is Answer {
  return typeof value === 'object' && value !== null && 'status' in value && 'body' in value;
}
