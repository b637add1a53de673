import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { ContributionsModule } from '../contributions/contributions.module';
import { openDataCors } from './open-data-answer';
import { OpenDataController } from './open-data.controller';
import { OpenDataService } from './open-data.service';

@Module({
  imports: [ContributionsModule],
  controllers: [OpenDataController],
  providers: [OpenDataService],
})
export class OpenDataModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(openDataCors).forRoutes({ path: 'open/v1/*path', method: RequestMethod.ALL });
  }
}
