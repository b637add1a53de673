import { Module } from '@nestjs/common';
import { AssignmentsModule } from '../assignments/assignments.module';
import { ContributionsModule } from '../contributions/contributions.module';
import { CouncilDecisionsModule } from '../council-decisions/council-decisions.module';
import { ProgrammesModule } from '../programmes/programmes.module';
import { SteeringGroupsModule } from '../steering-groups/steering-groups.module';
import { ProgrammeDocumentReader } from './programme-document-data';
import { ProgrammeExportReader } from './programme-export-data';
import { ProgrammeExportsController } from './programme-exports.controller';
import { ProgrammeExportsService } from './programme-exports.service';

@Module({
  imports: [
    ProgrammesModule,
    AssignmentsModule,
    SteeringGroupsModule,
    ContributionsModule,
    CouncilDecisionsModule,
  ],
  controllers: [ProgrammeExportsController],
  providers: [ProgrammeExportReader, ProgrammeDocumentReader, ProgrammeExportsService],
  exports: [ProgrammeExportReader],
})
export class ExportsModule {}
