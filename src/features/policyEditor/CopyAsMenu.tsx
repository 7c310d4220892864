import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentKind } from '../../analysis/completion';
import { MENU_CLASS, MENU_HEADING_CLASS, MENU_ITEM_BASE_CLASS } from '../../ui/menuStyles';
import { useMenu } from '../../ui/useMenu';
import { copyChoices, copyText, policyDocumentOf, type CopyChoice } from './copyFormats';

interface CopyAsMenuProps {
  /** The policy as the store holds it (it may not be a valid document while someone types). */
  value: unknown;
  kind: DocumentKind;
  /** The tab's title, which names the policy in Terraform and CloudFormation. */
  title: string;
}

/** How long "Copied" stays: long enough to read, short enough not to go stale. */
const CONFIRM_MS = 2000;

/** "Copy as ▾" in the editor's toolbar: the open policy as JSON, Terraform or CloudFormation, to the clipboard. */
export function CopyAsMenu({ value, kind, title }: CopyAsMenuProps) {
  const [open, setOpen] = useState(false);
  const [said, setSaid] = useState<{ text: string; tone: 'ok' | 'error' } | null>(null);
  const container = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useMenu(container, open, close, { focusFirst: true });
  useEffect(() => {
    if (!said) return;
    const timer = setTimeout(() => setSaid(null), CONFIRM_MS);
    return () => clearTimeout(timer);
  }, [said]);

  const document = policyDocumentOf(value);
  const copy = (choice: CopyChoice) => {
    setOpen(false);
    container.current?.querySelector<HTMLElement>('[aria-haspopup="menu"]')?.focus();
    if (!document) return;
    navigator.clipboard.writeText(copyText(choice.format, document, title)).then(
      () => setSaid({ text: 'Copied', tone: 'ok' }),
      () => setSaid({ text: 'The clipboard is not available here', tone: 'error' }),
    );
  };

  return (
    <div className="relative flex shrink-0 items-center gap-1.5" ref={container}>
      <span
        role="status"
        data-testid="editor.copy.status"
        className={`text-xs font-medium ${said?.tone === 'error' ? 'text-rose-700 dark:text-rose-300' : 'text-emerald-700 dark:text-emerald-300'}`}
      >
        {said?.text ?? ''}
      </span>
      <button
        type="button"
        data-testid="editor.copy"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        className="shrink-0 rounded border border-slate-300 px-2 py-0.5 font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-500 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
      >
        Copy as ▾
      </button>
      {open && (
        <div role="menu" aria-label="Copy the policy as" className={`${MENU_CLASS} top-full w-72`} data-testid="editor.copy.menu">
          <div role="presentation" className={MENU_HEADING_CLASS}>
            Copy to the clipboard as
          </div>
          {!document && <p className="px-2 py-1 text-xs text-rose-700 dark:text-rose-300">The policy has errors: fix them to copy it.</p>}
          {copyChoices(kind).map((c) => (
            <button
              key={c.format}
              role="menuitem"
              type="button"
              disabled={!document || c.unavailable !== undefined}
              data-testid={`editor.copy.${c.format}`}
              className={`block ${MENU_ITEM_BASE_CLASS}`}
              onClick={() => copy(c)}
            >
              <span className="block font-medium">{c.label}</span>
              <span className="block text-xs text-slate-500 dark:text-slate-400">
                {c.unavailable ? (
                  `Not for this policy: ${c.unavailable}`
                ) : c.format === 'json' ? (
                  c.detail
                ) : (
                  <code className="font-mono">{c.detail}</code>
                )}
              </span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
