import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { InvalidInputError } from './domain-errors';

function firstProblem(errors: ValidationError[], prefix = ''): { field: string; message: string } | null {
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const messages = Object.values(e.constraints ?? {});
    if (messages.length) return { field, message: messages[0] };
    const nested = firstProblem(e.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

/**
 * class-validator on every argument and input; a failure becomes BAD_USER_INPUT naming the field
 * (`input.email`, `slug`…), and nothing runs.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => {
      const problem = firstProblem(errors) ?? { field: 'input', message: 'is not valid' };
      // a field is named as in its input type, whether the input came as `input` or inside args
      return new InvalidInputError(problem.field.replace(/^input\./, ''), problem.message);
    },
  });
}
