import type { ReactNode } from 'react';

/**
 * The lessons' short markdown: paragraphs, `-` and `1.` lists, `code` and **bold**. Lessons are
 * our own files, so this small subset is all there is to read; no HTML is ever interpreted.
 */
export function LessonText({ text }: { text: string }) {
  return (
    <div className="space-y-2 text-sm leading-relaxed text-slate-800 dark:text-slate-200">
      {text.split(/\n{2,}/).map((block, i) => {
        const lines = block.split('\n');
        if (lines.every((l) => l.startsWith('- ')))
          return (
            <ul key={i} className="list-disc space-y-0.5 pl-5">
              {lines.map((l, j) => (
                <li key={j}>{inline(l.slice(2))}</li>
              ))}
            </ul>
          );
        if (lines.every((l) => /^\d+\. /.test(l)))
          return (
            <ol key={i} className="list-decimal space-y-0.5 pl-5">
              {lines.map((l, j) => (
                <li key={j}>{inline(l.replace(/^\d+\. /, ''))}</li>
              ))}
            </ol>
          );
        // A paragraph that introduces a list ends with ":" and the list follows in the same block.
        const first = lines.findIndex((l) => /^(- |\d+\. )/.test(l));
        if (first > 0) return <LessonText key={i} text={`${lines.slice(0, first).join(' ')}\n\n${lines.slice(first).join('\n')}`} />;
        return <p key={i}>{inline(block.replace(/\n/g, ' '))}</p>;
      })}
    </div>
  );
}

function inline(text: string): ReactNode[] {
  return text.split(/(`[^`]+`|\*\*[^*]+\*\*)/).map((part, i) => {
    if (part.startsWith('`') && part.endsWith('`') && part.length > 1)
      return (
        <code key={i} className="rounded bg-slate-200/70 px-1 font-mono text-[0.85em] dark:bg-slate-700">
          {part.slice(1, -1)}
        </code>
      );
    if (part.startsWith('**') && part.endsWith('**')) return <strong key={i}>{part.slice(2, -2)}</strong>;
    return part;
  });
}
