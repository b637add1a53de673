import { ApiProperty } from '@nestjs/swagger';
import type {
  MandateAccountResponse,
  MandateDecider,
  MandateDecisionResponse,
  MandateOverrunRule,
  MandateResponse,
  PortfolioItem,
  PortfolioResponse,
  ProgrammeStatus,
} from '@koers/contracts';
import { PROGRAMME_STATUSES } from '@koers/contracts';
import { MANDATE_DECIDERS, MANDATE_OVERRUN_RULES } from '@koers/domain';
import { ReportDueDto } from '../../start/dto/start-response.dto';
import { MandateUseDto } from './mandate-use.dto';

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
