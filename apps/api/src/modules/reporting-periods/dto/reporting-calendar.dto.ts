import { ApiProperty } from '@nestjs/swagger';
import type {
  ReportingCalendarEntry,
  ReportingCalendarResponse,
  ReportingPeriodListResponse,
  ReportingPeriodResponse,
  UpdateReportingCalendarRequest,
} from '@koers/contracts';
import { MAX_CALENDAR_ENTRIES, PERIOD_STATES, PeriodState } from '@koers/domain';
import { ArrayMinSize, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { VersionDto } from '../../../common/version.dto';
import { NestedList } from '../../../common/validators';

const MONTH_DAY = { message: 'moet een dag van het jaar zijn als MM-DD, bijvoorbeeld 04-30' };

export class ReportingCalendarEntryDto implements ReportingCalendarEntry {
  @ApiProperty({ maxLength: 40, pattern: '^[a-z0-9_-]+$', example: 'voorjaar' })
  @IsString()
  @Matches(/^[a-z0-9_-]+$/, { message: 'mag alleen kleine letters, cijfers, - en _ bevatten' })
  @MaxLength(40)
  kind: string;

  @ApiProperty({ maxLength: 150, example: 'Voorjaarsrapportage' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(150)
  title: string;

  @ApiProperty({ pattern: '^\\d{2}-\\d{2}$', example: '04-30', description: 'MM-DD' })
  @IsString()
  @Matches(/^\d{2}-\d{2}$/, MONTH_DAY)
  dataUntil: string;

  @ApiProperty({ pattern: '^\\d{2}-\\d{2}$', example: '05-31', description: 'MM-DD' })
  @IsString()
  @Matches(/^\d{2}-\d{2}$/, MONTH_DAY)
  dueOn: string;
}

export class UpdateReportingCalendarDto
  extends VersionDto
  implements UpdateReportingCalendarRequest
{
  @ApiProperty({ type: [ReportingCalendarEntryDto], minItems: 1, maxItems: MAX_CALENDAR_ENTRIES })
  @NestedList(ReportingCalendarEntryDto, MAX_CALENDAR_ENTRIES)
  @ArrayMinSize(1, { message: 'moet minstens één rapportage bevatten' })
  entries: ReportingCalendarEntryDto[];
}

export class ReportingCalendarResponseDto implements ReportingCalendarResponse {
  @ApiProperty({ format: 'uuid' }) regionId: string;
  @ApiProperty({ type: [ReportingCalendarEntryDto] }) entries: ReportingCalendarEntryDto[];
  @ApiProperty() isDefault: boolean;
  @ApiProperty() version: number;
}

export class ReportingPeriodResponseDto implements ReportingPeriodResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty() position: number;
  @ApiProperty() kind: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date' }) dataUntil: string;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ enum: PERIOD_STATES }) state: PeriodState;
}

export class ReportingPeriodListResponseDto implements ReportingPeriodListResponse {
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty({ type: [ReportingPeriodResponseDto] }) items: ReportingPeriodResponseDto[];
}
