import { ApiProperty } from '@nestjs/swagger';
import {
  AssignmentOverviewResponse,
  AssignmentResponse,
  EXTERNAL_PROGRAMME_LEVELS,
  ExternalProgrammeLevel,
  NamedRef,
  OverviewCommitment,
  OverviewExternalProgramme,
  OverviewLinkedAssignment,
  OverviewSteeringMember,
  PersonRef,
  PROGRAMME_STATUSES,
  ProgrammeStatus,
  STEERING_GROUP_ROLES,
  SteeringGroupRole,
} from '@koers/contracts';
import { AssignmentResponseDto } from './assignment-response.dto';

class NamedRefDto implements NamedRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

class PersonRefDto extends NamedRefDto implements PersonRef {
  @ApiProperty({ type: String, nullable: true }) function: string | null;
}

class OverviewProgrammeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() year: number;
  @ApiProperty({ enum: PROGRAMME_STATUSES }) status: ProgrammeStatus;
}

class OverviewSteeringMemberDto implements OverviewSteeringMember {
  @ApiProperty({ type: PersonRefDto }) person: PersonRef;
  @ApiProperty({ type: NamedRefDto, nullable: true }) organisation: NamedRef | null;
  @ApiProperty({ enum: STEERING_GROUP_ROLES }) role: SteeringGroupRole;
}

class OverviewCommitmentDto implements OverviewCommitment {
  @ApiProperty({ type: NamedRefDto }) organisation: NamedRef;
  @ApiProperty() description: string;
  @ApiProperty({ type: Number, nullable: true }) amountCents: number | null;
  @ApiProperty({ type: Number, nullable: true }) fte: number | null;
}

class OverviewSteeringGroupDto {
  @ApiProperty({ type: [OverviewSteeringMemberDto] }) members: OverviewSteeringMember[];
  @ApiProperty({ type: [OverviewCommitmentDto] }) commitments: OverviewCommitment[];
}

class OverviewLinkedAssignmentDto implements OverviewLinkedAssignment {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
}

class OverviewExternalProgrammeDto implements OverviewExternalProgramme {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: EXTERNAL_PROGRAMME_LEVELS }) level: ExternalProgrammeLevel;
}

export class AssignmentOverviewResponseDto implements AssignmentOverviewResponse {
  @ApiProperty({ type: AssignmentResponseDto }) assignment: AssignmentResponse;
  @ApiProperty({ type: OverviewProgrammeDto }) programme: OverviewProgrammeDto;
  @ApiProperty({ type: NamedRefDto }) theme: NamedRef;
  @ApiProperty({ type: PersonRefDto, nullable: true }) portfolioHolder: PersonRef | null;
  @ApiProperty({ type: PersonRefDto, nullable: true }) lead: PersonRef | null;
  @ApiProperty({ type: [NamedRefDto] }) municipalities: NamedRef[];
  @ApiProperty({
    type: [NamedRefDto],
    description: 'Every member for `all`, else the opt-in list.',
  })
  participants: NamedRef[];
  @ApiProperty({ type: [NamedRefDto], description: 'Councils that declined this assignment.' })
  declinedBy: NamedRef[];
  @ApiProperty({ type: OverviewSteeringGroupDto }) steeringGroup: OverviewSteeringGroupDto;
  @ApiProperty({ type: [OverviewLinkedAssignmentDto] })
  linkedAssignments: OverviewLinkedAssignment[];
  @ApiProperty({ type: [OverviewExternalProgrammeDto] })
  externalProgrammes: OverviewExternalProgramme[];
}
