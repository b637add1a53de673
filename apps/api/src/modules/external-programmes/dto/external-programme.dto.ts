import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import {
  EXTERNAL_PROGRAMME_LEVELS,
  type CreateExternalProgrammeRequest,
  type ExternalProgrammeLevel,
  type ExternalProgrammeResponse,
  type Page,
  type UpdateExternalProgrammeRequest,
} from '@koers/contracts';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { SearchPageQueryDto } from '../../../common/pagination';
import { VersionDto } from '../../../common/version.dto';
import { IsOptionalNotNull } from '../../../common/validators';

export class ExternalProgrammeListQueryDto extends SearchPageQueryDto {
  @ApiPropertyOptional({ enum: EXTERNAL_PROGRAMME_LEVELS })
  @IsOptional()
  @IsIn(EXTERNAL_PROGRAMME_LEVELS)
  level?: ExternalProgrammeLevel;
}

export class CreateExternalProgrammeDto implements CreateExternalProgrammeRequest {
  @ApiProperty({ maxLength: 200, example: 'Programma Verstedelijking en Wonen' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: EXTERNAL_PROGRAMME_LEVELS, example: 'national' })
  @IsIn(EXTERNAL_PROGRAMME_LEVELS)
  level: ExternalProgrammeLevel;

  @ApiPropertyOptional({ default: '', maxLength: 10000 })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(10000)
  description?: string;
}

/** Fields left out stay as they are; `version` (or If-Match) is the version read. */
export class UpdateExternalProgrammeDto
  extends IntersectionType(
    PartialType(CreateExternalProgrammeDto, { skipNullProperties: false }),
    VersionDto,
  )
  implements Omit<UpdateExternalProgrammeRequest, 'version'> {}

export class ExternalProgrammeResponseDto implements ExternalProgrammeResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({
    format: 'uuid',
    type: String,
    nullable: true,
    description: 'The region that added it and maintains it; null: shared by all regions.',
  })
  regionId: string | null;
  @ApiProperty({ example: 'Deltaprogramma' }) name: string;
  @ApiProperty({ enum: EXTERNAL_PROGRAMME_LEVELS }) level: ExternalProgrammeLevel;
  @ApiProperty() description: string;
  @ApiProperty({ description: 'Send it back with a PATCH.' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class ExternalProgrammePageDto implements Page<ExternalProgrammeResponse> {
  @ApiProperty({ type: [ExternalProgrammeResponseDto] }) items: ExternalProgrammeResponseDto[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}
