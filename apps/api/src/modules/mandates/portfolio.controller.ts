import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PortfolioResponse } from '@koers/contracts';
import { Access } from '../../common/access/access.decorator';
import { PortfolioResponseDto } from './dto/mandate-response.dto';
import { MandatesService } from './mandates.service';

@ApiTags('mandates')
@Controller('me/portfolio')
export class PortfolioController {
  constructor(private readonly mandates: MandatesService) {}

  @Access({ signedIn: true })
  @Get()
  @ApiOperation({
    summary:
      "The signed-in portfolio holder's assignments with mandate use, term, next report-back and alerts (empty for anyone else).",
    operationId: 'getMyPortfolio',
  })
  @ApiOkResponse({ type: PortfolioResponseDto })
  get(): Promise<PortfolioResponse> {
    return this.mandates.portfolio();
  }
}
