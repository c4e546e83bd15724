import { type AppConfig, ConfigError, loadConfig } from '@ncasc/config';

/**
 * Validates the environment before anything else is loaded (entity decorators read the configuration
 * when their modules load), so a bad variable ends the process with its name and no stack trace.
 */
export function configOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
}

export function exitOnError(e: unknown): never {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
