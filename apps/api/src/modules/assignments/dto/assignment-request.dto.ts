import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ASSIGNMENT_STATUSES,
  AssignmentStatus,
  CopyAssignmentsRequest,
  CreateAssignmentRequest,
  PARTICIPATIONS,
  Participation,
  UpdateAssignmentRequest,
} from '@koers/contracts';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { IsOptionalNotNull, NestedList } from '../../../common/validators';
import { IsVersion } from '../../../common/version.dto';
import { ContributionKeyDto } from '../../programmes/dto/contribution-key.dto';
import {
  BudgetLineDto,
  CapacityLineDto,
  KpiDto,
  MandateDto,
  nested,
  RiskDto,
} from './assignment-parts.dto';

const PRIORITY = { message: 'moet tussen 1 en 5 liggen' };
const CODE = { message: 'mag alleen letters, cijfers, punt, streep en underscore bevatten' };

/** The optional parts of the assignment document, shared by create and update. */
class AssignmentDocumentDto {
  @ApiPropertyOptional({ default: '' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(5000)
  goal?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  results?: string[];

  @ApiPropertyOptional({ type: [RiskDto] })
  @IsOptionalNotNull()
  @NestedList(RiskDto, 50)
  risks?: RiskDto[];

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  portfolioHolderId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  leadId?: string | null;

  @ApiPropertyOptional({ enum: PARTICIPATIONS, default: 'all' })
  @IsOptionalNotNull()
  @IsIn(PARTICIPATIONS)
  participation?: Participation;

  @ApiPropertyOptional({ enum: ASSIGNMENT_STATUSES, default: 'concept' })
  @IsOptionalNotNull()
  @IsIn(ASSIGNMENT_STATUSES)
  status?: AssignmentStatus;

  @ApiPropertyOptional({ minimum: 1, maximum: 5, default: 3, description: '1 is the highest.' })
  @IsOptionalNotNull()
  @IsInt()
  @Min(1, PRIORITY)
  @Max(5, PRIORITY)
  priority?: number;

  @ApiPropertyOptional({ type: MandateDto })
  @IsOptionalNotNull()
  @ValidateNested()
  @nested(MandateDto)
  mandate?: MandateDto;

  @ApiPropertyOptional({ type: [BudgetLineDto] })
  @IsOptionalNotNull()
  @NestedList(BudgetLineDto, 200)
  budgetLines?: BudgetLineDto[];

  @ApiPropertyOptional({ type: [CapacityLineDto] })
  @IsOptionalNotNull()
  @NestedList(CapacityLineDto, 200)
  capacityLines?: CapacityLineDto[];

  @ApiPropertyOptional({ type: [KpiDto] })
  @IsOptionalNotNull()
  @NestedList(KpiDto, 100)
  kpis?: KpiDto[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Opt-in municipalities.' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsString({ each: true })
  participantIds?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsString({ each: true })
  linkedAssignmentIds?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsString({ each: true })
  externalProgrammeIds?: string[];

  @ApiPropertyOptional({
    type: ContributionKeyDto,
    nullable: true,
    description: "Overrides the programme's cost-sharing key; null = the programme's.",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContributionKeyDto)
  contributionKey?: ContributionKeyDto | null;
}

export class CreateAssignmentDto extends AssignmentDocumentDto implements CreateAssignmentRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() themeId: string;

  @ApiProperty({ maxLength: 20, example: 'MOB-01' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  @Matches(/^[A-Za-z0-9._-]+$/, CODE)
  code: string;

  @ApiProperty({ maxLength: 300 }) @IsString() @IsNotEmpty() @MaxLength(300) title: string;
}

export class UpdateAssignmentDto extends AssignmentDocumentDto implements UpdateAssignmentRequest {
  @IsVersion()
  version?: number;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description:
      'During the consultation only, and then required: the view points of the current round this change answers (an amendment).',
  })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMinSize(1, { message: 'noem minstens één zienswijzepunt dat deze wijziging beantwoordt' })
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  answersViewPointIds?: string[];

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptionalNotNull() @IsUUID() themeId?: string;

  @ApiPropertyOptional({ maxLength: 20 })
  @IsOptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  @Matches(/^[A-Za-z0-9._-]+$/, CODE)
  code?: string;

  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title?: string;
}

export class CopyAssignmentsDto implements CopyAssignmentsRequest {
  @ApiProperty({ format: 'uuid', description: 'An earlier programme of the same region.' })
  @IsUUID()
  fromProgrammeId: string;
}
