import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiProperty,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import type { HealthResponse } from '@koers/contracts';
import type { Response } from 'express';
import { Access } from '../../common/access/access.decorator';
import { HealthService } from './health.service';

class HealthResponseDto implements HealthResponse {
  @ApiProperty({ enum: ['ok', 'unavailable'] }) status: 'ok' | 'unavailable';
  @ApiProperty({ enum: ['up', 'down'] }) database: 'up' | 'down';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @ApiOperation({ summary: 'Whether the API and its database answer', operationId: 'checkHealth' })
  @Get()
  @Access({ public: true })
  @ApiOkResponse({ type: HealthResponseDto, description: 'Koers and its database answer.' })
  @ApiServiceUnavailableResponse({ type: HealthResponseDto, description: 'The database is down.' })
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthResponse> {
    const result = await this.health.check();
    res.status(result.database === 'up' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return result;
  }
}
