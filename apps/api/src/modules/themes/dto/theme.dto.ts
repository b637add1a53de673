import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import type { CreateThemeRequest, Page, ThemeResponse, UpdateThemeRequest } from '@koers/contracts';
import { IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import { SearchPageQueryDto } from '../../../common/pagination';
import { VersionDto } from '../../../common/version.dto';
import { IsOptionalNotNull } from '../../../common/validators';

const YEAR = { context: { nl: 'moet een jaar tussen 2000 en 2100 zijn' } };

export class CreateThemeDto implements CreateThemeRequest {
  @ApiProperty({ maxLength: 200, example: 'Mobiliteit' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional({ default: '', maxLength: 10000 })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(10000)
  description?: string;

  @ApiProperty({ minimum: 2000, maximum: 2100, example: 2023 })
  @IsInt()
  @Min(2000, YEAR)
  @Max(2100, YEAR)
  periodStartYear: number;

  @ApiProperty({ minimum: 2000, maximum: 2100, example: 2026 })
  @IsInt()
  @Min(2000, YEAR)
  @Max(2100, YEAR)
  periodEndYear: number;
}

/** Fields left out stay as they are; `version` (or If-Match) is the version read. */
export class UpdateThemeDto
  extends IntersectionType(PartialType(CreateThemeDto, { skipNullProperties: false }), VersionDto)
  implements Omit<UpdateThemeRequest, 'version'> {}

export class ThemeListQueryDto extends SearchPageQueryDto {}

export class ThemeResponseDto implements ThemeResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) regionId: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty() periodStartYear: number;
  @ApiProperty() periodEndYear: number;
  @ApiProperty({ description: 'Send it back with a PATCH.' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class ThemePageDto implements Page<ThemeResponse> {
  @ApiProperty({ type: [ThemeResponseDto] }) items: ThemeResponseDto[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}
