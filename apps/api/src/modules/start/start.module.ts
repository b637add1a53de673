import { Module } from '@nestjs/common';
import { ContributionsModule } from '../contributions/contributions.module';
import { StartController } from './start.controller';
import { StartService } from './start.service';

@Module({
  imports: [ContributionsModule],
  controllers: [StartController],
  providers: [StartService],
})
export class StartModule {}
