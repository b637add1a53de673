import { Module } from '@nestjs/common';
import { ContributionsModule } from '../contributions/contributions.module';
import { CouncilDecisionsModule } from '../council-decisions/council-decisions.module';
import { ProgressRollupModule } from '../progress-rollup/progress-rollup.module';
import {
  BestuursrapportageController,
  BestuursrapportageListController,
} from './bestuursrapportage/bestuursrapportage.controller';
import { BestuursrapportageService } from './bestuursrapportage/bestuursrapportage.service';
import { CouncilPackController } from './council-pack/council-pack.controller';
import { CouncilPackService } from './council-pack/council-pack.service';
import { ResponseMemoController } from './response-memo/response-memo.controller';
import { ResponseMemoService } from './response-memo/response-memo.service';

/** Documents for the councils made on the server: the council pack, the response memo and the bestuursrapportage. */
@Module({
  imports: [ContributionsModule, CouncilDecisionsModule, ProgressRollupModule],
  controllers: [
    CouncilPackController,
    ResponseMemoController,
    BestuursrapportageController,
    BestuursrapportageListController,
  ],
  providers: [CouncilPackService, ResponseMemoService, BestuursrapportageService],
})
export class DocumentsModule {}
