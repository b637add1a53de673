import { Writable } from 'node:stream';
import request from 'supertest';
import { createUser, signIn, TEST_PASSWORD } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

/** The JSON lines Koers writes, as its operator's log collector would read them. */
class LogLines extends Writable {
  readonly lines: Record<string, unknown>[] = [];
  readonly raw: string[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      this.raw.push(line);
      this.lines.push(JSON.parse(line) as Record<string, unknown>);
    }
    done();
  }
  of(requestId: string) {
    return this.lines.filter((line) => line.requestId === requestId);
  }
}

describe('structured logs', () => {
  let t: TestApp;
  const log = new LogLines();
  beforeAll(async () => {
    t = await startTestApp({ logLevel: 'log', logDestination: log });
  });
  afterAll(() => t.close());

  it('ends each request with a JSON line carrying its request id, without e-mail, password, cookie or CSRF token', async () => {
    const user = await createUser(t.db.url, { email: 'jan.de.vries@gemeente.test' });
    // A sign-in that fails and one that works: both carry the address and the password.
    await request(t.http)
      .post('/api/auth/login')
      .send({ email: user.email, password: 'niet-het-wachtwoord' })
      .expect(401);
    const agent = await signIn(t.http, user.email);
    const me = await agent.get('/api/auth/me').set('X-Request-Id', 'trace-me-0001').expect(200);
    expect(me.headers['x-request-id']).toBe('trace-me-0001');
    // A search for an address travels in the query string.
    const search = await agent.get(`/api/regions?q=${encodeURIComponent(user.email)}`);
    const searchId = String(search.headers['x-request-id']);

    const meLines = log.of('trace-me-0001');
    expect(meLines).toHaveLength(1);
    expect(meLines[0]).toMatchObject({
      level: 30,
      msg: 'request completed',
      req: { method: 'GET', url: '/api/auth/me' },
      res: { statusCode: 200 },
    });
    expect(log.of(searchId)[0]).toMatchObject({ req: { url: '/api/regions?q=…' } });

    const everything = log.raw.join('\n');
    expect(everything).toContain('/api/auth/login');
    for (const secret of [
      user.email,
      'jan.de.vries',
      TEST_PASSWORD,
      'niet-het-wachtwoord',
      agent.cookie.split('=')[1],
      agent.me.csrfToken,
    ]) {
      expect(everything).not.toContain(secret);
    }
    expect(everything).not.toMatch(/koers\.sid|cookie|x-csrf-token|authorization/i);
  });

  it('gives every request line a request id, also a request without one of its own', async () => {
    const res = await request(t.http).get('/api/auth/me').expect(401);
    const id = String(res.headers['x-request-id']);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(log.of(id)).toEqual([expect.objectContaining({ res: { statusCode: 401 } })]);
  });
});
