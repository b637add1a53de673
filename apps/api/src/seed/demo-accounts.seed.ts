import { EntityManager } from 'typeorm';
import { hashPassword } from '../modules/auth/passwords';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './data/demo-accounts';
import { demoMunicipalityId, demoRegionId } from './demo-lookups';
import { SeedStep } from './run-seeds';

/** The person of the region who holds the most assignments (the demo portfolio holder). */
async function busiestPortfolioHolder(manager: EntityManager, regionId: string): Promise<string> {
  const rows: { id: string }[] = await manager.query(
    `SELECT portfolio_holder_id AS id FROM assignments
      WHERE region_id = $1 AND portfolio_holder_id IS NOT NULL
      GROUP BY portfolio_holder_id ORDER BY count(*) DESC, portfolio_holder_id LIMIT 1`,
    [regionId],
  );
  if (rows.length === 0) throw new Error('Demo seed: no portfolio holder with assignments found.');
  return rows[0].id;
}

/** One account per role (see data/demo-accounts.ts), all with the demo password. */
export const demoAccountsSeed: SeedStep = {
  name: 'demo-accounts',
  async run(manager) {
    // argon2 is slow on purpose: one hash, shared by every demo account.
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const account of DEMO_ACCOUNTS) {
      const regionId = await demoRegionId(manager, account.region);
      const municipalityId = account.municipality
        ? await demoMunicipalityId(manager, regionId, account.municipality)
        : null;
      const personId = account.holdsAssignments
        ? await busiestPortfolioHolder(manager, regionId)
        : null;
      const [user]: { id: string }[] = await manager.query(
        `INSERT INTO users (email, name, password_hash) VALUES ($1, $2, $3)
         ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
        [account.email, account.name, passwordHash],
      );
      await manager.query(
        `INSERT INTO role_assignments (user_id, region_id, role, municipality_id, person_id)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (user_id, region_id, role) DO NOTHING`,
        [user.id, regionId, account.role, municipalityId, personId],
      );
    }
  },
};
