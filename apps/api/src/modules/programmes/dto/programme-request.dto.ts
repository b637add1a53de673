import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateProgrammeRequest, UpdateProgrammeRequest } from '@koers/contracts';
import { Type } from 'class-transformer';
import {
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ContributionKeyDto } from './contribution-key.dto';
import { IsOptionalNotNull } from '../../../common/validators';
import { IsVersion } from '../../../common/version.dto';
import { IsCalendarDate } from '../../../common/calendar-date';

const YEAR = { message: 'moet tussen 2000 en 2100 liggen' };
const WEEKS = { message: 'moet tussen 1 en 52 weken liggen' };

/** The cost-sharing fields of create and update. */
class ProgrammeSettingsDto {
  @ApiPropertyOptional({ type: ContributionKeyDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContributionKeyDto)
  contributionKey?: ContributionKeyDto | null;

  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: 52, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, WEEKS)
  @Max(52, WEEKS)
  viewWindowWeeks?: number | null;
}

export class CreateProgrammeDto extends ProgrammeSettingsDto implements CreateProgrammeRequest {
  @ApiProperty({ minimum: 2000, maximum: 2100, example: 2026 })
  @IsInt()
  @Min(2000, YEAR)
  @Max(2100, YEAR)
  year: number;

  @ApiProperty({ maxLength: 200, example: 'Werkprogramma 2026' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional({ default: '' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(20_000)
  introduction?: string;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2025-01-01' })
  @IsOptional()
  @IsCalendarDate()
  populationReferenceDate?: string | null;
}

export class UpdateProgrammeDto extends ProgrammeSettingsDto implements UpdateProgrammeRequest {
  @IsVersion()
  version?: number;

  @ApiPropertyOptional({ minimum: 2000, maximum: 2100 })
  @IsOptionalNotNull()
  @IsInt()
  @Min(2000, YEAR)
  @Max(2100, YEAR)
  year?: number;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(20_000)
  introduction?: string;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsCalendarDate()
  populationReferenceDate?: string | null;
}
