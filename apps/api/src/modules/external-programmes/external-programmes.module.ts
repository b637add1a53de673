import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegionsModule } from '../regions/regions.module';
import { ExternalProgrammeEntity } from './external-programme.entity';
import { ExternalProgrammesController } from './external-programmes.controller';
import { ExternalProgrammesService } from './external-programmes.service';
import { RegionExternalProgrammesController } from './region-external-programmes.controller';

@Module({
  imports: [TypeOrmModule.forFeature([ExternalProgrammeEntity]), RegionsModule],
  controllers: [ExternalProgrammesController, RegionExternalProgrammesController],
  providers: [ExternalProgrammesService],
  exports: [ExternalProgrammesService],
})
export class ExternalProgrammesModule {}
