import { ApiProperty } from '@nestjs/swagger';
import {
  VIEW_POINT_OUTCOMES,
  type AmendmentListResponse,
  type AmendmentResponse,
  type ViewPointOutcome,
  type ViewPointRef,
} from '@koers/contracts';
import {
  AssignmentRefDto,
  MunicipalityRefDto,
} from '../../council-decisions/dto/council-decision-response.dto';

export class ViewPointRefDto implements ViewPointRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ minimum: 1 }) round: number;
  @ApiProperty({ type: MunicipalityRefDto }) municipality: MunicipalityRefDto;
  @ApiProperty({ minimum: 1 }) number: number;
  @ApiProperty() text: string;
  @ApiProperty({ type: String, nullable: true }) answer: string | null;
  @ApiProperty({ enum: VIEW_POINT_OUTCOMES, nullable: true }) outcome: ViewPointOutcome | null;
}

export class AmendmentResponseDto implements AmendmentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty({ minimum: 1 }) round: number;
  @ApiProperty({ type: AssignmentRefDto }) assignment: AssignmentRefDto;
  @ApiProperty({ type: [String], example: ['budgetLines', 'mandate'] }) fields: string[];
  @ApiProperty({ type: [ViewPointRefDto] }) viewPoints: ViewPointRefDto[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, nullable: true }) createdBy: string | null;
}

export class AmendmentListResponseDto implements AmendmentListResponse {
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty({ minimum: 0, description: 'The consultation round shown (0: never sent).' })
  round: number;
  @ApiProperty({ minimum: 0, description: "The programme's latest round (0: never sent)." })
  currentRound: number;
  @ApiProperty({ type: [Number], description: 'Every round of the programme, oldest first.' })
  rounds: number[];
  @ApiProperty({ type: [AmendmentResponseDto] }) items: AmendmentResponseDto[];
}
