import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import {
  ORGANISATION_KINDS,
  type CreateOrganisationRequest,
  type OrganisationKind,
  type OrganisationResponse,
  type Page,
  type UpdateOrganisationRequest,
} from '@koers/contracts';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { SearchPageQueryDto } from '../../../common/pagination';
import { VersionDto } from '../../../common/version.dto';

export class CreateOrganisationDto implements CreateOrganisationRequest {
  @ApiProperty({ maxLength: 200, example: 'Waterschap De Dommel' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: ORGANISATION_KINDS, example: 'water_board' })
  @IsIn(ORGANISATION_KINDS)
  kind: OrganisationKind;
}

/** Fields left out stay as they are; `version` (or If-Match) is the version read. */
export class UpdateOrganisationDto
  extends IntersectionType(
    PartialType(CreateOrganisationDto, { skipNullProperties: false }),
    VersionDto,
  )
  implements Omit<UpdateOrganisationRequest, 'version'> {}

export class OrganisationListQueryDto extends SearchPageQueryDto {
  @ApiPropertyOptional({ enum: ORGANISATION_KINDS, description: 'Only organisations of a kind.' })
  @IsOptional()
  @IsIn(ORGANISATION_KINDS)
  kind?: OrganisationKind;
}

export class OrganisationResponseDto implements OrganisationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) regionId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind: OrganisationKind;
  @ApiProperty({ description: 'Send it back with a PATCH.' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class OrganisationPageDto implements Page<OrganisationResponse> {
  @ApiProperty({ type: [OrganisationResponseDto] }) items: OrganisationResponseDto[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}
