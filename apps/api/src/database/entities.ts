import {
  AssignmentBudgetLineEntity,
  AssignmentBudgetLinePayerEntity,
  AssignmentCapacityLineEntity,
  AssignmentExternalProgrammeEntity,
  AssignmentKpiEntity,
  AssignmentLinkEntity,
  AssignmentParticipantEntity,
} from '../modules/assignments/assignment-parts.entity';
import { AssignmentEntity } from '../modules/assignments/assignment.entity';
import { ExternalProgrammeEntity } from '../modules/external-programmes/external-programme.entity';
import { MunicipalityEntity } from '../modules/municipalities/municipality.entity';
import { OrganisationEntity } from '../modules/organisations/organisation.entity';
import { PersonEntity } from '../modules/people/person.entity';
import { ProgrammeEntity } from '../modules/programmes/programme.entity';
import { RegionEntity } from '../modules/regions/region.entity';
import {
  SteeringGroupCommitmentEntity,
  SteeringGroupMemberEntity,
} from '../modules/steering-groups/steering-group.entity';
import { ThemeEntity } from '../modules/themes/theme.entity';
import { RoleAssignmentEntity, UserEntity } from '../modules/users/user.entity';

import { AuditRecordEntity } from '../modules/audit/audit-record.entity';
import { ProgrammeVersionEntity } from '../modules/programme-versions/programme-version.entity';
import {
  CouncilDecisionEntity,
  ViewPointEntity,
} from '../modules/council-decisions/council-decision.entity';
import { MunicipalityPopulationEntity } from '../modules/municipalities/municipality-population.entity';
import { AssignmentAmendmentEntity } from '../modules/amendments/amendment.entity';
import {
  ReportingCalendarEntity,
  ReportingPeriodEntity,
} from '../modules/reporting-periods/reporting-period.entity';
import {
  ProgressReportCapacityEntity,
  ProgressReportEntity,
  ProgressReportKpiValueEntity,
  ProgressReportMilestoneEntity,
  ProgressReportMoneyEntity,
  ProgressReportRiskEntity,
} from '../modules/progress-reports/progress-report.entity';
import { MandateAccountEntity, MandateDecisionEntity } from '../modules/mandates/mandate.entity';
import { BestuursrapportageFinalEntity } from '../modules/progress-rollup/bestuursrapportage-final.entity';
/** Every TypeORM entity, listed explicitly so builds and tests never depend on file globs. */
export const ENTITIES: (new () => object)[] = [
  RegionEntity,
  MunicipalityEntity,
  OrganisationEntity,
  PersonEntity,
  ThemeEntity,
  UserEntity,
  RoleAssignmentEntity,
  ExternalProgrammeEntity,
  ProgrammeEntity,
  AssignmentEntity,
  AssignmentBudgetLineEntity,
  AssignmentBudgetLinePayerEntity,
  AssignmentCapacityLineEntity,
  AssignmentKpiEntity,
  AssignmentParticipantEntity,
  AssignmentLinkEntity,
  AssignmentExternalProgrammeEntity,
  SteeringGroupMemberEntity,
  SteeringGroupCommitmentEntity,
  AuditRecordEntity,
  CouncilDecisionEntity,
  ViewPointEntity,
  MunicipalityPopulationEntity,
  ProgrammeVersionEntity,
  AssignmentAmendmentEntity,
  ReportingCalendarEntity,
  ReportingPeriodEntity,
  ProgressReportEntity,
  ProgressReportMilestoneEntity,
  ProgressReportMoneyEntity,
  ProgressReportCapacityEntity,
  ProgressReportKpiValueEntity,
  ProgressReportRiskEntity,
  MandateDecisionEntity,
  MandateAccountEntity,
  BestuursrapportageFinalEntity,
];
