import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
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

export class UpdateOrganisationDto
  extends PartialType(CreateOrganisationDto, { skipNullProperties: false })
  implements UpdateOrganisationRequest {}

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
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class OrganisationPageDto implements Page<OrganisationResponse> {
  @ApiProperty({ type: [OrganisationResponseDto] }) items: OrganisationResponseDto[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}
