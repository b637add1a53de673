import { SeedRuns1763740800000 } from './1763740800000-SeedRuns';

/**
 * Every migration, in order. Listed explicitly (not by file glob) so the compiled API, the CLI and
 * Jest load exactly the same set; a test checks that no file in this folder is missing here.
 */
export const MIGRATIONS = [SeedRuns1763740800000];
