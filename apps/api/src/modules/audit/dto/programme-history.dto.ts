import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AuditNames,
  HISTORY_KINDS,
  HistoryKind,
  HistoryPerson,
  ProgrammeHistoryItem,
  ProgrammeHistoryPage,
} from '@koers/contracts';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination';
import { AUDIT_NAMES_SCHEMA, AuditRecordResponseDto } from './audit.dto';

export class ProgrammeHistoryQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: HISTORY_KINDS })
  @IsOptional()
  @IsIn(HISTORY_KINDS)
  kind?: HistoryKind;

  @ApiPropertyOptional({
    maxLength: 320,
    description:
      'Only what this person did: a `key` from the history people (a user id, or the name of a part of Koers).',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(320)
  person?: string;
}

export class ProgrammeHistoryItemDto
  extends AuditRecordResponseDto
  implements ProgrammeHistoryItem
{
  @ApiProperty({ enum: HISTORY_KINDS }) kind: HistoryKind;
}

export class ProgrammeHistoryPageDto implements ProgrammeHistoryPage {
  @ApiProperty({ type: [ProgrammeHistoryItemDto] }) items: ProgrammeHistoryItem[];
  @ApiProperty(AUDIT_NAMES_SCHEMA) names: AuditNames;
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}

export class HistoryPersonDto implements HistoryPerson {
  @ApiProperty({ description: 'Their user id, or the name of a part of Koers.' }) key: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) id: string | null;
  @ApiProperty({ description: 'As of their latest record in this history.' }) name: string;
  @ApiProperty({ type: String, nullable: true }) role: string | null;
  @ApiProperty({ description: 'How many records of this history are theirs.' }) records: number;
}
