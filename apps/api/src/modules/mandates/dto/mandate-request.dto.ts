import {
  ApiProperty,
  ApiPropertyOptional,
  IntersectionType,
  OmitType,
  PartialType,
} from '@nestjs/swagger';
import {
  type MandateAccountRequest,
  type MandateDecider,
  type MandateDecisionRequest,
} from '@koers/contracts';
import { MANDATE_DECIDERS } from '@koers/domain';
import { IsIn, IsOptional, IsString, IsUrl, Matches, MaxLength } from 'class-validator';
import { IsAmountCents, IsDateOnly } from '../../../common/validators';
import { VersionDto } from '../../../common/version.dto';

const NOT_BLANK = { context: { nl: 'mag niet leeg zijn' } };
const FULL_LINK = { context: { nl: 'moet een volledige link zijn (https://…)' } };

export class MandateDecisionDto implements MandateDecisionRequest {
  @ApiProperty({ type: String, format: 'date', example: '2025-09-18' })
  @IsDateOnly()
  decidedOn: string;

  @ApiProperty({
    maxLength: 2000,
    example: 'Opdracht haalbaarheidsstudie Hoogwaardig OV aan adviesbureau',
  })
  @IsString()
  @Matches(/\S/, NOT_BLANK)
  @MaxLength(2000)
  description: string;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    example: 4_500_000,
    description: 'Whole euro cents.',
  })
  @IsAmountCents()
  amountCents: number;

  @ApiProperty({ enum: MANDATE_DECIDERS })
  @IsIn(MANDATE_DECIDERS)
  decidedBy: MandateDecider;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 2000,
    example: 'https://regio.example/notulen/2025-09-18',
  })
  @IsOptional()
  @IsUrl({ require_protocol: true }, FULL_LINK)
  @MaxLength(2000)
  minutesUrl?: string | null;
}

/** Fields left out stay as they are; `version` (or If-Match) is the version read. */
export class UpdateMandateDecisionDto extends IntersectionType(
  PartialType(MandateDecisionDto, { skipNullProperties: false }),
  VersionDto,
) {}

export class MandateAccountDto implements MandateAccountRequest {
  @ApiProperty({
    type: String,
    format: 'date',
    description: "One of the mandate's report-back dates.",
  })
  @IsDateOnly()
  reportBackDate: string;

  @ApiProperty({
    type: String,
    format: 'date',
    description: 'When the portfolio holder reported back.',
  })
  @IsDateOnly()
  reportedOn: string;

  @ApiProperty({
    maxLength: 5000,
    example: 'Verantwoord in het AB van 2 oktober: twee besluiten binnen het mandaat.',
  })
  @IsString()
  @Matches(/\S/, NOT_BLANK)
  @MaxLength(5000)
  summary: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @IsOptional()
  @IsUrl({ require_protocol: true }, FULL_LINK)
  @MaxLength(2000)
  minutesUrl?: string | null;
}

export class UpdateMandateAccountDto extends IntersectionType(
  PartialType(OmitType(MandateAccountDto, ['reportBackDate'] as const), {
    skipNullProperties: false,
  }),
  VersionDto,
) {}
