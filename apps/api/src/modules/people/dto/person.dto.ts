import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import type {
  CreatePersonRequest,
  Page,
  PersonResponse,
  UpdatePersonRequest,
} from '@koers/contracts';
import { IsEmail, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { SearchPageQueryDto } from '../../../common/pagination';
import { VersionDto } from '../../../common/version.dto';

export class CreatePersonDto implements CreatePersonRequest {
  @ApiProperty({ maxLength: 200, example: 'Anne Verbeek' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'anne.verbeek@koers.demo' })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'wethouder Mobiliteit' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  function?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  municipalityId?: string | null;
}

/** Fields left out stay as they are; `version` (or If-Match) is the version read. */
export class UpdatePersonDto
  extends IntersectionType(PartialType(CreatePersonDto, { skipNullProperties: false }), VersionDto)
  implements Omit<UpdatePersonRequest, 'version'> {}

export class PersonListQueryDto extends SearchPageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only people of this organisation.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only people of this municipality.' })
  @IsOptional()
  @IsUUID()
  municipalityId?: string;
}

export class PersonResponseDto implements PersonResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) regionId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) function: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) organisationId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) municipalityId: string | null;
  @ApiProperty({ description: 'Send it back with a PATCH.' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class PersonPageDto implements Page<PersonResponse> {
  @ApiProperty({ type: [PersonResponseDto] }) items: PersonResponseDto[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}
