import { Module } from '@nestjs/common';
import { ProgrammesModule } from '../programmes/programmes.module';
import { ImportTemplateService } from './import-template.service';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';

@Module({
  imports: [ProgrammesModule],
  controllers: [ImportsController],
  providers: [ImportsService, ImportTemplateService],
})
export class ImportsModule {}
