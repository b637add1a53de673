import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONTRIBUTION_KEY_TYPES, ContributionKeyType, ContributionKeySpec } from '@koers/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsOptionalNotNull } from '../../../common/validators';

const BASIS_POINTS = { message: 'moet een geheel aantal basispunten tussen 0 en 10000 zijn' };

export class SurchargeDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Municipalities of the region.' })
  @IsArray()
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  municipalityIds: string[];

  @ApiProperty({ minimum: 0, maximum: 10_000, description: 'Basis points (1/100 %).' })
  @IsInt()
  @Min(0, BASIS_POINTS)
  @Max(10_000, BASIS_POINTS)
  basisPoints: number;
}

/** A cost-sharing key (mirrors `@koers/domain` ContributionKeyType); region rules in the service. */
export class ContributionKeyDto implements ContributionKeySpec {
  @ApiProperty({ enum: CONTRIBUTION_KEY_TYPES })
  @IsIn(CONTRIBUTION_KEY_TYPES)
  type: ContributionKeyType;

  @ApiPropertyOptional({ minimum: 0, maximum: 10_000, description: 'fixed_plus_per_inhabitant.' })
  @IsOptionalNotNull()
  @IsInt()
  @Min(0, BASIS_POINTS)
  @Max(10_000, BASIS_POINTS)
  fixedShareBasisPoints?: number;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 0, maximum: 10_000 },
    description: 'custom_percentages: municipality id → basis points.',
  })
  @IsOptionalNotNull()
  @IsObject()
  basisPointsByMunicipality?: Record<string, number>;

  @ApiPropertyOptional({ type: SurchargeDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SurchargeDto)
  surcharge?: SurchargeDto | null;
}
