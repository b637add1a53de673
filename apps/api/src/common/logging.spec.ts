import { Writable } from 'node:stream';
import { createRootLogger, nestLoggerOn, requestForLog, withoutEmailAddresses } from './logging';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { lines, stream };
}

describe('logging', () => {
  it('takes e-mail addresses out of messages, also those Nest writes and those of errors', () => {
    const { lines, stream } = capture();
    const root = createRootLogger('log', stream);
    root.info('sign-in refused for Jan.de.Vries@gemeente-eindhoven.nl');
    const nest = nestLoggerOn(root);
    nest.warn('invitation for piet@koers.test expired', 'Auth');
    const error = Object.assign(new Error('duplicate key for anna@koers.test'), {
      detail: 'Key (email)=(anna@koers.test) already exists.',
    });
    root.error({ err: error }, 'write failed');
    const text = JSON.stringify(lines);
    expect(text).not.toMatch(/@gemeente|@koers\.test/);
    expect(lines[0].msg).toBe('sign-in refused for [e-mail]');
    expect(lines[1]).toMatchObject({ msg: 'invitation for [e-mail] expired', context: 'Auth' });
    expect(lines[2].err).toMatchObject({
      message: 'duplicate key for [e-mail]',
      detail: 'Key (email)=([e-mail]) already exists.',
    });
  });

  it('redacts passwords, addresses, cookies and CSRF tokens in logged objects', () => {
    const { lines, stream } = capture();
    createRootLogger('log', stream).info(
      {
        body: { email: 'a@b.nl', password: 'geheim', csrfToken: 'tok' },
        headers: { cookie: 'koers.sid=s%3Aabc', authorization: 'Bearer x' },
      },
      'incoming',
    );
    expect(lines[0]).toMatchObject({
      body: { email: '[redacted]', password: '[redacted]', csrfToken: '[redacted]' },
      headers: { cookie: '[redacted]', authorization: '[redacted]' },
    });
  });

  it('shows a request by method and path, with only the numbers of its query', () => {
    expect(
      requestForLog({ method: 'GET', url: '/api/users?q=jan@x.nl&limit=50&offset=0' }),
    ).toEqual({ method: 'GET', url: '/api/users?q=…&limit=50&offset=0' });
    expect(requestForLog({ method: 'GET', url: '/api/users/jan@x.nl' })).toEqual({
      method: 'GET',
      url: '/api/users/[e-mail]',
    });
    expect(withoutEmailAddresses('no address here')).toBe('no address here');
  });

  it('writes nothing when logging is off', () => {
    const { lines, stream } = capture();
    createRootLogger(false, stream).error('not shown');
    expect(lines).toEqual([]);
  });
});
