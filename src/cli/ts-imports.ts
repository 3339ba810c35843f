/**
 * Lets plain Node run the project's TypeScript from the command line
 * (`node --import ./src/cli/ts-imports.ts src/cli/….ts`). Modules under src/
 * import each other without extensions, as Vite resolves them; Node's own
 * resolver wants the `.ts`, so a relative import that fails is tried again with it.
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (/^\.{1,2}\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier)) {
        return nextResolve(`${specifier}.ts`, context);
      }
      throw error;
    }
  },
});
