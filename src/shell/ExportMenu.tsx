import { Suspense, useCallback, useRef, useState } from 'react';
import { downloadAccountExport, exportReadiness } from '../session/accountExport';
import { EXPORT_FORMATS, type ExportFormat } from '../session/exportTargets';
import { exportScenario } from '../session/importExport';
import { useLibraryStore } from '../store/libraryStore';
import { Button } from '../ui/controls';
import { MENU_CLASS, MENU_HEADING_CLASS, MENU_ITEM_CLASS, MENU_ITEM_DETAIL_CLASS } from '../ui/menuStyles';
import { useMenu } from '../ui/useMenu';
import type { AccountChoice } from './ExportAccountDialog';
import { ExportAccountDialog } from './lazyPanels';

/**
 * Export ▾: the scenario as the `.json` the CLI checks, or one account of it as what AWS deploys —
 * an AWS CLI script, CloudFormation or Terraform. With IAM entities in several accounts, a dialog
 * asks which one (a deployment targets one account).
 */
export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<AccountChoice | null>(null);
  const container = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useMenu(container, open, close, { focusFirst: true });

  const forAws = (format: ExportFormat) => {
    setOpen(false);
    const ready = exportReadiness();
    if (!ready.ok) {
      useLibraryStore.getState().notify({ tone: 'error', text: ready.message });
      return;
    }
    if (ready.accounts.length === 1) downloadAccountExport(ready.scenario, format, ready.accounts[0]!.id);
    else setChoice({ format, scenario: ready.scenario, accounts: ready.accounts });
  };

  return (
    <div className="relative" ref={container}>
      <Button onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-haspopup="menu" data-testid="file.export">
        Export ▾
      </Button>
      {open && (
        <div role="menu" aria-label="Export" className={`${MENU_CLASS} w-72`} data-testid="file.export.menu">
          <button
            role="menuitem"
            type="button"
            className={MENU_ITEM_CLASS}
            data-testid="file.export.json"
            onClick={() => {
              setOpen(false);
              exportScenario();
            }}
          >
            Scenario JSON <span className={MENU_ITEM_DETAIL_CLASS}>.json</span>
          </button>
          <div role="separator" className="my-1 border-t border-slate-200 dark:border-slate-700" />
          <div role="presentation" className={MENU_HEADING_CLASS}>
            For AWS, one account
          </div>
          {EXPORT_FORMATS.map((f) => (
            <button
              key={f.target}
              role="menuitem"
              type="button"
              className={MENU_ITEM_CLASS}
              data-testid={`file.export.${f.target}`}
              onClick={() => forAws(f)}
            >
              {f.label} <span className={MENU_ITEM_DETAIL_CLASS}>.{f.extension}</span>
            </button>
          ))}
        </div>
      )}
      {choice && (
        <Suspense fallback={null}>
          <ExportAccountDialog choice={choice} onClose={() => setChoice(null)} />
        </Suspense>
      )}
    </div>
  );
}
