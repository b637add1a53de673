import { SeedRuns1763740800000 } from './1763740800000-SeedRuns';
import { ReferenceData1763745000000 } from './1763745000000-ReferenceData';
import { ProgrammesAndAssignments1763745600000 } from './1763745600000-ProgrammesAndAssignments';
import { CouncilCycle1763746200000 } from './1763746200000-CouncilCycle';
import { Accounts1763748000000 } from './1763748000000-Accounts';
import { AuditTrailPaging1763755000000 } from './1763755000000-AuditTrailPaging';
import { RegionOfARowIsFixed1763840000000 } from './1763840000000-RegionOfARowIsFixed';
import { AuditCounts1763850000000 } from './1763850000000-AuditCounts';
import { RegionDataVersions1763860000000 } from './1763860000000-RegionDataVersions';
import { ContributionPayersAndShownAmounts1764000000000 } from './1764000000000-ContributionPayersAndShownAmounts';
import { AuditActors1764100000000 } from './1764100000000-AuditActors';
import { ProgrammeHistory1764100100000 } from './1764100100000-ProgrammeHistory';
import { ProgrammeHistoryCounts1764100200000 } from './1764100200000-ProgrammeHistoryCounts';
import { RoleInvitations1764200000000 } from './1764200000000-RoleInvitations';
import { AuditCountsKeptByOwner1764300000000 } from './1764300000000-AuditCountsKeptByOwner';
import { ProgrammeBudgetBound1764400000000 } from './1764400000000-ProgrammeBudgetBound';
import { EditableRowVersions1764500000000 } from './1764500000000-EditableRowVersions';
import { SteeringGroupVersions1764500000001 } from './1764500000001-SteeringGroupVersions';
import { ConsultationRounds1765400000000 } from './1765400000000-ConsultationRounds';
import { Amendments1765400000001 } from './1765400000001-Amendments';
import { ProgressReports1766000000000 } from './1766000000000-ProgressReports';
import { ReportingPeriodsOfExecutingProgrammes1766000000001 } from './1766000000001-ReportingPeriodsOfExecutingProgrammes';
import { MandateDecisions1766100000000 } from './1766100000000-MandateDecisions';
import { BestuursrapportageFinals1766200000000 } from './1766200000000-BestuursrapportageFinals';
import { ExternalProgrammeOwners1766300000000 } from './1766300000000-ExternalProgrammeOwners';
import { RegionDataVersionsOfExecution1766400000000 } from './1766400000000-RegionDataVersionsOfExecution';
import { RegionDataVersionsOfCapacity1766450000000 } from './1766450000000-RegionDataVersionsOfCapacity';
import { RegionDataVersionShards1766500000000 } from './1766500000000-RegionDataVersionShards';
import { AuditProgrammeCountShards1766600000000 } from './1766600000000-AuditProgrammeCountShards';

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
  ContributionPayersAndShownAmounts1764000000000,
  AuditActors1764100000000,
  ProgrammeHistory1764100100000,
  ProgrammeHistoryCounts1764100200000,
  RoleInvitations1764200000000,
  AuditCountsKeptByOwner1764300000000,
  ProgrammeBudgetBound1764400000000,
  EditableRowVersions1764500000000,
  SteeringGroupVersions1764500000001,
  ConsultationRounds1765400000000,
  Amendments1765400000001,
  ProgressReports1766000000000,
  ReportingPeriodsOfExecutingProgrammes1766000000001,
  MandateDecisions1766100000000,
  BestuursrapportageFinals1766200000000,
  ExternalProgrammeOwners1766300000000,
  RegionDataVersionsOfExecution1766400000000,
  RegionDataVersionsOfCapacity1766450000000,
  RegionDataVersionShards1766500000000,
  AuditProgrammeCountShards1766600000000,
];
