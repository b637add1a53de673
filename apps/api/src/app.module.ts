import { DynamicModule, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from './database/data-source';
import { HealthModule } from './modules/health/health.module';

export interface AppModuleOptions {
  databaseUrl: string;
  /** The built web app to serve at `/`, with client-side routes falling back to index.html. */
  webDir?: string;
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(options.databaseUrl)),
        ...(options.webDir
          ? [ServeStaticModule.forRoot({ rootPath: options.webDir, exclude: ['/api/{*path}'] })]
          : []),
        HealthModule,
      ],
    };
  }
}
