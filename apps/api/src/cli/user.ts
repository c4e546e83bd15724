import 'reflect-metadata';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { configOrExit, exitOnError } from './config-or-exit';

const USAGE = `Usage:
  npm run user -- create --email <email> --name <name> [--role DELEGATE|STAFF|ORGANISER] [--password <password>]
      (without --password, the password is read from the first line of standard input)
  npm run user -- role --email <email> --role DELEGATE|STAFF|ORGANISER
  npm run user -- list`;

async function readLine(): Promise<string> {
  const rl = createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return '';
}

/** Creates accounts and changes roles against DATABASE_URL (migrating it first). */
async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      password: { type: 'string' },
    },
  });
  const command = positionals[0];
  if (!['create', 'role', 'list'].includes(command ?? '')) throw new Error(USAGE);
  const config = configOrExit();
  const { validateSync } = await import('class-validator');
  const { plainToInstance } = await import('class-transformer');
  const { NestFactory } = await import('@nestjs/core');
  const { AppModule } = await import('../app.module');
  const { DatabaseSetupService } = await import('../database/database-setup.service');
  const { AccountsService } = await import('../accounts/accounts.service');
  const { SignUpInput } = await import('../accounts/dto/sign-up.input');
  const { Role, UserEntity } = await import('../accounts/user.entity');
  const { DataSource } = await import('typeorm');

  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    logger: ['error', 'warn'],
  });
  try {
    await app.get(DatabaseSetupService).migrate();
    const accounts = app.get(AccountsService);
    await accounts.onDatabaseReady();
    const role = values.role?.toUpperCase();
    if (role !== undefined && !Object.values(Role).includes(role as never))
      throw new Error(`--role must be DELEGATE, STAFF or ORGANISER\n\n${USAGE}`);

    if (command === 'list') {
      const users = await app
        .get(DataSource)
        .getRepository(UserEntity)
        .find({ order: { email: 'ASC' } });
      for (const u of users) console.log(`${u.role.padEnd(9)} ${u.email}  (${u.name})`);
      return;
    }
    if (!values.email) throw new Error(`--email is required\n\n${USAGE}`);
    if (command === 'role') {
      if (!role) throw new Error(`--role is required\n\n${USAGE}`);
      const user = await accounts.setRole(null, values.email, role as never);
      console.log(`${user.email} is now ${user.role}`);
      return;
    }
    const input = plainToInstance(SignUpInput, {
      email: values.email,
      name: values.name ?? '',
      password: values.password ?? (await readLine()),
    });
    const problems = validateSync(input).flatMap((e) => Object.values(e.constraints ?? {}));
    if (problems.length) throw new Error(problems.join('\n'));
    const user = await accounts.createUser({ ...input, role: (role as never) ?? Role.DELEGATE });
    console.log(`created ${user.role} ${user.email}`);
  } finally {
    await app.close();
  }
}

main().catch(exitOnError);
