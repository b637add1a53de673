import { Global, Module } from '@nestjs/common';
import { Clock } from './clock';

/** Services every module may inject without importing anything: the clock. */
@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class CommonModule {}
