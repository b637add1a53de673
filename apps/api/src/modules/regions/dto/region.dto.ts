import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import {
  CONTRIBUTION_KEY_TYPES,
  GOVERNANCE_MODES,
  type ContributionKeyType,
  type CreateRegionRequest,
  type GovernanceMode,
  type Page,
  type RegionResponse,
  type UpdateRegionRequest,
} from '@koers/contracts';
import {
  DEFAULT_MANDATE_OVERRUN_SENTENCE,
  MANDATE_OVERRUN_RULES,
  type MandateOverrunRule,
} from '@koers/domain';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { SearchPageQueryDto } from '../../../common/pagination';
import { VersionDto } from '../../../common/version.dto';
import { IsOptionalNotNull } from '../../../common/validators';

export class CreateRegionDto implements CreateRegionRequest {
  @ApiProperty({ maxLength: 200, example: 'Metropoolregio Eindhoven' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ maxLength: 30, example: 'MRE' })
  @IsString()
  @Matches(/\S/, { context: { nl: 'mag niet leeg zijn' } })
  @MaxLength(30)
  shortName: string;

  @ApiProperty({ enum: GOVERNANCE_MODES })
  @IsIn(GOVERNANCE_MODES)
  governanceMode: GovernanceMode;

  @ApiPropertyOptional({ type: [String], example: ['Noord-Brabant'] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(12)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  provinces?: string[];

  @ApiPropertyOptional({ minimum: 1, maximum: 52, default: 12 })
  @IsOptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(52)
  viewWindowWeeks?: number;

  @ApiPropertyOptional({ enum: CONTRIBUTION_KEY_TYPES, default: 'per_inhabitant' })
  @IsOptionalNotNull()
  @IsIn(CONTRIBUTION_KEY_TYPES)
  defaultContributionKey?: ContributionKeyType;

  @ApiPropertyOptional({
    enum: MANDATE_OVERRUN_RULES,
    default: 'refuse',
    description:
      'A decision that would pass a mandate ceiling: refused (409), or recorded as an escalation to the board.',
  })
  @IsOptionalNotNull()
  @IsIn(MANDATE_OVERRUN_RULES)
  mandateOverrun?: MandateOverrunRule;

  @ApiPropertyOptional({
    minLength: 1,
    maxLength: 1000,
    example: DEFAULT_MANDATE_OVERRUN_SENTENCE,
    description:
      'The sentence the regional agreement prescribes when a decision passes the mandate.',
  })
  @IsOptionalNotNull()
  @IsString()
  @Matches(/\S/, { context: { nl: 'mag niet leeg zijn' } })
  @MaxLength(1000)
  mandateOverrunSentence?: string;
}

/** Fields left out stay as they are; `version` (or If-Match) is the version read. */
export class UpdateRegionDto
  extends IntersectionType(PartialType(CreateRegionDto, { skipNullProperties: false }), VersionDto)
  implements Omit<UpdateRegionRequest, 'version'> {}

export class RegionResponseDto implements RegionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() shortName: string;
  @ApiProperty({ enum: GOVERNANCE_MODES }) governanceMode: GovernanceMode;
  @ApiProperty({ type: [String] }) provinces: string[];
  @ApiProperty() viewWindowWeeks: number;
  @ApiProperty({ enum: CONTRIBUTION_KEY_TYPES }) defaultContributionKey: ContributionKeyType;
  @ApiProperty({ enum: MANDATE_OVERRUN_RULES }) mandateOverrun: MandateOverrunRule;
  @ApiProperty() mandateOverrunSentence: string;
  @ApiProperty({ description: 'Send it back with a PATCH.' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class RegionPageDto implements Page<RegionResponse> {
  @ApiProperty({ type: [RegionResponseDto] }) items: RegionResponseDto[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}

export class RegionListQueryDto extends SearchPageQueryDto {}
