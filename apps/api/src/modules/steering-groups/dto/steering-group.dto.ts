import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  STEERING_GROUP_ROLES,
  SteeringGroupCommitment,
  SteeringGroupMember,
  SteeringGroupRequest,
  SteeringGroupResponse,
  SteeringGroupRole,
} from '@koers/contracts';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { MAX_AMOUNT_CENTS } from '@koers/domain';
import {
  IsAmountCents,
  IsHundredths,
  IsOptionalNotNull,
  NestedList,
} from '../../../common/validators';
import { IsVersion } from '../../../common/version.dto';

export class SteeringGroupMemberDto implements SteeringGroupMember {
  @ApiProperty({ format: 'uuid' }) @IsUUID() personId: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  organisationId: string | null = null;

  @ApiProperty({ enum: STEERING_GROUP_ROLES }) @IsIn(STEERING_GROUP_ROLES) role: SteeringGroupRole;
}

export class SteeringGroupCommitmentDto implements SteeringGroupCommitment {
  @ApiProperty({ format: 'uuid' }) @IsUUID() organisationId: string;

  @ApiPropertyOptional({ default: '' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(2000)
  description: string = '';

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'Whole euro cents, ≥ 0, at most € 10 billion.',
    maximum: MAX_AMOUNT_CENTS,
  })
  @IsOptional()
  @IsAmountCents()
  amountCents: number | null = null;

  @ApiPropertyOptional({ type: Number, nullable: true, maximum: 9999.99 })
  @IsOptional()
  @IsHundredths(9999.99)
  fte: number | null = null;
}

export class SteeringGroupDto implements Omit<SteeringGroupRequest, 'version'> {
  @IsVersion(
    'The version of the steering group read; required here or as If-Match. 409 when no longer current.',
  )
  version?: number;

  @ApiProperty({ type: [SteeringGroupMemberDto] })
  @NestedList(SteeringGroupMemberDto, 100)
  members: SteeringGroupMemberDto[];

  @ApiProperty({ type: [SteeringGroupCommitmentDto] })
  @NestedList(SteeringGroupCommitmentDto, 100)
  commitments: SteeringGroupCommitmentDto[];
}

class SteeringGroupMemberResponseDto implements SteeringGroupMember {
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) organisationId: string | null;
  @ApiProperty({ enum: STEERING_GROUP_ROLES }) role: SteeringGroupRole;
}

class SteeringGroupCommitmentResponseDto implements SteeringGroupCommitment {
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: Number, nullable: true }) amountCents: number | null;
  @ApiProperty({ type: Number, nullable: true }) fte: number | null;
}

export class SteeringGroupResponseDto implements SteeringGroupResponse {
  @ApiProperty({ format: 'uuid' }) assignmentId: string;
  @ApiProperty({ description: 'Send it back with the next PUT.' }) version: number;
  @ApiProperty({ type: [SteeringGroupMemberResponseDto] }) members: SteeringGroupMember[];
  @ApiProperty({ type: [SteeringGroupCommitmentResponseDto] })
  commitments: SteeringGroupCommitment[];
}
