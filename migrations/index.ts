import { SeedRuns1763740800000 } from './1763740800000-SeedRuns';
import { ReferenceData1763745000000 } from './1763745000000-ReferenceData';
import { ProgrammesAndAssignments1763745600000 } from './1763745600000-ProgrammesAndAssignments';
import { CouncilCycle1763746200000 } from './1763746200000-CouncilCycle';
import { Accounts1763748000000 } from './1763748000000-Accounts';
import { AuditTrailPaging1763755000000 } from './1763755000000-AuditTrailPaging';
import { RegionOfARowIsFixed1763840000000 } from './1763840000000-RegionOfARowIsFixed';
import { AuditCounts1763850000000 } from './1763850000000-AuditCounts';
import { RegionDataVersions1763860000000 } from './1763860000000-RegionDataVersions';
import { AuditActors1764100000000 } from './1764100000000-AuditActors';
import { RoleInvitations1764200000000 } from './1764200000000-RoleInvitations';
import { ProgrammeBudgetBound1764400000000 } from './1764400000000-ProgrammeBudgetBound';
import { EditableRowVersions1764500000000 } from './1764500000000-EditableRowVersions';

/**
 * Every migration, in order. Listed explicitly (not by file glob) so the compiled API, the CLI and
 * Jest load exactly the same set; a test checks that no file in this folder is missing here.
 */
export const MIGRATIONS = [
  SeedRuns1763740800000,
  ReferenceData1763745000000,
  ProgrammesAndAssignments1763745600000,
  CouncilCycle1763746200000,
  Accounts1763748000000,
  AuditTrailPaging1763755000000,
  RegionOfARowIsFixed1763840000000,
  AuditCounts1763850000000,
  RegionDataVersions1763860000000,
  AuditActors1764100000000,
  RoleInvitations1764200000000,
  ProgrammeBudgetBound1764400000000,
  EditableRowVersions1764500000000,
];
