import { Type } from 'class-transformer';
import { IsInt, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ValidationFailedError } from './koers-error';
import { createValidationPipe } from './validation';

class LineDto {
  @IsInt() @Min(0) amountCents: number;
}
class BodyDto {
  @IsString() title: string;
  @ValidateNested({ each: true }) @Type(() => LineDto) lines: LineDto[];
}

async function errorsFor(body: unknown) {
  try {
    await createValidationPipe().transform(body, { type: 'body', metatype: BodyDto });
  } catch (error) {
    if (error instanceof ValidationFailedError) return error.errors;
    throw error;
  }
  return [];
}

describe('the validation pipe', () => {
  it('names each wrong field with a dotted path, in Dutch', async () => {
    expect(
      await errorsFor({ title: 12, lines: [{ amountCents: 5 }, { amountCents: 1.5 }] }),
    ).toEqual([
      { field: 'title', message: 'moet tekst zijn', constraint: 'isString' },
      { field: 'lines.1.amountCents', message: 'moet een geheel getal zijn', constraint: 'isInt' },
    ]);
  });

  it('refuses fields the endpoint does not know', async () => {
    expect(await errorsFor({ title: 'x', lines: [], isAdmin: true })).toEqual([
      { field: 'isAdmin', message: 'dit veld bestaat niet', constraint: 'whitelistValidation' },
    ]);
  });

  it('lets a valid body through', async () => {
    expect(await errorsFor({ title: 'Mobiliteit', lines: [{ amountCents: 0 }] })).toEqual([]);
  });
});

class PageQueryDto {
  @Type(() => Number) @IsInt() @Min(1) @Max(100) limit = 20;
}
class RequiredQueryDto {
  @IsString() q: string;
}

describe('the validation pipe on a query', () => {
  const query = (metatype: new () => object) => ({ type: 'query' as const, metatype });

  it('gives the defaults for an empty query every time, and still checks a query with values', async () => {
    const pipe = createValidationPipe();
    for (let i = 0; i < 3; i++) {
      const page = await pipe.transform({}, query(PageQueryDto));
      expect(page).toBeInstanceOf(PageQueryDto);
      expect(page).toEqual({ limit: 20 });
    }
    await expect(pipe.transform({ limit: '500' }, query(PageQueryDto))).rejects.toThrow(
      ValidationFailedError,
    );
    await expect(pipe.transform({ limit: '5', x: '1' }, query(PageQueryDto))).rejects.toThrow(
      ValidationFailedError,
    );
    expect(await pipe.transform({ limit: '5' }, query(PageQueryDto))).toEqual({ limit: 5 });
  });

  it('refuses an empty query every time when a parameter is required', async () => {
    const pipe = createValidationPipe();
    for (let i = 0; i < 2; i++) {
      await expect(pipe.transform({}, query(RequiredQueryDto))).rejects.toThrow(
        ValidationFailedError,
      );
    }
  });
});

describe('the validation pipe: one message per field, the most telling one', () => {
  class NameDto {
    @IsString() @MaxLength(5) name: string;
  }
  it('says a number is not text, not that it is too long', async () => {
    try {
      await createValidationPipe().transform({ name: 12345 }, { type: 'body', metatype: NameDto });
      throw new Error('expected a ValidationFailedError');
    } catch (error) {
      expect((error as ValidationFailedError).errors).toEqual([
        { field: 'name', message: 'moet tekst zijn', constraint: 'isString' },
      ]);
    }
  });
});

describe('the validation pipe: never English inside Dutch', () => {
  class BoundsDto {
    @IsInt() @Min(1) count: number;
    @IsInt() @Max(10, { message: 'mag hoogstens 10 zijn' }) most: number;
    @IsString() @MinLength(3) code: string;
  }
  it('words a class-validator default in Dutch, keeps a sentence the DTO wrote, and names the rule', async () => {
    try {
      await createValidationPipe().transform(
        { count: 0, most: 11, code: 'a' },
        { type: 'body', metatype: BoundsDto },
      );
      throw new Error('expected a ValidationFailedError');
    } catch (error) {
      expect((error as ValidationFailedError).errors).toEqual([
        { field: 'count', message: 'is te klein', constraint: 'min' },
        { field: 'most', message: 'mag hoogstens 10 zijn', constraint: 'max' },
        { field: 'code', message: 'is te kort', constraint: 'minLength' },
      ]);
    }
  });
});
