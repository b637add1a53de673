import { Module } from '@nestjs/common';
import { ProgressRollupController } from './progress-rollup.controller';
import { ProgressRollupService } from './progress-rollup.service';

/** The roll-up of a reporting period over the accepted progress reports (issue 16 §3). */
@Module({
  controllers: [ProgressRollupController],
  providers: [ProgressRollupService],
  exports: [ProgressRollupService],
})
export class ProgressRollupModule {}
