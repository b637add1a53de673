import { Module } from '@nestjs/common';
import { CouncilDecisionsModule } from '../council-decisions/council-decisions.module';
import { ContributionsController } from './contributions.controller';
import { ContributionsService } from './contributions.service';

@Module({
  imports: [CouncilDecisionsModule],
  controllers: [ContributionsController],
  providers: [ContributionsService],
})
export class ContributionsModule {}
