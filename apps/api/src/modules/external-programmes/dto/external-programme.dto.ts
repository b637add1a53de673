import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  EXTERNAL_PROGRAMME_LEVELS,
  type ExternalProgrammeLevel,
  type ExternalProgrammeResponse,
  type Page,
} from '@koers/contracts';
import { IsIn, IsOptional } from 'class-validator';
import { SearchPageQueryDto } from '../../../common/pagination';

export class ExternalProgrammeListQueryDto extends SearchPageQueryDto {
  @ApiPropertyOptional({ enum: EXTERNAL_PROGRAMME_LEVELS })
  @IsOptional()
  @IsIn(EXTERNAL_PROGRAMME_LEVELS)
  level?: ExternalProgrammeLevel;
}

export class ExternalProgrammeResponseDto implements ExternalProgrammeResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Deltaprogramma' }) name: string;
  @ApiProperty({ enum: EXTERNAL_PROGRAMME_LEVELS }) level: ExternalProgrammeLevel;
  @ApiProperty() description: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class ExternalProgrammePageDto implements Page<ExternalProgrammeResponse> {
  @ApiProperty({ type: [ExternalProgrammeResponseDto] }) items: ExternalProgrammeResponseDto[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}
