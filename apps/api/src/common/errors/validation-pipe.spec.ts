import { IsInt, Min } from 'class-validator';
import { InvalidInputError } from './domain-errors';
import { createValidationPipe } from './validation-pipe';

class PageArgs {
  @IsInt()
  @Min(1)
  first!: number;
}

describe('the global validation pipe', () => {
  const pipe = createValidationPipe();

  it('refuses bad GraphQL arguments, naming the field', async () => {
    const args = { type: 3, metatype: PageArgs } as never;
    await expect(pipe.transform({ first: 0 }, args)).rejects.toBeInstanceOf(InvalidInputError);
    await expect(pipe.transform({ first: 0 }, args)).rejects.toMatchObject({ field: 'first' });
    await expect(pipe.transform({ first: 2, extra: 1 }, args)).rejects.toMatchObject({ field: 'extra' });
    expect(await pipe.transform({ first: 2 }, args)).toEqual({ first: 2 });
  });

  it('refuses a bad REST body the same way', async () => {
    await expect(pipe.transform({ first: 'x' }, { type: 'body', metatype: PageArgs })).rejects.toMatchObject({
      field: 'first',
    });
  });

  it('passes a resolver’s parent, context and info through untouched (the server’s own objects)', async () => {
    const parent = { first: -5, loadedBy: 'the server' };
    for (const type of [0, 1, 2]) {
      expect(await pipe.transform(parent, { type, metatype: PageArgs } as never)).toBe(parent);
    }
  });
});
