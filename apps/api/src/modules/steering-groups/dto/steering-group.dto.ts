import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  STEERING_GROUP_ROLES,
  SteeringGroupCommitment,
  SteeringGroupMember,
  SteeringGroupRequest,
  SteeringGroupResponse,
  SteeringGroupRole,
} from '@koers/contracts';
import {
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsOptionalNotNull, NestedList } from '../../../common/validators';

const NOT_NEGATIVE = { message: 'mag niet negatief zijn' };

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

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Whole euro cents, ≥ 0.' })
  @IsOptional()
  @IsInt()
  @Min(0, NOT_NEGATIVE)
  @Max(Number.MAX_SAFE_INTEGER, { message: 'is te groot' })
  amountCents: number | null = null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'moet een getal met hoogstens 2 decimalen zijn' })
  @Min(0, NOT_NEGATIVE)
  @Max(9999.99, { message: 'is te groot' })
  fte: number | null = null;
}

export class SteeringGroupDto implements SteeringGroupRequest {
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
  @ApiProperty({ type: [SteeringGroupMemberResponseDto] }) members: SteeringGroupMember[];
  @ApiProperty({ type: [SteeringGroupCommitmentResponseDto] })
  commitments: SteeringGroupCommitment[];
}
