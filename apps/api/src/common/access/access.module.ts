import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { ACCESS_OPTIONS, AccessOptions } from './access.options';
import { PublicViewInterceptor } from './public-view.interceptor';

/** Installs the access guard for every handler, and the public-view filter of answers. */
@Global()
@Module({})
export class AccessModule {
  static forRoot(options: AccessOptions): DynamicModule {
    return {
      module: AccessModule,
      providers: [
        { provide: ACCESS_OPTIONS, useValue: options },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: PublicViewInterceptor },
      ],
      exports: [ACCESS_OPTIONS],
    };
  }
}
