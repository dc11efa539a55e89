/** A <details> whose body is drawn only while it is open: folded content costs no rendering or layout. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export function Fold({ className, summary, startOpen = false, body }: { className: string; summary: ComponentChildren; startOpen?: boolean; body: () => ComponentChildren }) {
  const [open, setOpen] = useState(startOpen);
  return (
    <details class={className} open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open ? body() : null}
    </details>
  );
}
