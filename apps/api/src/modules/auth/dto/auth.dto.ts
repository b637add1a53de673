import { ApiProperty } from '@nestjs/swagger';
import {
  ROLE_NAMES,
  type ChangePasswordRequest,
  type DemoAccount,
  type DemoAccountsResponse,
  type LoginRequest,
  type MeResponse,
  type RoleGrant,
  type RoleName,
  type UserSummary,
} from '@koers/contracts';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'bureau@koers.demo', maxLength: 320 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(320)
  email: string;

  @ApiProperty({ format: 'password', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password: string;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty({ format: 'password', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  currentPassword: string;

  @ApiProperty({ format: 'password', minLength: 12, maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  newPassword: string;
}

export class UserSummaryDto implements UserSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty() isPlatformAdmin: boolean;
}

export class RoleGrantDto implements RoleGrant {
  @ApiProperty({ format: 'uuid' }) regionId: string;
  @ApiProperty() regionName: string;
  @ApiProperty({ enum: ROLE_NAMES }) role: RoleName;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) municipalityId: string | null;
  @ApiProperty({ type: String, nullable: true }) municipalityName: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) personId: string | null;
}

export class MeResponseDto implements MeResponse {
  @ApiProperty({ type: UserSummaryDto }) user: UserSummaryDto;
  @ApiProperty({ type: [RoleGrantDto] }) roles: RoleGrantDto[];
  @ApiProperty({ description: 'Send as X-CSRF-Token with every state-changing request.' })
  csrfToken: string;
}

export class DemoAccountDto implements DemoAccount {
  @ApiProperty() email: string;
  @ApiProperty({ enum: ROLE_NAMES }) role: RoleName;
  @ApiProperty() regionName: string;
  @ApiProperty({ type: String, nullable: true }) municipalityName: string | null;
}

export class DemoAccountsResponseDto implements DemoAccountsResponse {
  @ApiProperty() password: string;
  @ApiProperty({ type: [DemoAccountDto] }) accounts: DemoAccountDto[];
}
