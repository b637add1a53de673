import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExternalProgrammeEntity } from './external-programme.entity';
import { ExternalProgrammesController } from './external-programmes.controller';
import { ExternalProgrammesService } from './external-programmes.service';

@Module({
  imports: [TypeOrmModule.forFeature([ExternalProgrammeEntity])],
  controllers: [ExternalProgrammesController],
  providers: [ExternalProgrammesService],
  exports: [ExternalProgrammesService],
})
export class ExternalProgrammesModule {}
