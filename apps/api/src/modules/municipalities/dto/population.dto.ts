import { ApiProperty } from '@nestjs/swagger';
import type {
  PopulationHistoryResponse,
  PopulationRecordResponse,
  RecordPopulationRequest,
} from '@koers/contracts';
import { IsInt, IsNotEmpty, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsDateOnly } from '../../../common/validators';

export class RecordPopulationDto implements RecordPopulationRequest {
  @ApiProperty({
    format: 'date',
    example: '2025-01-01',
    description: 'The date the figure is for.',
  })
  @IsString()
  @IsDateOnly()
  @Matches(/^(1[89]|2[01])\d\d-/, { message: 'moet tussen 1800 en 2199 liggen' })
  referenceDate: string;

  @ApiProperty({ minimum: 0, maximum: 2_000_000_000, example: 31_418 })
  @IsInt()
  @Min(0, { context: { nl: 'mag niet negatief zijn' } })
  @Max(2_000_000_000)
  population: number;

  @ApiProperty({ maxLength: 2000, example: 'CBS StatLine 03759ned, 1 januari 2025' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  source: string;
}

export class PopulationRecordResponseDto implements PopulationRecordResponse {
  @ApiProperty({ format: 'uuid' }) municipalityId: string;
  @ApiProperty({ format: 'date' }) referenceDate: string;
  @ApiProperty() population: number;
  @ApiProperty({ type: String, nullable: true }) source: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class PopulationHistoryResponseDto implements PopulationHistoryResponse {
  @ApiProperty({ format: 'uuid' }) municipalityId: string;
  @ApiProperty({ type: [PopulationRecordResponseDto], description: 'Newest first.' })
  items: PopulationRecordResponseDto[];
}
