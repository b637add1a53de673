import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ROLE_NAMES,
  type AssignRoleRequest,
  type CreatedRegionUserResponse,
  type CreateRegionUserRequest,
  type Page,
  type RegionUserResponse,
  type InvitationAnswerRequest,
  type RoleInvitationResponse,
  type RoleName,
} from '@koers/contracts';
import {
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { SearchPageQueryDto } from '../../../common/pagination';
import { IsOptionalNotNull } from '../../../common/validators';
import { RoleGrantDto } from '../../auth/dto/auth.dto';

export class AssignRoleDto implements AssignRoleRequest {
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'council' })
  @IsOptional()
  @IsUUID()
  municipalityId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  personId?: string | null;
}

export class CreateRegionUserDto extends AssignRoleDto implements CreateRegionUserRequest {
  @ApiProperty({ maxLength: 320, example: 'griffie@best.nl' })
  @IsEmail()
  @MaxLength(320)
  email: string;

  @ApiProperty({ maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: ROLE_NAMES })
  @IsIn(ROLE_NAMES)
  role: RoleName;

  @ApiPropertyOptional({ format: 'password', minLength: 12, maxLength: 200 })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(200)
  password?: string;
}

export class RegionUserResponseDto implements RegionUserResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty() active: boolean;
  @ApiProperty({ type: [RoleGrantDto] }) roles: RoleGrantDto[];
}

export class CreatedRegionUserResponseDto
  extends RegionUserResponseDto
  implements CreatedRegionUserResponse
{
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Shown once. For an address whose account is managed elsewhere, `id` is an invitation and this password opens nothing: the holder accepts the role after signing in.',
  })
  oneTimePassword: string | null;
}

export class RoleInvitationResponseDto implements RoleInvitationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) regionId: string;
  @ApiProperty() regionName: string;
  @ApiProperty({ enum: ROLE_NAMES }) role: RoleName;
  @ApiProperty({ type: String, nullable: true }) municipalityName: string | null;
  @ApiProperty({ type: String, nullable: true }) invitedByName: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class RegionUserPageDto implements Page<RegionUserResponse> {
  @ApiProperty({ type: [RegionUserResponseDto] }) items: RegionUserResponseDto[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}

/** `?q=` matches part of the name or the e-mail address. */
export class RegionUserListQueryDto extends SearchPageQueryDto {}

export class InvitationAnswerDto implements InvitationAnswerRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  invitationId: string;
}
