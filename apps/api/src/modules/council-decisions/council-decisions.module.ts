import { Module } from '@nestjs/common';
import { CouncilDecisionsController } from './council-decisions.controller';
import { CouncilDecisionsService } from './council-decisions.service';
import { ViewPointsService } from './view-points.service';

@Module({
  controllers: [CouncilDecisionsController],
  providers: [CouncilDecisionsService, ViewPointsService],
  exports: [CouncilDecisionsService],
})
export class CouncilDecisionsModule {}
