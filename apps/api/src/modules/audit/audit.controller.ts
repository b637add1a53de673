import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { AuditPage } from '@koers/contracts';
import type { Request } from 'express';
import { Access } from '../../common/access/access.decorator';
import { ApiProblems } from '../../common/api-problem';
import { AuditPageDto, AuditQueryDto } from './dto/audit.dto';
import { AuditService } from './audit.service';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @ApiOperation({
    summary: 'List the audit trail the caller may read',
    operationId: 'listAuditRecords',
  })
  @Get()
  @Access({ signedIn: true })
  @ApiOkResponse({ type: AuditPageDto, description: 'Newest first.' })
  @ApiProblems(400)
  list(@Query() query: AuditQueryDto, @Req() req: Request): Promise<AuditPage> {
    return this.audit.list(query, req.user);
  }
}
