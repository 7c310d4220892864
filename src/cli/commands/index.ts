import type { CliCommand } from '../command';
import { checkCommand } from './check';
import { diffCommand } from './diff';
import { escalationCommand } from './escalation';
import { evalCommand } from './eval';
import { exportCommand } from './export';
import { importCommand } from './import';
import { lintCommand } from './lint';
import { whoCanCommand } from './whoCan';

/** Every command, in the order the usage text lists them. */
export const COMMANDS: readonly CliCommand[] = [
  checkCommand,
  lintCommand,
  evalCommand,
  whoCanCommand,
  escalationCommand,
  diffCommand,
  importCommand,
  exportCommand,
];
