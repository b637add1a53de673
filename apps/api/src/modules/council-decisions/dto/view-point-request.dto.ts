import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  VIEW_POINT_OUTCOMES,
  type AnswerViewPointRequest,
  type ViewPointOutcome,
} from '@koers/contracts';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQueryDto } from '../../../common/pagination';
import { IsVersion } from '../../../common/version.dto';

const NOT_BLANK = { context: { nl: 'mag niet leeg zijn' } };

export class AnswerViewPointDto implements AnswerViewPointRequest {
  @ApiProperty({ maxLength: 20000, example: 'Het bestuur neemt dit over: de raden kiezen mee.' })
  @IsString()
  @Matches(/\S/, NOT_BLANK)
  @MaxLength(20000)
  answer: string;

  @ApiProperty({ enum: VIEW_POINT_OUTCOMES })
  @IsIn(VIEW_POINT_OUTCOMES)
  outcome: ViewPointOutcome;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 20000 })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  resultingChange?: string | null;

  @IsVersion()
  version?: number;
}

export class ViewPointRegisterQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, description: 'The consultation round; default the current.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1, { message: 'moet 1 of hoger zijn' })
  @Max(1000, { message: 'mag hoogstens 1000 zijn' })
  round?: number;

  @ApiPropertyOptional({
    description: 'true: only points without an answer; false: only answered.',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  )
  @IsBoolean()
  unanswered?: boolean;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  municipalityId?: string;
}

/** `?round=n`: one consultation round's decisions; default the current round. */
export class RoundQueryDto {
  @ApiPropertyOptional({ minimum: 1, description: 'The consultation round; default the current.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1, { message: 'moet 1 of hoger zijn' })
  @Max(1000, { message: 'mag hoogstens 1000 zijn' })
  round?: number;
}
