import type { CliCommand } from '../command';
import { checkCommand } from './check';
import { evalCommand } from './eval';
import { exportCommand } from './export';
import { importCommand } from './import';
import { lintCommand } from './lint';

/** Every command, in the order the usage text lists them. */
export const COMMANDS: readonly CliCommand[] = [checkCommand, lintCommand, evalCommand, importCommand, exportCommand];
