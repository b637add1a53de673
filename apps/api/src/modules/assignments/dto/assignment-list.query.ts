import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ASSIGNMENT_SORT_FIELDS,
  ASSIGNMENT_STATUSES,
  AssignmentSortField,
  AssignmentStatus,
  SORT_ORDERS,
  SortOrder,
} from '@koers/contracts';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { SearchPageQueryDto } from '../../../common/pagination';

export class AssignmentListQueryDto extends SearchPageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() themeId?: string;

  @ApiPropertyOptional({ enum: ASSIGNMENT_STATUSES })
  @IsOptional()
  @IsIn(ASSIGNMENT_STATUSES)
  status?: AssignmentStatus;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() portfolioHolderId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      "Assignments this municipality takes part in: all with participation 'all', plus the opt-ins that list it.",
  })
  @IsOptional()
  @IsUUID()
  municipalityId?: string;

  @ApiPropertyOptional({ enum: ASSIGNMENT_SORT_FIELDS, default: 'code' })
  @IsOptional()
  @IsIn(ASSIGNMENT_SORT_FIELDS)
  sort: AssignmentSortField = 'code';

  @ApiPropertyOptional({ enum: SORT_ORDERS, default: 'asc' })
  @IsOptional()
  @IsIn(SORT_ORDERS)
  order: SortOrder = 'asc';
}
