import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegionsModule } from '../regions/regions.module';
import { MunicipalitiesController } from './municipalities.controller';
import { MunicipalitiesService } from './municipalities.service';
import { MunicipalityEntity } from './municipality.entity';
import { PopulationImportController } from './population-import.controller';
import { PopulationImportService } from './population-import.service';
import { PopulationsController } from './populations.controller';
import { PopulationsService } from './populations.service';

@Module({
  imports: [TypeOrmModule.forFeature([MunicipalityEntity]), RegionsModule],
  controllers: [MunicipalitiesController, PopulationsController, PopulationImportController],
  providers: [MunicipalitiesService, PopulationsService, PopulationImportService],
  exports: [MunicipalitiesService],
})
export class MunicipalitiesModule {}
