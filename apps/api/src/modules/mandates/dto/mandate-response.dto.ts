import {
  ApiExtraModels,
  ApiProperty,
  type ApiPropertyOptions,
  getSchemaPath,
} from '@nestjs/swagger';
import type {
  MandateAccountResponse,
  MandateAlert,
  MandateDecider,
  MandateDecisionResponse,
  MandateOverrunRule,
  MandateResponse,
  PortfolioItem,
  PortfolioResponse,
  ProgrammeStatus,
} from '@koers/contracts';
import { PROGRAMME_STATUSES } from '@koers/contracts';
import { MANDATE_ALERT_KINDS, MANDATE_DECIDERS, MANDATE_OVERRUN_RULES } from '@koers/domain';
import { ReportDueDto } from '../../start/dto/start-response.dto';

export class MandateDecisionResponseDto implements MandateDecisionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) assignmentId: string;
  @ApiProperty({ format: 'date' }) decidedOn: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) amountCents: number;
  @ApiProperty({ enum: MANDATE_DECIDERS }) decidedBy: MandateDecider;
  @ApiProperty({ type: String, nullable: true }) minutesUrl: string | null;
  @ApiProperty({
    description: 'Passed the ceiling and went to the board as an escalation; not counted as used.',
  })
  escalated: boolean;
  @ApiProperty({ type: String, nullable: true }) recordedBy: string | null;
  @ApiProperty({ type: 'integer' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class MandateAccountResponseDto implements MandateAccountResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) assignmentId: string;
  @ApiProperty({ format: 'date' }) reportBackDate: string;
  @ApiProperty({ format: 'date' }) reportedOn: string;
  @ApiProperty() summary: string;
  @ApiProperty({ type: String, nullable: true }) minutesUrl: string | null;
  @ApiProperty({ type: String, nullable: true }) recordedBy: string | null;
  @ApiProperty({ type: 'integer' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/** 80 % or more of the ceiling is used. */
export class CeilingAlertDto {
  @ApiProperty({ enum: ['ceiling'] }) kind: 'ceiling';
  @ApiProperty({ type: 'integer' }) usedCents: number;
  @ApiProperty({ type: 'integer' }) ceilingCents: number;
}

/** The term ends within 30 days. */
export class TermAlertDto {
  @ApiProperty({ enum: ['term'] }) kind: 'term';
  @ApiProperty({ format: 'date' }) validUntil: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) daysLeft: number;
}

/** A report-back date passed without an account. */
export class ReportBackAlertDto {
  @ApiProperty({ enum: ['report_back'] }) kind: 'report_back';
  @ApiProperty({ format: 'date' }) date: string;
}

const ALERTS: ApiPropertyOptions = {
  type: 'array',
  items: {
    oneOf: [
      { $ref: getSchemaPath(CeilingAlertDto) },
      { $ref: getSchemaPath(TermAlertDto) },
      { $ref: getSchemaPath(ReportBackAlertDto) },
    ],
  },
  description: `The alerts on \`today\`: ${MANDATE_ALERT_KINDS.join(', ')}.`,
};

@ApiExtraModels(CeilingAlertDto, TermAlertDto, ReportBackAlertDto)
class MandateUseDto {
  @ApiProperty({ type: 'integer', nullable: true }) ceilingCents: number | null;
  @ApiProperty({
    type: 'integer',
    description: 'Decisions within the mandate; escalated ones not counted.',
  })
  usedCents: number;
  @ApiProperty({ type: 'integer', nullable: true }) remainingCents: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'used / ceiling, for display.' })
  shareUsed: number | null;
  @ApiProperty({ type: 'integer' }) escalatedCents: number;
  @ApiProperty({ type: String, format: 'date', nullable: true }) validFrom: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) validUntil: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) nextReportBack: string | null;
  @ApiProperty(ALERTS) alerts: MandateAlert[];
  @ApiProperty({ format: 'date', description: 'The day the alerts are for.' }) today: string;
}

export class MandateInExecutionDto extends MandateUseDto implements MandateResponse {
  @ApiProperty({ format: 'uuid' }) assignmentId: string;
  @ApiProperty() scope: string;
  @ApiProperty({ type: [String], format: 'date' }) reportBackDates: string[];
  @ApiProperty({ enum: MANDATE_OVERRUN_RULES }) overrunRule: MandateOverrunRule;
  @ApiProperty({ type: [MandateDecisionResponseDto] }) decisions: MandateDecisionResponseDto[];
  @ApiProperty({ type: [MandateAccountResponseDto] }) accounts: MandateAccountResponseDto[];
}

class PortfolioAssignmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
}

class PortfolioProgrammeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: 'integer' }) year: number;
  @ApiProperty({ enum: PROGRAMME_STATUSES }) status: ProgrammeStatus;
}

export class PortfolioItemDto extends MandateUseDto implements PortfolioItem {
  @ApiProperty({ type: PortfolioAssignmentDto }) assignment: PortfolioAssignmentDto;
  @ApiProperty({ type: PortfolioProgrammeDto }) programme: PortfolioProgrammeDto;
  @ApiProperty({ format: 'uuid' }) regionId: string;
  @ApiProperty({ type: ReportDueDto, nullable: true }) reportDue: ReportDueDto | null;
}

export class PortfolioResponseDto implements PortfolioResponse {
  @ApiProperty({ type: [PortfolioItemDto] }) items: PortfolioItemDto[];
}
