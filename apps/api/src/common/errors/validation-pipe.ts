import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
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
 * Nest gives a GraphQL resolver's parameters to the global pipes with a numeric kind: 0 the parent,
 * 1 the context, 2 the info, 3 the arguments (@nestjs/graphql's GqlParamtype, not exported).
 */
const GRAPHQL_ARGS = 3;

/**
 * Validates what clients send and nothing else. Nest passes every parameter of a GraphQL field
 * resolver through the global pipes, the parent object too: class-validator would copy and check each
 * session, room and speaker the server itself loaded, once per field (a tenth of an agenda's time).
 */
class ClientInputValidationPipe extends ValidationPipe {
  protected override toValidate(metadata: ArgumentMetadata): boolean {
    const kind: unknown = metadata.type;
    if (typeof kind === 'number' && kind !== GRAPHQL_ARGS) return false;
    return super.toValidate(metadata);
  }
}

/**
 * class-validator on every argument and input; a failure becomes BAD_USER_INPUT naming the field
 * (`input.email`, `slug`…), and nothing runs.
 */
export function createValidationPipe(): ValidationPipe {
  return new ClientInputValidationPipe({
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
