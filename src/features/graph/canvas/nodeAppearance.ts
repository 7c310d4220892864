import type { Emphasis } from './flowTypes';
import type { LeafNodeData } from '../elements/graphModel';
import type { IconName } from './icons';

/**
 * One colour per thing IAM has, the same in the nodes, the legend and the minimap, so a reader
 * learns the palette once. Class strings are written out whole for Tailwind to find them.
 */
export interface Appearance {
  icon: IconName;
  /** On the node, above the name. */
  caption: string;
  /** In the legend, where there is room to say it in full. */
  legend: string;
  /** Left accent bar. */
  accent: string;
  /** The icon's tile. */
  tile: string;
  /** For the minimap, which draws on a canvas-like SVG without Tailwind. */
  color: string;
}

const APPEARANCE = {
  user: {
    icon: 'user',
    caption: 'User',
    legend: 'User',
    accent: 'bg-sky-500',
    tile: 'bg-sky-100 text-sky-700 dark:bg-sky-500/15 dark:text-sky-300',
    color: '#0ea5e9',
  },
  group: {
    icon: 'group',
    caption: 'Group',
    legend: 'Group',
    accent: 'bg-violet-500',
    tile: 'bg-violet-100 text-violet-700 dark:bg-violet-500/15 dark:text-violet-300',
    color: '#8b5cf6',
  },
  role: {
    icon: 'role',
    caption: 'Role',
    legend: 'Role',
    accent: 'bg-amber-500',
    tile: 'bg-amber-100 text-amber-800 dark:bg-amber-500/15 dark:text-amber-300',
    color: '#f59e0b',
  },
  policy: {
    icon: 'policy',
    caption: 'Customer managed',
    legend: 'Customer managed policy',
    accent: 'bg-emerald-500',
    tile: 'bg-emerald-100 text-emerald-700 dark:bg-emerald-500/15 dark:text-emerald-300',
    color: '#10b981',
  },
  awsPolicy: {
    icon: 'awsPolicy',
    caption: 'AWS managed',
    legend: 'AWS managed policy',
    accent: 'bg-orange-500',
    tile: 'bg-orange-100 text-orange-700 dark:bg-orange-500/15 dark:text-orange-300',
    color: '#f97316',
  },
  resource: {
    icon: 'resource',
    caption: 'Resource',
    legend: 'Resource with a policy',
    accent: 'bg-teal-500',
    tile: 'bg-teal-100 text-teal-700 dark:bg-teal-500/15 dark:text-teal-300',
    color: '#14b8a6',
  },
  service: {
    icon: 'service',
    caption: 'Service principal',
    legend: 'Service principal',
    accent: 'bg-slate-400',
    tile: 'bg-slate-100 text-slate-600 dark:bg-slate-500/20 dark:text-slate-300',
    color: '#94a3b8',
  },
  provider: {
    icon: 'provider',
    caption: 'Identity provider',
    legend: 'Identity provider (SAML, OIDC)',
    accent: 'bg-indigo-500',
    tile: 'bg-indigo-100 text-indigo-700 dark:bg-indigo-500/15 dark:text-indigo-300',
    color: '#6366f1',
  },
  scp: {
    icon: 'orgPolicy',
    caption: 'SCP',
    legend: 'Service control policy',
    accent: 'bg-rose-500',
    tile: 'bg-rose-100 text-rose-700 dark:bg-rose-500/15 dark:text-rose-300',
    color: '#f43f5e',
  },
  rcp: {
    icon: 'orgPolicy',
    caption: 'RCP',
    legend: 'Resource control policy',
    accent: 'bg-fuchsia-500',
    tile: 'bg-fuchsia-100 text-fuchsia-700 dark:bg-fuchsia-500/15 dark:text-fuchsia-300',
    color: '#d946ef',
  },
} satisfies Record<string, Appearance>;

export type AppearanceKey = keyof typeof APPEARANCE;

export function appearanceKey(data: LeafNodeData): AppearanceKey {
  if (data.kind === 'policy') return data.awsManaged ? 'awsPolicy' : 'policy';
  if (data.kind === 'orgpolicy') return data.policyType;
  return data.kind;
}

export function appearanceOf(data: LeafNodeData): Appearance {
  return APPEARANCE[appearanceKey(data)];
}

export const APPEARANCES: readonly [AppearanceKey, Appearance][] = Object.entries(APPEARANCE) as [AppearanceKey, Appearance][];

/** The card's frame for each state a selected query can give it. */
export const EMPHASIS_FRAME: Record<Exclude<Emphasis, null>, string> = {
  allow: 'ring-2 ring-emerald-500 border-emerald-500 bg-emerald-50 dark:bg-emerald-950',
  deny: 'ring-2 ring-rose-500 border-rose-500 bg-rose-50 dark:bg-rose-950',
  principal: 'ring-2 ring-sky-500 border-sky-500',
  target: 'ring-2 ring-teal-500/70 border-teal-500',
  path: '',
};
