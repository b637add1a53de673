import { ValidationError, ValidationPipe } from '@nestjs/common';
import type { FieldError } from '@koers/contracts';
import { ValidationFailedError } from './koers-error';

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
};

/**
 * A decorator can say precisely what is wrong in Dutch through its context, e.g.
 * `@Matches(/^GM\d{4}$/, { context: { nl: 'moet de vorm GM1234 hebben' } })`.
 */
function dutchContext(error: ValidationError, constraint: string): string | undefined {
  const context = error.contexts?.[constraint] as { nl?: unknown } | undefined;
  return typeof context?.nl === 'string' ? context.nl : undefined;
}

/** Flattens class-validator's tree into one entry per field, with a dotted path. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      message: dutchContext(error, constraint) ?? DUTCH[constraint]?.(field) ?? message,
    }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

/** Strict at the edge: unknown fields are refused, types are converted, every field is named. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => new ValidationFailedError(toFieldErrors(errors)),
  });
}
