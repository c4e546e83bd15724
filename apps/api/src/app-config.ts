/** Injection token of the app's validated configuration (AppConfig from prisma-free-config). */
export const APP_CONFIG = Symbol('APP_CONFIG');
