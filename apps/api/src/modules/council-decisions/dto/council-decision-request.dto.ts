import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  COUNCIL_DECISION_STATUSES,
  type CouncilDecisionStatus,
  type RecordCouncilDecisionRequest,
  type ViewPointInput,
} from '@koers/contracts';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsDateOnly, IsOptionalNotNull, NestedList } from '../../../common/validators';
import { IsVersion } from '../../../common/version.dto';

const NOT_BLANK = { context: { nl: 'mag niet leeg zijn' } };
const POSITIVE = { message: 'moet 1 of hoger zijn' };

export class ViewPointInputDto implements ViewPointInput {
  @ApiPropertyOptional({ minimum: 1, description: '1..n; left out = the position in the list.' })
  @IsOptionalNotNull()
  @IsInt()
  @Min(1, POSITIVE)
  @Max(1000, { message: 'mag hoogstens 1000 zijn' })
  number?: number;

  @ApiProperty({ maxLength: 20000, example: 'Betrek de raden bij de keuze van de variant.' })
  @IsString()
  @Matches(/\S/, NOT_BLANK)
  @MaxLength(20000)
  text: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  assignmentId?: string | null;
}

export class RecordCouncilDecisionDto implements RecordCouncilDecisionRequest {
  @ApiProperty({ enum: COUNCIL_DECISION_STATUSES })
  @IsIn(COUNCIL_DECISION_STATUSES)
  status: CouncilDecisionStatus;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsDateOnly()
  councilMeetingDate?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Required for every status but pending; not before the date sent to the councils.',
  })
  @IsOptional()
  @IsDateOnly()
  decisionDate?: string | null;

  @ApiPropertyOptional({ maxLength: 300, default: '', example: 'Raadsbesluit 2026-041' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(300)
  decisionReference?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 1000 })
  @IsOptional()
  @IsUrl(
    { require_protocol: true },
    { context: { nl: 'moet een volledige link zijn (https://…)' } },
  )
  @MaxLength(1000)
  decisionUrl?: string | null;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'Required (non-empty) for partial; must be empty otherwise.',
  })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  declinedAssignmentIds?: string[];

  @ApiPropertyOptional({
    type: [ViewPointInputDto],
    description: 'Required (≥ 1) for view_submitted and agreed_with_view.',
  })
  @IsOptionalNotNull()
  @NestedList(ViewPointInputDto, 200)
  viewPoints?: ViewPointInputDto[];

  @IsVersion()
  version?: number;
}
