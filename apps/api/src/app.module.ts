import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from './common/access/access.module';
import { CommonModule } from './common/common.module';
import { dataSourceOptions } from './database/data-source';
import { AuditModule } from './modules/audit/audit.module';
import { ProgrammeLifecycleModule } from './modules/programme-lifecycle/programme-lifecycle.module';
import { ProgrammeVersionsModule } from './modules/programme-versions/programme-versions.module';
import { AssignmentsModule } from './modules/assignments/assignments.module';
import { AuthModule } from './modules/auth/auth.module';
import { ContributionsModule } from './modules/contributions/contributions.module';
import { CouncilDecisionsModule } from './modules/council-decisions/council-decisions.module';
import { DocumentsModule } from './modules/documents/documents.module';
import { AmendmentsModule } from './modules/amendments/amendments.module';
import { MandatesModule } from './modules/mandates/mandates.module';
import { ExportsModule } from './modules/exports/exports.module';
import { ExternalProgrammesModule } from './modules/external-programmes/external-programmes.module';
import { ImportsModule } from './modules/imports/imports.module';
import { OpenDataModule } from './modules/open-data/open-data.module';
import { HealthModule } from './modules/health/health.module';
import { MunicipalitiesModule } from './modules/municipalities/municipalities.module';
import { OrganisationsModule } from './modules/organisations/organisations.module';
import { PeopleModule } from './modules/people/people.module';
import { ProgrammesModule } from './modules/programmes/programmes.module';
import { ProgressRollupModule } from './modules/progress-rollup/progress-rollup.module';
import { RegionsModule } from './modules/regions/regions.module';
import { SteeringGroupsModule } from './modules/steering-groups/steering-groups.module';
import { ThemesModule } from './modules/themes/themes.module';
import { UsersModule } from './modules/users/users.module';
import { StartModule } from './modules/start/start.module';
import { ReportingPeriodsModule } from './modules/reporting-periods/reporting-periods.module';
import { ProgressReportsModule } from './modules/progress-reports/progress-reports.module';

export interface AppModuleOptions {
  databaseUrl: string;
  /** Demo mode: GET /api/auth/demo-accounts lists the demo accounts. */
  demo?: boolean;
  /** Absolute session lifetime in hours (default 12). */
  sessionMaxHours?: number;
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(options.databaseUrl)),
        CommonModule,
        AccessModule.forRoot({
          sessionMaxHours: options.sessionMaxHours ?? 12,
        }),
        AuthModule.forRoot({ demo: options.demo ?? false }),
        UsersModule,
        StartModule,
        HealthModule,
        RegionsModule,
        MunicipalitiesModule,
        OrganisationsModule,
        PeopleModule,
        ThemesModule,
        ExternalProgrammesModule,
        ProgrammesModule,
        AssignmentsModule,
        SteeringGroupsModule,
        ProgrammeLifecycleModule,
        ProgrammeVersionsModule,
        AuditModule,
        CouncilDecisionsModule,
        AmendmentsModule,
        MandatesModule,
        ContributionsModule,
        DocumentsModule,
        ProgressRollupModule,
        ExportsModule,
        ImportsModule,
        OpenDataModule,
        ReportingPeriodsModule,
        ProgressReportsModule,
      ],
    };
  }
}
