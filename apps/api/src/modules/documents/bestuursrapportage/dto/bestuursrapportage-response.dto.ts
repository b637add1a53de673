import { ApiProperty } from '@nestjs/swagger';
import {
  ROLLUP_ASSIGNMENT_STATUSES,
  type BestuursrapportageFinal,
  type BestuursrapportageListItem,
  type BestuursrapportageResponse,
  type CouncilPart,
  type KpiTrend,
  type KpiTrendPoint,
  type RollupAssignmentStatus,
} from '@koers/contracts';
import {
  ProgrammeRollupResponseDto,
  RollupPeriodDto,
} from '../../../progress-rollup/dto/programme-rollup-response.dto';

export class BestuursrapportageFinalDto implements BestuursrapportageFinal {
  @ApiProperty({ format: 'date-time' }) markedFinalAt: string;
  @ApiProperty({ description: 'Who marked it final.' }) markedFinalBy: string;
  @ApiProperty() version: number;
}

class KpiTrendPointDto implements KpiTrendPoint {
  @ApiProperty({ format: 'uuid' }) periodId: string;
  @ApiProperty() periodTitle: string;
  @ApiProperty() value: number;
  @ApiProperty({ format: 'date' }) measuredOn: string;
}

class KpiTrendDto implements KpiTrend {
  @ApiProperty({ format: 'uuid' }) kpiId: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty() unit: string;
  @ApiProperty({ type: Number, nullable: true }) baseline: number | null;
  @ApiProperty({ type: Number, nullable: true }) target: number | null;
  @ApiProperty({ type: [KpiTrendPointDto] }) points: KpiTrendPointDto[];
}

class CouncilAssignmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ROLLUP_ASSIGNMENT_STATUSES }) status: RollupAssignmentStatus;
}

class CouncilPartDto implements CouncilPart {
  @ApiProperty({ format: 'uuid' }) municipalityId: string;
  @ApiProperty() name: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: "Its contribution for the programme's year; null when the split cannot be made.",
  })
  paidCents: number | null;
  @ApiProperty({ type: [CouncilAssignmentDto] }) assignments: CouncilAssignmentDto[];
}

export class BestuursrapportageResponseDto
  extends ProgrammeRollupResponseDto
  implements BestuursrapportageResponse
{
  @ApiProperty({ type: BestuursrapportageFinalDto, nullable: true })
  final: BestuursrapportageFinalDto | null;
  @ApiProperty({ type: [RollupPeriodDto] }) periods: RollupPeriodDto[];
  @ApiProperty({ type: [KpiTrendDto] }) kpiTrends: KpiTrendDto[];
  @ApiProperty({ type: [CouncilPartDto] }) councils: CouncilPartDto[];
}

export class BestuursrapportageListItemDto implements BestuursrapportageListItem {
  @ApiProperty({ format: 'uuid' }) periodId: string;
  @ApiProperty({ example: 'Voorjaarsrapportage 2025' }) title: string;
  @ApiProperty({ format: 'date' }) dataUntil: string;
  @ApiProperty({ type: BestuursrapportageFinalDto, nullable: true })
  final: BestuursrapportageFinalDto | null;
}
