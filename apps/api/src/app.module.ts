import { DynamicModule, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from './database/data-source';
import { AssignmentsModule } from './modules/assignments/assignments.module';
import { ExternalProgrammesModule } from './modules/external-programmes/external-programmes.module';
import { HealthModule } from './modules/health/health.module';
import { MunicipalitiesModule } from './modules/municipalities/municipalities.module';
import { OrganisationsModule } from './modules/organisations/organisations.module';
import { PeopleModule } from './modules/people/people.module';
import { ProgrammesModule } from './modules/programmes/programmes.module';
import { RegionsModule } from './modules/regions/regions.module';
import { SteeringGroupsModule } from './modules/steering-groups/steering-groups.module';
import { ThemesModule } from './modules/themes/themes.module';

export interface AppModuleOptions {
  databaseUrl: string;
  /** The built web app to serve at `/`, with client-side routes falling back to index.html. */
  webDir?: string;
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(options.databaseUrl)),
        ...(options.webDir
          ? [ServeStaticModule.forRoot({ rootPath: options.webDir, exclude: ['/api/{*path}'] })]
          : []),
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
      ],
    };
  }
}
