import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AllowedTransition,
  PROGRAMME_STATUSES,
  ProgrammeStatus,
  TransitionRefusalCode,
  TransitionRequest,
  TransitionResponse,
  TransitionsResponse,
} from '@koers/contracts';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsCalendarDate } from '../../../common/calendar-date';
import { ProgrammeResponseDto } from '../../programmes/dto/programme-response.dto';

/** Every TransitionRefusalCode (the record makes the compiler check that none is missing). */
const TRANSITION_REFUSAL_CODES = Object.keys({
  PROGRAMME_TRANSITION_NOT_ALLOWED: true,
  PROGRAMME_REASON_REQUIRED: true,
  PROGRAMME_HAS_NO_ASSIGNMENTS: true,
  PROGRAMME_HAS_UNANSWERED_VIEWS: true,
  PROGRAMME_COUNCILS_PENDING: true,
} satisfies Record<TransitionRefusalCode, true>);

const WEEKS = { message: 'moet tussen 1 en 52 weken liggen' };

export class TransitionDto implements TransitionRequest {
  @ApiProperty({ enum: PROGRAMME_STATUSES, example: 'proposed' })
  @IsIn(PROGRAMME_STATUSES)
  to: ProgrammeStatus;

  @ApiPropertyOptional({ maxLength: 5000, description: 'Required when going back to draft.' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  reason?: string;

  @ApiPropertyOptional({
    format: 'date',
    description: 'To consultation: the day sent to the councils (default today).',
  })
  @IsOptional()
  @IsCalendarDate()
  sentOn?: string;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 52,
    description: "To consultation: the window for views (default the programme's or region's).",
  })
  @IsOptional()
  @IsInt()
  @Min(1, WEEKS)
  @Max(52, WEEKS)
  viewWindowWeeks?: number;
}

export class TransitionResponseDto extends ProgrammeResponseDto implements TransitionResponse {
  @ApiProperty({ enum: PROGRAMME_STATUSES, isArray: true })
  allowedTransitions: ProgrammeStatus[];
}

class AllowedTransitionDto implements AllowedTransition {
  @ApiProperty({ enum: PROGRAMME_STATUSES }) to: ProgrammeStatus;
  @ApiProperty() possible: boolean;
  @ApiProperty() reasonRequired: boolean;
  @ApiProperty({ enum: TRANSITION_REFUSAL_CODES, nullable: true })
  refusalCode: TransitionRefusalCode | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why not, in Dutch.' })
  refusal: string | null;
}

export class TransitionsResponseDto implements TransitionsResponse {
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty({ enum: PROGRAMME_STATUSES }) status: ProgrammeStatus;
  @ApiProperty({ type: [AllowedTransitionDto] }) transitions: AllowedTransition[];
}
