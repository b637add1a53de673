import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { ProgrammeHistoryController } from './programme-history.controller';
import { ProgrammeHistoryService } from './programme-history.service';

@Module({
  controllers: [AuditController, ProgrammeHistoryController],
  providers: [AuditService, ProgrammeHistoryService],
})
export class AuditModule {}
