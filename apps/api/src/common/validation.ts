import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import type { FieldError } from '@koers/contracts';
import { ValidationFailedError } from './koers-error';
import { textLengthErrors } from './text-length';

/** Dutch sentences for the class-validator constraints we use; others keep their own message. */
const DUTCH: Record<string, (field: string) => string> = {
  whitelistValidation: () => 'dit veld bestaat niet',
  isDefined: () => 'is verplicht',
  isNotEmpty: () => 'mag niet leeg zijn',
  isString: () => 'moet tekst zijn',
  isInt: () => 'moet een geheel getal zijn',
  isNumber: () => 'moet een getal zijn',
  isBoolean: () => 'moet waar of onwaar zijn',
  isUuid: () => 'moet een geldige id (uuid) zijn',
  isEmail: () => 'moet een geldig e-mailadres zijn',
  isDateString: () => 'moet een geldige datum zijn (JJJJ-MM-DD)',
  isISO8601: () => 'moet een geldige datum zijn (JJJJ-MM-DD)',
  isArray: () => 'moet een lijst zijn',
  isEnum: () => 'heeft geen toegestane waarde',
  isIn: () => 'heeft geen toegestane waarde',
  nestedValidation: () => 'moet een object zijn',
  isCalendarDate: () => 'moet een bestaande datum zijn (JJJJ-MM-DD)',
  arrayUnique: () => 'bevat dubbele waarden',
  arrayMaxSize: () => 'bevat te veel elementen',
  maxLength: () => 'is te lang',
  minLength: () => 'is te kort',
  min: () => 'is te klein',
  max: () => 'is te groot',
  matches: () => 'heeft niet de juiste vorm',
  arrayMinSize: () => 'bevat te weinig elementen',
  isUrl: () => 'moet een geldig webadres zijn',
  isObject: () => 'moet een object zijn',
  isHundredths: () => 'moet een getal met hoogstens 2 decimalen zijn',
};

/** What a field is told when no Dutch sentence fits: never class-validator's English. */
const INVALID = 'is niet geldig';

/**
 * class-validator's own (English) message starts with the property ("year must not be less than
 * 2000"), "each value in" or "property"; a message a DTO wrote itself is Dutch and kept.
 */
function isOwnMessage(error: ValidationError, message: string): boolean {
  return !(
    message.startsWith(`${error.property} `) ||
    message.startsWith('each value in ') ||
    message.startsWith('property ') ||
    message.startsWith('nested property ')
  );
}

/**
 * A decorator can say precisely what is wrong in Dutch through its context, e.g.
 * `@Matches(/^GM\d{4}$/, { context: { nl: 'moet de vorm GM1234 hebben' } })`.
 */
function dutchContext(error: ValidationError, constraint: string): string | undefined {
  const context = error.contexts?.[constraint] as { nl?: unknown } | undefined;
  return typeof context?.nl === 'string' ? context.nl : undefined;
}

/**
 * When a field breaks several constraints, the one that says most: an unknown or missing field,
 * then a wrong type (`{"name": 12345}` is "moet tekst zijn", not "is te lang"), then the rest in
 * the order class-validator checked them.
 */
const FIRST: readonly string[] = [
  'whitelistValidation',
  'isDefined',
  'isString',
  'isInt',
  'isNumber',
  'isHundredths',
  'isBoolean',
  'isArray',
  'isObject',
  'nestedValidation',
  'isUuid',
  'isIn',
  'isEnum',
];

function mostTelling(constraints: string[]): string {
  const rank = (c: string) => (FIRST.includes(c) ? FIRST.indexOf(c) : FIRST.length);
  return [...constraints].sort((a, b) => rank(a) - rank(b))[0];
}

/** Flattens class-validator's tree into one entry per field, with a dotted path. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const constraints = error.constraints ?? {};
    const names = Object.keys(constraints);
    const constraint = names.length > 0 ? mostTelling(names) : undefined;
    const own = constraint
      ? [
          {
            field,
            message:
              dutchContext(error, constraint) ??
              (isOwnMessage(error, constraints[constraint])
                ? constraints[constraint]
                : (DUTCH[constraint]?.(field) ?? INVALID)),
            constraint,
          },
        ]
      : [];
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

const isEmptyObject = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && Object.keys(value).length === 0;

/** class-validator's checks, then lengths counted as the database counts them. */
class KoersValidationPipe extends ValidationPipe {
  /**
   * The query DTOs an empty query passed once: it passes every time (nothing in it to check), so
   * a GET without parameters is answered with the DTO's defaults without class-validator's run
   * over the metadata (~40 µs a request in a profile of the matrix).
   */
  private readonly emptyQueryPasses = new WeakSet<object>();

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const { metatype } = metadata;
    const emptyQuery = metadata.type === 'query' && metatype !== undefined && isEmptyObject(value);
    if (emptyQuery && this.emptyQueryPasses.has(metatype)) return plainToInstance(metatype, {});
    const result: unknown = await super.transform(value, metadata);
    const errors = textLengthErrors(result);
    if (errors.length > 0) throw new ValidationFailedError(errors);
    if (emptyQuery && result instanceof metatype) this.emptyQueryPasses.add(metatype);
    return result;
  }
}

/**
 * Strict at the edge: unknown fields are refused, types are converted, every field is named once.
 * Every constraint is checked (no stopAtFirstError) so that the most telling one is reported.
 */
export function createValidationPipe(): ValidationPipe {
  return new KoersValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new ValidationFailedError(toFieldErrors(errors)),
  });
}
