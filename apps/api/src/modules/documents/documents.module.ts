import { Module } from '@nestjs/common';
import { ContributionsModule } from '../contributions/contributions.module';
import { CouncilDecisionsModule } from '../council-decisions/council-decisions.module';
import { CouncilPackController } from './council-pack/council-pack.controller';
import { CouncilPackService } from './council-pack/council-pack.service';
import { ResponseMemoController } from './response-memo/response-memo.controller';
import { ResponseMemoService } from './response-memo/response-memo.service';

/** Documents for the councils made on the server: the council pack and the response memo. */
@Module({
  imports: [ContributionsModule, CouncilDecisionsModule],
  controllers: [CouncilPackController, ResponseMemoController],
  providers: [CouncilPackService, ResponseMemoService],
})
export class DocumentsModule {}
