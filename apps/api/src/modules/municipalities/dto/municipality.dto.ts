import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import {
  MUNICIPALITY_SORTS,
  SORT_ORDERS,
  type CreateMunicipalityRequest,
  type MunicipalityResponse,
  type MunicipalitySort,
  type Page,
  type SortOrder,
  type UpdateMunicipalityRequest,
} from '@koers/contracts';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { SearchPageQueryDto } from '../../../common/pagination';
import { VersionDto } from '../../../common/version.dto';
import { IsDateOnly } from '../../../common/validators';

export class CreateMunicipalityDto implements CreateMunicipalityRequest {
  @ApiProperty({ maxLength: 200, example: 'Best' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ pattern: '^GM\\d{4}$', example: 'GM0753' })
  @IsString()
  @Matches(/^GM\d{4}$/, { context: { nl: 'moet de vorm GM1234 hebben (CBS-gemeentecode)' } })
  cbsCode: string;

  @ApiProperty({ maxLength: 100, example: 'Noord-Brabant' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  province: string;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, example: 31220 })
  @IsOptional()
  @IsInt()
  @Min(0, { context: { nl: 'mag niet negatief zijn' } })
  @Max(2_000_000_000)
  population?: number | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2024-01-01' })
  @IsOptional()
  @IsDateOnly()
  populationReferenceDate?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'CBS StatLine 03759ned' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  populationSource?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsDateOnly()
  memberFrom?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsDateOnly()
  memberUntil?: string | null;
}

/** Fields left out stay as they are; `version` (or If-Match) is the version read. */
export class UpdateMunicipalityDto
  extends IntersectionType(
    PartialType(CreateMunicipalityDto, { skipNullProperties: false }),
    VersionDto,
  )
  implements Omit<UpdateMunicipalityRequest, 'version'> {}

export class MunicipalityListQueryDto extends SearchPageQueryDto {
  @ApiPropertyOptional({ enum: MUNICIPALITY_SORTS, default: 'name' })
  @IsOptional()
  @IsIn(MUNICIPALITY_SORTS)
  sort: MunicipalitySort = 'name';

  @ApiPropertyOptional({ enum: SORT_ORDERS, default: 'asc' })
  @IsOptional()
  @IsIn(SORT_ORDERS)
  order: SortOrder = 'asc';
}

export class MunicipalityResponseDto implements MunicipalityResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) regionId: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'GM0753' }) cbsCode: string;
  @ApiProperty() province: string;
  @ApiProperty({ type: Number, nullable: true }) population: number | null;
  @ApiProperty({ description: 'False when the population is not known (population is null).' })
  populationKnown: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true })
  populationReferenceDate: string | null;
  @ApiProperty({ type: String, nullable: true }) populationSource: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) memberFrom: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) memberUntil: string | null;
  @ApiProperty({ description: 'Send it back with a PATCH.' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class MunicipalityPageDto implements Page<MunicipalityResponse> {
  @ApiProperty({ type: [MunicipalityResponseDto] }) items: MunicipalityResponseDto[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}
