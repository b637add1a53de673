import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  CreateProgressReportRequest,
  ProgressReportContent,
  ReportCapacityLine,
  ReportKpiValue,
  ReportMilestone,
  ReportMoneyLine,
  ReportRisk,
  ReportVersionRequest,
  ReturnProgressReportRequest,
  UpdateProgressReportRequest,
} from '@koers/contracts';
import {
  PROGRESS_COURSES,
  ProgressCourse,
  RISK_LEVELS,
  RiskLevel,
  MAX_AMOUNT_CENTS,
} from '@koers/domain';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsCalendarDate } from '../../../common/calendar-date';
import { IsVersion, VersionDto } from '../../../common/version.dto';
import {
  IsAmountCents,
  IsHundredths,
  IsOptionalNotNull,
  NestedList,
} from '../../../common/validators';

export class ReportMilestoneDto implements ReportMilestone {
  @ApiProperty({ maxLength: 300 }) @IsString() @IsNotEmpty() @MaxLength(300) title: string;
  @ApiProperty({ format: 'date' }) @IsCalendarDate() plannedOn: string;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsCalendarDate()
  doneOn: string | null = null;
}

export class ReportMoneyLineDto implements ReportMoneyLine {
  @ApiProperty({ format: 'uuid', description: "One of the assignment's budget lines." })
  @IsUUID()
  budgetLineId: string;

  @ApiProperty({
    description: 'Committed to date, whole euro cents ≥ 0.',
    maximum: MAX_AMOUNT_CENTS,
  })
  @IsAmountCents()
  committedCents: number;

  @ApiProperty({ description: 'Spent to date, whole euro cents ≥ 0.', maximum: MAX_AMOUNT_CENTS })
  @IsAmountCents()
  spentCents: number;

  @ApiPropertyOptional({
    default: '',
    maxLength: 2000,
    description: 'Required when spent > budget.',
  })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(2000)
  explanation: string = '';
}

export class ReportCapacityLineDto implements ReportCapacityLine {
  @ApiProperty({ format: 'uuid', description: "One of the assignment's capacity lines." })
  @IsUUID()
  capacityLineId: string;

  @ApiPropertyOptional({ type: Number, nullable: true, maximum: 9999.99 })
  @IsOptional()
  @IsHundredths(9999.99)
  fte: number | null = null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 2_000_000_000 })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'mag niet negatief zijn' })
  @Max(2_000_000_000, { message: 'is te groot' })
  hours: number | null = null;
}

export class ReportKpiValueDto implements ReportKpiValue {
  @ApiProperty({ format: 'uuid', description: "One of the assignment's own KPIs." })
  @IsUUID()
  kpiId: string;
  @ApiProperty({ maxLength: 100, example: '18/21' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  value: string;
  @ApiProperty({ format: 'date' }) @IsCalendarDate() measuredOn: string;
  @ApiProperty({ maxLength: 300, example: 'CBS Statline' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  source: string;
}

export class ReportRiskDto implements ReportRisk {
  @ApiProperty({ maxLength: 2000 }) @IsString() @IsNotEmpty() @MaxLength(2000) description: string;
  @ApiProperty({ enum: RISK_LEVELS }) @IsIn(RISK_LEVELS) likelihood: RiskLevel;
  @ApiProperty({ enum: RISK_LEVELS }) @IsIn(RISK_LEVELS) impact: RiskLevel;
  @ApiPropertyOptional({ default: '', maxLength: 2000 })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(2000)
  measure: string = '';
}

export class ProgressReportContentDto implements ProgressReportContent {
  @ApiProperty({ enum: PROGRESS_COURSES }) @IsIn(PROGRESS_COURSES) course: ProgressCourse;

  @ApiPropertyOptional({
    default: '',
    maxLength: 5000,
    description: 'Required unless the course is op_koers.',
  })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(5000)
  courseExplanation: string = '';

  @ApiPropertyOptional({ default: '', maxLength: 10000, description: 'What was delivered.' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(10000)
  delivered: string = '';

  @ApiPropertyOptional({ type: [ReportMilestoneDto], maxItems: 100 })
  @IsOptionalNotNull()
  @NestedList(ReportMilestoneDto, 100)
  milestones: ReportMilestoneDto[] = [];

  @ApiPropertyOptional({ type: [ReportMoneyLineDto], maxItems: 200 })
  @IsOptionalNotNull()
  @NestedList(ReportMoneyLineDto, 200)
  money: ReportMoneyLineDto[] = [];

  @ApiPropertyOptional({ type: [ReportCapacityLineDto], maxItems: 200 })
  @IsOptionalNotNull()
  @NestedList(ReportCapacityLineDto, 200)
  capacity: ReportCapacityLineDto[] = [];

  @ApiPropertyOptional({ type: [ReportKpiValueDto], maxItems: 200 })
  @IsOptionalNotNull()
  @NestedList(ReportKpiValueDto, 200)
  kpiValues: ReportKpiValueDto[] = [];

  @ApiPropertyOptional({ type: [ReportRiskDto], maxItems: 100 })
  @IsOptionalNotNull()
  @NestedList(ReportRiskDto, 100)
  risks: ReportRiskDto[] = [];
}

export class CreateProgressReportDto
  extends ProgressReportContentDto
  implements CreateProgressReportRequest
{
  @ApiProperty({ format: 'uuid', description: "A reporting period of the assignment's programme." })
  @IsUUID()
  periodId: string;
}

export class UpdateProgressReportDto
  extends ProgressReportContentDto
  implements UpdateProgressReportRequest
{
  @IsVersion(
    'The version read; required here or as If-Match: "<version>". 409 when it is no longer current.',
  )
  version?: number;
}

export class ReportVersionDto extends VersionDto implements ReportVersionRequest {}

export class ReturnProgressReportDto extends VersionDto implements ReturnProgressReportRequest {
  @ApiProperty({ maxLength: 5000, description: 'What the writers must change.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  comment: string;
}
