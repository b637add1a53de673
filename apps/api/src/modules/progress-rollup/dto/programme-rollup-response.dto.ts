import { ApiProperty } from '@nestjs/swagger';
import {
  FUNDING_SOURCES,
  PROGRAMME_STATUSES,
  ROLLUP_ASSIGNMENT_STATUSES,
  type FundingSource,
  type ProgrammeRollupResponse,
  type ProgrammeStatus,
  type RollupAssignmentStatus,
} from '@koers/contracts';

class RollupProgrammeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() year: number;
  @ApiProperty({ enum: PROGRAMME_STATUSES }) status: ProgrammeStatus;
}

class RollupRegionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class RollupPeriodDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Voorjaarsrapportage 2025' }) title: string;
  @ApiProperty() position: number;
  @ApiProperty({ format: 'date', description: 'First day the period covers.' }) startsOn: string;
  @ApiProperty({ format: 'date', description: 'Data up to and including this day.' })
  dataUntil: string;
  @ApiProperty({ format: 'date' }) dueOn: string;
}

class RollupRuleDto {
  @ApiProperty({ example: 'budget-weighted-on-course-v1' }) code: string;
  @ApiProperty({ description: 'The rule in one Dutch sentence.' }) nl: string;
  @ApiProperty({ description: 'The rule in one English sentence.' }) en: string;
}

export class RollupStatusCountsDto {
  @ApiProperty() on_course: number;
  @ApiProperty() attention: number;
  @ApiProperty() off_course: number;
  @ApiProperty({ description: 'Assignments without an accepted report for the period.' })
  no_report: number;
  @ApiProperty() total: number;
}

class OnCourseShareDto {
  @ApiProperty() ruleCode: string;
  @ApiProperty({ description: 'Budgets (cents) of the assignments reported on course.' })
  numeratorCents: number;
  @ApiProperty({ description: 'Budgets (cents) of the assignments with an accepted report.' })
  denominatorCents: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 1,
    description: 'numerator ÷ denominator; null when the denominator is 0.',
  })
  share: number | null;
}

export class SpendFiguresDto {
  @ApiProperty() budgetCents: number;
  @ApiProperty() committedCents: number;
  @ApiProperty() spentCents: number;
  @ApiProperty({ description: 'Budget minus spent; negative when over budget.' })
  remainingCents: number;
  @ApiProperty() overBudget: boolean;
}

class ThemeRollupDto extends SpendFiguresDto {
  @ApiProperty({ format: 'uuid' }) themeId: string;
  @ApiProperty() themeTitle: string;
  @ApiProperty({ type: RollupStatusCountsDto }) counts: RollupStatusCountsDto;
}

class SourceRollupDto extends SpendFiguresDto {
  @ApiProperty({ enum: FUNDING_SOURCES }) source: FundingSource;
}

class OverspentLineDto {
  @ApiProperty({ format: 'uuid' }) assignmentId: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty() source: string;
  @ApiProperty() budgetCents: number;
  @ApiProperty() spentCents: number;
}

class KpiOutcomeDto {
  @ApiProperty({ format: 'uuid' }) assignmentId: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'uuid' }) kpiId: string;
  @ApiProperty() name: string;
  @ApiProperty() unit: string;
  @ApiProperty({ type: Number, nullable: true }) baseline: number | null;
  @ApiProperty({ type: Number, nullable: true }) target: number | null;
  @ApiProperty() value: number;
  @ApiProperty({ format: 'date' }) measuredOn: string;
  @ApiProperty({ enum: ['increase', 'decrease'], nullable: true })
  direction: 'increase' | 'decrease' | null;
  @ApiProperty({ enum: ['reached', 'missed', 'unknown'] }) outcome:
    'reached' | 'missed' | 'unknown';
}

class MilestoneOutcomeDto {
  @ApiProperty({ format: 'uuid' }) assignmentId: string;
  @ApiProperty() code: string;
  @ApiProperty() assignmentTitle: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date' }) plannedOn: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) doneOn: string | null;
  @ApiProperty({ description: 'Planned within the period.' }) due: boolean;
  @ApiProperty() late: boolean;
}

class RollupAssignmentRowDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty() themeTitle: string;
  @ApiProperty({ enum: ROLLUP_ASSIGNMENT_STATUSES }) status: RollupAssignmentStatus;
  @ApiProperty() budgetCents: number;
  @ApiProperty() spentCents: number;
}

export class ProgrammeRollupResponseDto implements ProgrammeRollupResponse {
  @ApiProperty({ type: RollupProgrammeDto }) programme: RollupProgrammeDto;
  @ApiProperty({ type: RollupRegionDto }) region: RollupRegionDto;
  @ApiProperty({ type: RollupPeriodDto }) period: RollupPeriodDto;
  @ApiProperty({ type: RollupRuleDto }) rule: RollupRuleDto;
  @ApiProperty({ type: RollupStatusCountsDto }) counts: RollupStatusCountsDto;
  @ApiProperty({ type: OnCourseShareDto }) onCourseShare: OnCourseShareDto;
  @ApiProperty({ type: SpendFiguresDto }) total: SpendFiguresDto;
  @ApiProperty({ type: [ThemeRollupDto] }) byTheme: ThemeRollupDto[];
  @ApiProperty({ type: [SourceRollupDto] }) bySource: SourceRollupDto[];
  @ApiProperty({ type: [OverspentLineDto] }) overspentLines: OverspentLineDto[];
  @ApiProperty({ type: [KpiOutcomeDto] }) kpis: KpiOutcomeDto[];
  @ApiProperty({ type: [MilestoneOutcomeDto] }) milestones: MilestoneOutcomeDto[];
  @ApiProperty({ type: [RollupAssignmentRowDto] }) assignments: RollupAssignmentRowDto[];
}
