import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  COUNCIL_DECISION_STATUSES,
  GOVERNANCE_MODES,
  PROGRAMME_STATUSES,
  type CouncilDecisionStatus,
  type GovernanceMode,
  type ProgrammeStatus,
  type ResponseMemoCouncil,
  type ResponseMemoOutcomes,
  type ResponseMemoResponse,
  type ResponseMemoSummaryRow,
} from '@koers/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { AmendmentResponseDto } from '../../../amendments/dto/amendment.dto';
import {
  MunicipalityRefDto,
  ViewPointResponseDto,
} from '../../../council-decisions/dto/council-decision-response.dto';

export class ResponseMemoQueryDto {
  @ApiPropertyOptional({ minimum: 1, description: 'The consultation round; default the current.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1, { message: 'moet 1 of hoger zijn' })
  @Max(1000, { message: 'mag hoogstens 1000 zijn' })
  round?: number;
}

class MemoProgrammeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() year: number;
  @ApiProperty({ enum: PROGRAMME_STATUSES }) status: ProgrammeStatus;
  @ApiProperty({ type: String, format: 'date', nullable: true }) sentToCouncilsOn: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true })
  consultationDeadline: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) adoptedOn: string | null;
}

class MemoRegionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: GOVERNANCE_MODES }) governanceMode: GovernanceMode;
}

class MemoCouncilDto implements ResponseMemoCouncil {
  @ApiProperty({ type: MunicipalityRefDto }) municipality: MunicipalityRefDto;
  @ApiProperty({ enum: COUNCIL_DECISION_STATUSES, nullable: true })
  decisionStatus: CouncilDecisionStatus | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) decisionDate: string | null;
  @ApiProperty() decisionReference: string;
  @ApiProperty({ type: [ViewPointResponseDto] }) points: ViewPointResponseDto[];
}

class MemoOutcomesDto implements ResponseMemoOutcomes {
  @ApiProperty() points: number;
  @ApiProperty() adopted: number;
  @ApiProperty() partlyAdopted: number;
  @ApiProperty() notAdopted: number;
  @ApiProperty() unanswered: number;
}

class MemoSummaryRowDto extends MemoOutcomesDto implements ResponseMemoSummaryRow {
  @ApiProperty({ type: MunicipalityRefDto }) municipality: MunicipalityRefDto;
}

export class ResponseMemoResponseDto implements ResponseMemoResponse {
  @ApiProperty({ description: 'The round shown (0 before the programme was first sent).' })
  round: number;
  @ApiProperty() currentRound: number;
  @ApiProperty({ type: [Number] }) rounds: number[];
  @ApiProperty({ type: MemoProgrammeDto }) programme: MemoProgrammeDto;
  @ApiProperty({ type: MemoRegionDto }) region: MemoRegionDto;
  @ApiProperty() frozen: boolean;
  @ApiProperty() councilCount: number;
  @ApiProperty({ type: [MemoCouncilDto] }) councils: MemoCouncilDto[];
  @ApiProperty({ type: [MemoSummaryRowDto] }) summary: MemoSummaryRowDto[];
  @ApiProperty({ type: MemoOutcomesDto }) totals: MemoOutcomesDto;
  @ApiProperty({ type: [AmendmentResponseDto] }) amendments: AmendmentResponseDto[];
}
