import { Module } from '@nestjs/common';
import { ContributionsModule } from '../contributions/contributions.module';
import { CouncilDecisionsController } from './council-decisions.controller';
import { CouncilDecisionsService } from './council-decisions.service';
import { ViewPointsService } from './view-points.service';

@Module({
  imports: [ContributionsModule],
  controllers: [CouncilDecisionsController],
  providers: [CouncilDecisionsService, ViewPointsService],
  exports: [CouncilDecisionsService, ViewPointsService],
})
export class CouncilDecisionsModule {}
