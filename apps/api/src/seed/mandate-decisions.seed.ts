import { allocateCents } from '@koers/domain';
import { EntityManager } from 'typeorm';
import { recordAudit } from '../modules/audit/audit-trail';
import { MRE } from './data/reference-data';
import { demoRegionId } from './demo-lookups';
import { SeedStep } from './run-seeds';

/** The demo mandate's ceiling when the 2025 assignment has none. */
const DEMO_CEILING_CENTS = 100_000_00;

/** The demo portfolio holder's account (see data/demo-accounts.ts). */
const DEMO_HOLDER = 'portfolio@koers.demo';

/** What the demo holder decided under the mandate of their first assignment, as shares of 85 %. */
const DECISIONS = [
  {
    description: 'Opdracht haalbaarheidsstudie aan een extern adviesbureau',
    weight: 5,
    decidedBy: 'portfolio_holder',
    month: 3,
  },
  {
    description: 'Bijdrage aan de gezamenlijke uitvraag van de deelnemende gemeenten',
    weight: 3,
    decidedBy: 'steering_group',
    month: 6,
  },
  {
    description: 'Inhuur projectleider voor het tweede halfjaar',
    weight: 2,
    decidedBy: 'portfolio_holder',
    month: 9,
  },
] as const;

interface HeldAssignment {
  id: string;
  programme_id: string;
  year: number;
  ceiling: string | null;
}

/**
 * Decisions under the mandate (issue 16 §5) on the demo executing programme (MRE, 2025): on the
 * demo portfolio holder's first assignment there (given a ceiling of € 100.000 when it has
 * none), three decisions that use 85 % of it, so the holder's page shows a mandate past the 80 %
 * alert.
 */
export const mandateDecisionsSeed: SeedStep = {
  name: 'mandate-decisions-2025',
  async run(manager: EntityManager) {
    const regionId = await demoRegionId(manager, MRE);
    const [held]: HeldAssignment[] = await manager.query(
      `SELECT a.id, a.programme_id, p.year, a.mandate_budget_ceiling_cents::text AS ceiling
         FROM assignments a JOIN programmes p ON p.id = a.programme_id
         JOIN role_assignments r ON r.person_id = a.portfolio_holder_id AND r.region_id = a.region_id
         JOIN users u ON u.id = r.user_id
        WHERE a.region_id = $1 AND p.year = 2025 AND u.email = $2
        ORDER BY a.code LIMIT 1`,
      [regionId, DEMO_HOLDER],
    );
    if (!held) {
      // The 2025 programme comes from a step of its own: until it is there, this step leaves no
      // record of having run, so it runs again at the next start.
      await manager.query('DELETE FROM seed_runs WHERE name = $1', [mandateDecisionsSeed.name]);
      return;
    }
    if (held.ceiling === null) {
      // The demo mandate gets a ceiling of its own: € 100.000, of which the decisions use 85 %.
      held.ceiling = String(DEMO_CEILING_CENTS);
      await manager.query(
        `UPDATE assignments SET mandate_budget_ceiling_cents = $2, version = version + 1 WHERE id = $1`,
        [held.id, DEMO_CEILING_CENTS],
      );
      await recordAudit(manager, {
        regionId,
        entity: 'assignment',
        entityId: held.id,
        action: 'update',
        changes: [{ field: 'mandate_budgetCeilingCents', old: null, new: DEMO_CEILING_CENTS }],
      });
    }
    const used = (BigInt(held.ceiling ?? 0) * 85n) / 100n;
    const amounts = allocateCents(
      Number(used),
      DECISIONS.map((d) => d.weight),
    );
    for (const [i, decision] of DECISIONS.entries()) {
      const decidedOn = `${held.year}-${String(decision.month).padStart(2, '0')}-15`;
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO mandate_decisions (region_id, programme_id, assignment_id, decided_on,
                                        description, amount_cents, decided_by, minutes_url, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'demo-gegevens') RETURNING id`,
        [
          regionId,
          held.programme_id,
          held.id,
          decidedOn,
          decision.description,
          amounts[i],
          decision.decidedBy,
          `https://www.metropoolregioeindhoven.nl/vergaderingen/${decidedOn}`,
        ],
      );
      await recordAudit(manager, {
        regionId,
        entity: 'mandate_decision',
        entityId: row.id,
        action: 'create',
        changes: [],
      });
    }
  },
};
