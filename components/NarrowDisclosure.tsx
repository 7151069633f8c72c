'use client';

import { useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';

type Props = {
  /** The id of the part that folds away, for aria-controls. */
  id: string;
  label: ReactNode;
  /** Open at first (e.g. the filters when one is in use). */
  defaultOpen?: boolean;
  toggleClassName?: string;
  panelClassName?: string;
  children: ReactNode;
};

/**
 * Something that takes a phone's whole screen (the header's links, the register's filters) folded behind
 * a button with aria-expanded, on narrow screens only: on wider ones the button is not shown and the part
 * always is (app/globals.css, `.fold`). It folds only where scripts run (`@media (scripting: enabled)`),
 * so without JavaScript everything stays open and usable, and the server's HTML already has the right
 * layout (no jump when scripts start). Escape closes it and returns focus to the button; following a
 * link inside closes it.
 */
export function NarrowDisclosure({ id, label, defaultOpen = false, toggleClassName, panelClassName, children }: Props) {
  const [open, setOpen] = useState(defaultOpen);
  const button = useRef<HTMLButtonElement>(null);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    button.current?.focus();
  }
  function onClick(event: MouseEvent) {
    if ((event.target as Element).closest('a')) setOpen(false);
  }

  return (
    <>
      <button
        ref={button}
        type="button"
        className={['fold__toggle', toggleClassName].filter(Boolean).join(' ')}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((was) => !was)}
      >
        {label}
      </button>
      {/* Delegated from the links and fields inside, which are the interactive elements: Escape closes the
          panel, following a link closes it. The panel itself takes no focus and no click of its own. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div
        id={id}
        className={['fold__panel', panelClassName].filter(Boolean).join(' ')}
        data-open={open ? '' : undefined}
        onKeyDown={onKeyDown}
        onClick={onClick}
      >
        {children}
      </div>
    </>
  );
}
