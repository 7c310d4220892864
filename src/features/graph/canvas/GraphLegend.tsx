import { useEffect, useRef } from 'react';
import { edgeLook } from './edgeAppearance';
import type { EdgeKind } from '../elements/graphModel';
import { Icon } from './icons';
import { APPEARANCES } from './nodeAppearance';

const EDGES: { kind: EdgeKind; denyOnly?: boolean; orgType?: 'scp'; requires?: string[] }[] = [
  { kind: 'member' },
  { kind: 'attached' },
  { kind: 'boundary' },
  { kind: 'assume' },
  { kind: 'assume', requires: ['aws:MultiFactorAuthPresent'] },
  { kind: 'resourcePolicy' },
  { kind: 'orgPolicy', orgType: 'scp' },
];

/**
 * What the colours and line styles mean; closed by default so it never covers the graph uninvited,
 * and closed again by a click elsewhere or Escape (open, it covers part of a small canvas).
 */
export function GraphLegend() {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const close = (e: Event) => {
      const legend = ref.current;
      if (!legend?.open) return;
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !legend.contains(e.target as Node)) legend.open = false;
    };
    window.addEventListener('pointerdown', close, true);
    window.addEventListener('keydown', close);
    return () => {
      window.removeEventListener('pointerdown', close, true);
      window.removeEventListener('keydown', close);
    };
  }, []);
  return (
    <details
      ref={ref}
      className="group relative rounded-lg border border-slate-200 bg-white text-xs shadow-sm dark:border-slate-700 dark:bg-slate-900"
      data-testid="graph.legend"
    >
      <summary className="cursor-pointer list-none px-2.5 py-1.5 font-medium whitespace-nowrap text-slate-600 select-none focus-visible:outline-2 focus-visible:outline-amber-500 dark:text-slate-300">
        <span className="inline-block transition-transform group-open:rotate-90" aria-hidden="true">
          ▸
        </span>{' '}
        Legend
      </summary>
      {/* Opens over the canvas rather than pushing it down. */}
      <div className="absolute top-full right-0 z-30 mt-1 grid w-96 max-w-[90vw] grid-cols-2 gap-x-4 gap-y-1 rounded-lg border border-slate-200 bg-white px-3 py-2.5 text-slate-700 shadow-lg dark:border-slate-700 dark:bg-slate-900 dark:text-slate-300">
        {APPEARANCES.map(([key, look]) => (
          <div key={key} className="flex items-center gap-1.5">
            <span className={`grid h-4 w-4 place-items-center rounded ${look.tile}`}>
              <Icon name={look.icon} className="h-3 w-3" />
            </span>
            {look.legend}
          </div>
        ))}
        <div className="col-span-2 mt-1 border-t border-slate-200 pt-1.5 dark:border-slate-700" />
        {EDGES.map((e) => {
          const look = edgeLook({ kind: e.kind, denyOnly: e.denyOnly ?? false, orgType: e.orgType ?? null, requires: e.requires });
          return (
            <div key={`${e.kind}-${look.caption}`} className="flex items-center gap-1.5">
              <svg width="28" height="8" aria-hidden="true" className="shrink-0">
                <line
                  x1="1"
                  y1="4"
                  x2="27"
                  y2="4"
                  className="iam-edge"
                  data-kind={e.kind}
                  style={{ strokeWidth: look.width, strokeDasharray: look.dash, strokeLinecap: 'round' }}
                />
              </svg>
              {look.caption}
            </div>
          );
        })}
      </div>
    </details>
  );
}
