import {
  ApiExtraModels,
  ApiProperty,
  type ApiPropertyOptions,
  getSchemaPath,
} from '@nestjs/swagger';
import type { MandateAlert, MandateUse } from '@koers/contracts';
import { MANDATE_ALERT_KINDS } from '@koers/domain';

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
export class MandateUseDto implements MandateUse {
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
