import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { ACCESS_OPTIONS, AccessOptions } from './access.options';

/** Installs the access guard for every handler. */
@Global()
@Module({})
export class AccessModule {
  static forRoot(options: AccessOptions): DynamicModule {
    return {
      module: AccessModule,
      providers: [
        { provide: ACCESS_OPTIONS, useValue: options },
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
      exports: [ACCESS_OPTIONS],
    };
  }
}
