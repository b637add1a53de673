import { Module } from '@nestjs/common';
import { ContributionsModule } from '../contributions/contributions.module';
import { CouncilDecisionsModule } from '../council-decisions/council-decisions.module';
import { ProgrammesModule } from '../programmes/programmes.module';
import { ProgrammeExportReader } from './programme-export-data';
import { ProgrammeExportsController } from './programme-exports.controller';
import { ProgrammeExportsService } from './programme-exports.service';

@Module({
  imports: [ProgrammesModule, ContributionsModule, CouncilDecisionsModule],
  controllers: [ProgrammeExportsController],
  providers: [ProgrammeExportReader, ProgrammeExportsService],
  exports: [ProgrammeExportReader],
})
export class ExportsModule {}
