/** The look of drop-down menus (the top bar's, the editor's), so they read as one family. */
export const MENU_CLASS =
  'absolute right-0 z-50 mt-1 rounded-md border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-800';

/** An item's look without its layout, for items of two lines. */
export const MENU_ITEM_BASE_CLASS =
  'w-full rounded px-2 py-1 text-left text-sm text-slate-800 hover:bg-amber-50 focus-visible:bg-amber-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-amber-500 disabled:cursor-not-allowed disabled:opacity-50 disabled:hover:bg-transparent dark:text-slate-100 dark:hover:bg-slate-700 dark:focus-visible:bg-slate-700';

/** One line: the label, and a detail on the right. */
export const MENU_ITEM_CLASS = `flex items-baseline gap-3 ${MENU_ITEM_BASE_CLASS}`;

/** The quiet right-hand part of an item: a file extension, a shortcut. */
export const MENU_ITEM_DETAIL_CLASS = 'ml-auto shrink-0 font-mono text-xs text-slate-500 dark:text-slate-400';

export const MENU_HEADING_CLASS = 'px-2 pt-1.5 pb-0.5 text-[11px] font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400';
