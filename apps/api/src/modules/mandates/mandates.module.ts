import { Module } from '@nestjs/common';
import { MandateAccountsService } from './mandate-accounts.service';
import { MandateDecisionsService } from './mandate-decisions.service';
import { MandatesController } from './mandates.controller';
import { MandatesService } from './mandates.service';
import { PortfolioController } from './portfolio.controller';

@Module({
  controllers: [MandatesController, PortfolioController],
  providers: [MandatesService, MandateDecisionsService, MandateAccountsService],
  exports: [MandatesService],
})
export class MandatesModule {}
