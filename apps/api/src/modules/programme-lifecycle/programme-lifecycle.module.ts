import { Module } from '@nestjs/common';
import { ProgrammesModule } from '../programmes/programmes.module';
import { ProgrammeTransitionsController } from './programme-transitions.controller';
import { ProgrammeTransitionsService } from './programme-transitions.service';

@Module({
  imports: [ProgrammesModule],
  controllers: [ProgrammeTransitionsController],
  providers: [ProgrammeTransitionsService],
})
export class ProgrammeLifecycleModule {}
