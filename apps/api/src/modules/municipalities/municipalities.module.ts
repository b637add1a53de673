import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegionsModule } from '../regions/regions.module';
import { MunicipalitiesController } from './municipalities.controller';
import { MunicipalitiesService } from './municipalities.service';
import { MunicipalityEntity } from './municipality.entity';
import { PopulationsController } from './populations.controller';
import { PopulationsService } from './populations.service';

@Module({
  imports: [TypeOrmModule.forFeature([MunicipalityEntity]), RegionsModule],
  controllers: [MunicipalitiesController, PopulationsController],
  providers: [MunicipalitiesService, PopulationsService],
  exports: [MunicipalitiesService],
})
export class MunicipalitiesModule {}
