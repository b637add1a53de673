import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITIES,
  AuditAction,
  AuditChangeItem,
  AuditRecordResponse,
  Page,
} from '@koers/contracts';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination';

export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: AUDIT_ENTITIES, description: 'e.g. programme, assignment.' })
  @IsOptional()
  @IsIn(AUDIT_ENTITIES)
  entity?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  entityId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  regionId?: string;

  @ApiPropertyOptional({ enum: AUDIT_ACTIONS })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS)
  action?: AuditAction;
}

class AuditChangeDto implements AuditChangeItem {
  @ApiProperty({ example: 'title' }) field: string;
  @ApiProperty({ nullable: true, description: 'Any JSON value.' }) old: unknown;
  @ApiProperty({ nullable: true, description: 'Any JSON value.' }) new: unknown;
}

export class AuditRecordResponseDto implements AuditRecordResponse {
  @ApiProperty({ description: 'Increasing; later records have larger ids.' }) id: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) regionId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'null = the system.' })
  actor: string | null;
  @ApiProperty() entity: string;
  @ApiProperty({ format: 'uuid' }) entityId: string;
  @ApiProperty({ enum: AUDIT_ACTIONS }) action: AuditAction;
  @ApiProperty({ type: [AuditChangeDto] }) changes: AuditChangeItem[];
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
}

export class AuditPageDto implements Page<AuditRecordResponse> {
  @ApiProperty({ type: [AuditRecordResponseDto] }) items: AuditRecordResponse[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}
