import { ANY_JSON } from '../../../common/openapi/any-json';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITIES,
  AuditAction,
  AuditActor,
  AuditChangeItem,
  AuditNames,
  AuditPage,
  AuditRecordResponse,
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
  @ApiProperty(ANY_JSON) old: unknown;
  @ApiProperty(ANY_JSON) new: unknown;
}

export class AuditActorDto implements AuditActor {
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'null = Koers itself.',
  })
  id: string | null;
  @ApiProperty({ description: 'The name at the time, e.g. "A. de Vries" or "demo-gegevens".' })
  name: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Role(s) in the region at the time, comma-separated: "bureau", "admin,board".',
  })
  role: string | null;
}

export class AuditRecordResponseDto implements AuditRecordResponse {
  @ApiProperty({ description: 'Increasing; later records have larger ids.', pattern: '^\\d+$' })
  id: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) regionId: string | null;
  @ApiProperty({
    type: AuditActorDto,
    nullable: true,
    description: 'null only on records from before actors were recorded.',
  })
  actor: AuditActor | null;
  @ApiProperty() entity: string;
  @ApiProperty({ format: 'uuid' }) entityId: string;
  @ApiProperty({ enum: AUDIT_ACTIONS }) action: AuditAction;
  @ApiProperty({ type: [AuditChangeDto] }) changes: AuditChangeItem[];
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
}

export const AUDIT_NAMES_SCHEMA = {
  type: 'object',
  additionalProperties: { type: 'string' },
  description: 'The name of every id the page mentions, e.g. {"<uuid>": "Asten"}.',
} as const;

export class AuditPageDto implements AuditPage {
  @ApiProperty({ type: [AuditRecordResponseDto] }) items: AuditRecordResponse[];
  @ApiProperty(AUDIT_NAMES_SCHEMA) names: AuditNames;
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}
