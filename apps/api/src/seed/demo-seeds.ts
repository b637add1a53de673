import { demoAccountsSeed } from './demo-accounts.seed';
import { programme2025Seed } from './programme-2025.seed';
import { mandateDecisionsSeed } from './mandate-decisions.seed';
import { programme2026Seed } from './programme-2026.seed';
import { referenceDataSeed } from './reference-data.seed';
import { SeedStep } from './run-seeds';

/** The demo content of a first demo start, in order. Each step runs once per database. */
export const DEMO_SEEDS: readonly SeedStep[] = [
  referenceDataSeed,
  programme2026Seed,
  demoAccountsSeed,
  programme2025Seed,
  // Last: its decisions go on the 2025 programme in execution (a step of its own); without it,
  // it leaves no record and runs again at the next start.
  mandateDecisionsSeed,
];
