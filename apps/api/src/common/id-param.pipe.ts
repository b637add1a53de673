import { Injectable, PipeTransform } from '@nestjs/common';
import { KoersError } from './koers-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Path ids: something that is not a uuid cannot exist, so it answers 404 with the resource's
 * own code instead of reaching SQL.
 */
@Injectable()
export class IdParamPipe implements PipeTransform<string, string> {
  constructor(private readonly notFound: (id: string) => KoersError) {}

  transform(value: string): string {
    if (!UUID.test(value)) throw this.notFound(value);
    return value.toLowerCase();
  }
}
