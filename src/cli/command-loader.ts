// Loads one command module by its file name under ./commands/. Kept apart from main.ts so that the
// startup bundle of `plan validate` and `plan rules` (src/build/bundle.ts) can replace it with static
// imports of just those two commands.
import type { CommandModule } from './main.js';

export async function loadCommand(file: string): Promise<CommandModule> {
  return (await import(/* @vite-ignore */ `./commands/${file}.js`)) as CommandModule;
}
