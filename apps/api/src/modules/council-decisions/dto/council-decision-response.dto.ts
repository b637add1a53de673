import { ApiProperty } from '@nestjs/swagger';
import {
  DEADLINE_STATES,
  COUNCIL_DECISION_STATUSES,
  VIEW_POINT_OUTCOMES,
  type AssignmentAmountChange,
  type AssignmentRef,
  type ContributionSinceDecision,
  type ContributionSinceDecisionSummary,
  type DeadlineState,
  type CouncilDecisionCounts,
  type CouncilDecisionDetailResponse,
  type CouncilDecisionMatrixItem,
  type CouncilDecisionMatrixResponse,
  type CouncilDecisionResponse,
  type CouncilDecisionStatus,
  type MunicipalityAssignmentShare,
  type MunicipalityRef,
  type ShownContribution,
  type ShownContributionSummary,
  type ViewPointOutcome,
  type ViewPointRegisterResponse,
  type ViewPointResponse,
  PROGRAMME_STATUSES,
} from '@koers/contracts';

export class MunicipalityRefDto implements MunicipalityRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Best' }) name: string;
  @ApiProperty({ example: 'GM0753' }) cbsCode: string;
}

export class AssignmentRefDto implements AssignmentRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'MRE-2026-01' }) code: string;
  @ApiProperty() title: string;
}

export class ViewPointResponseDto implements ViewPointResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) councilDecisionId: string;
  @ApiProperty({ minimum: 1, description: 'The consultation round of the view.' }) round: number;
  @ApiProperty({ type: MunicipalityRefDto }) municipality: MunicipalityRefDto;
  @ApiProperty({ minimum: 1 }) number: number;
  @ApiProperty() text: string;
  @ApiProperty({ type: AssignmentRefDto, nullable: true }) assignment: AssignmentRefDto | null;
  @ApiProperty() answered: boolean;
  @ApiProperty({ type: String, nullable: true }) answer: string | null;
  @ApiProperty({ enum: VIEW_POINT_OUTCOMES, nullable: true }) outcome: ViewPointOutcome | null;
  @ApiProperty({ type: String, nullable: true }) resultingChange: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) answeredAt: string | null;
  @ApiProperty() version: number;
}

class AssignmentShareDto implements MunicipalityAssignmentShare {
  @ApiProperty({ format: 'uuid' }) assignmentId: string;
  @ApiProperty() code: string;
  @ApiProperty() amountCents: number;
}

export class ShownContributionSummaryDto implements ShownContributionSummary {
  @ApiProperty() totalCents: number;
  @ApiProperty({ format: 'date-time' }) shownAt: string;
}

export class ShownContributionDto extends ShownContributionSummaryDto implements ShownContribution {
  @ApiProperty({ type: [AssignmentShareDto] }) byAssignment: AssignmentShareDto[];
}

class AssignmentAmountChangeDto implements AssignmentAmountChange {
  @ApiProperty({ format: 'uuid' }) assignmentId: string;
  @ApiProperty() code: string;
  @ApiProperty() thenCents: number;
  @ApiProperty() nowCents: number;
  @ApiProperty() differenceCents: number;
}

export class ContributionSinceDecisionSummaryDto implements ContributionSinceDecisionSummary {
  @ApiProperty() thenCents: number;
  @ApiProperty() nowCents: number;
  @ApiProperty({ description: 'now − then' }) differenceCents: number;
}

export class ContributionSinceDecisionDto
  extends ContributionSinceDecisionSummaryDto
  implements ContributionSinceDecision
{
  @ApiProperty({ type: [AssignmentAmountChangeDto] }) byAssignment: AssignmentAmountChangeDto[];
}

/** A row of the ratification matrix: the amounts in total only. */
export class CouncilDecisionMatrixItemDto implements CouncilDecisionMatrixItem {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty({ minimum: 1, description: 'The consultation round of this decision.' })
  round: number;
  @ApiProperty({ type: MunicipalityRefDto }) municipality: MunicipalityRefDto;
  @ApiProperty({ enum: COUNCIL_DECISION_STATUSES }) status: CouncilDecisionStatus;
  @ApiProperty({ description: 'Any status but pending: the council reacted.' }) responded: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true }) councilMeetingDate: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) decisionDate: string | null;
  @ApiProperty() decisionReference: string;
  @ApiProperty({ type: String, nullable: true }) decisionUrl: string | null;
  @ApiProperty({ type: [AssignmentRefDto] }) declinedAssignments: AssignmentRefDto[];
  @ApiProperty() viewPointCount: number;
  @ApiProperty() unansweredViewPointCount: number;
  @ApiProperty({ type: String, format: 'date', nullable: true }) deadline: string | null;
  @ApiProperty({ enum: DEADLINE_STATES, nullable: true })
  deadlineState: DeadlineState | null;
  @ApiProperty({
    type: ShownContributionSummaryDto,
    nullable: true,
    description:
      "What the municipality was to pay when the council recorded its decision, in total (per assignment: one council's decision).",
  })
  shownContribution: ShownContributionSummaryDto | null;
  @ApiProperty({
    description: "Today's amount differs from shownContribution (in total or per assignment).",
  })
  amountChangedSinceDecision: boolean;
  @ApiProperty({ type: ContributionSinceDecisionSummaryDto, nullable: true })
  contributionSinceDecision: ContributionSinceDecisionSummaryDto | null;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/** One council's decision: the matrix's row with the amounts per assignment as well. */
export class CouncilDecisionResponseDto
  extends CouncilDecisionMatrixItemDto
  implements CouncilDecisionResponse
{
  @ApiProperty({
    type: ShownContributionDto,
    nullable: true,
    description: 'What the municipality was to pay when the council recorded its decision.',
  })
  declare shownContribution: ShownContributionDto | null;
  @ApiProperty({ type: ContributionSinceDecisionDto, nullable: true })
  declare contributionSinceDecision: ContributionSinceDecisionDto | null;
}

export class CouncilDecisionDetailResponseDto
  extends CouncilDecisionResponseDto
  implements CouncilDecisionDetailResponse
{
  @ApiProperty({ type: [ViewPointResponseDto] }) viewPoints: ViewPointResponseDto[];
  @ApiProperty({ minimum: 1, description: "The programme's latest round." }) currentRound: number;
  @ApiProperty({ type: [Number], description: 'Every round of the programme, oldest first.' })
  rounds: number[];
}

class StatusCountsDto implements Record<CouncilDecisionStatus, number> {
  @ApiProperty() pending: number;
  @ApiProperty() no_view: number;
  @ApiProperty() view_submitted: number;
  @ApiProperty() agreed: number;
  @ApiProperty() agreed_with_view: number;
  @ApiProperty() rejected: number;
  @ApiProperty() partial: number;
}

class DeadlineCountsDto implements Record<DeadlineState, number> {
  @ApiProperty() on_time: number;
  @ApiProperty() due_soon: number;
  @ApiProperty() overdue: number;
}

export class CouncilDecisionCountsDto implements CouncilDecisionCounts {
  @ApiProperty() total: number;
  @ApiProperty() responded: number;
  @ApiProperty({ type: StatusCountsDto }) byStatus: StatusCountsDto;
  @ApiProperty({ type: DeadlineCountsDto }) byDeadlineState: DeadlineCountsDto;
  @ApiProperty() viewPoints: number;
  @ApiProperty() unansweredViewPoints: number;
}

export class CouncilDecisionMatrixResponseDto implements CouncilDecisionMatrixResponse {
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty({ minimum: 1, description: 'The consultation round shown.' }) round: number;
  @ApiProperty({ minimum: 1, description: "The programme's latest round." }) currentRound: number;
  @ApiProperty({ type: [Number], description: 'Every round of the programme, oldest first.' })
  rounds: number[];
  @ApiProperty({ enum: PROGRAMME_STATUSES }) programmeStatus: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) sentToCouncilsOn: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) deadline: string | null;
  @ApiProperty({ format: 'date' }) today: string;
  @ApiProperty({ type: [CouncilDecisionMatrixItemDto] }) items: CouncilDecisionMatrixItemDto[];
  @ApiProperty({ type: CouncilDecisionCountsDto }) counts: CouncilDecisionCountsDto;
}

class RegisterCountsDto {
  @ApiProperty() total: number;
  @ApiProperty() answered: number;
  @ApiProperty() unanswered: number;
}

export class ViewPointRegisterResponseDto implements ViewPointRegisterResponse {
  @ApiProperty({ minimum: 0, description: 'The consultation round shown (0: never sent).' })
  round: number;
  @ApiProperty({ minimum: 0, description: "The programme's latest round (0: never sent)." })
  currentRound: number;
  @ApiProperty({ type: [Number], description: 'Every round of the programme, oldest first.' })
  rounds: number[];
  @ApiProperty({ type: [ViewPointResponseDto] }) items: ViewPointResponseDto[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
  @ApiProperty({ type: RegisterCountsDto }) counts: RegisterCountsDto;
}
