'use client';

import { useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

/**
 * Keeps what was typed in localStorage (this browser only, never the server) and restores it after a
 * reload. With key null (editing), it does nothing.
 */
export function useDraft<T extends FieldValues, O>(key: string | null, form: UseFormReturn<T, unknown, O>) {
  const [restored, setRestored] = useState(false);
  const loaded = useRef(false);

  useEffect(() => {
    if (!key || loaded.current) return;
    loaded.current = true;
    try {
      const saved = window.localStorage.getItem(key);
      if (!saved) return;
      const values = JSON.parse(saved) as Partial<T>;
      const hasText = Object.values(values).some((v) => typeof v === 'string' && v.trim() !== '');
      if (hasText) {
        form.reset({ ...form.getValues(), ...values, website: '' });
        setRestored(true);
      }
    } catch {
      // A draft that cannot be read (private mode, corrupt JSON) is simply not restored.
    }
  }, [key, form]);

  useEffect(() => {
    if (!key) return;
    const subscription = form.watch((values) => {
      try {
        window.localStorage.setItem(key, JSON.stringify({ ...values, website: undefined }));
      } catch {
        // Storage full or disabled: the form still works, only the draft is not kept.
      }
    });
    return () => subscription.unsubscribe();
  }, [key, form]);

  return {
    restored,
    clear() {
      if (key) window.localStorage.removeItem(key);
    },
  };
}
