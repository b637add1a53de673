import { Module } from '@nestjs/common';
import { ProgrammesModule } from '../programmes/programmes.module';
import { ProgrammeVersionsController } from './programme-versions.controller';
import { ProgrammeVersionsService } from './programme-versions.service';

@Module({
  imports: [ProgrammesModule],
  controllers: [ProgrammeVersionsController],
  providers: [ProgrammeVersionsService],
})
export class ProgrammeVersionsModule {}
