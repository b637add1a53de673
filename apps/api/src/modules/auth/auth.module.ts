import { DynamicModule, Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { AUTH_OPTIONS, AuthOptions } from './auth.options';
import { AuthService } from './auth.service';
import { LoginRateLimit } from './login-rate-limit';
import { SessionStore } from './session-store';

@Module({})
export class AuthModule {
  static forRoot(options: AuthOptions): DynamicModule {
    return {
      module: AuthModule,
      controllers: [AuthController],
      providers: [
        { provide: AUTH_OPTIONS, useValue: options },
        AuthService,
        LoginRateLimit,
        SessionStore,
      ],
      exports: [SessionStore],
    };
  }
}
