import { expect, type Locator } from '@playwright/test';

/**
 * Puts the keyboard focus on a control once a person could reach it: a form that submits through
 * JavaScript keeps its controls disabled until the page has hydrated (components/form/ClientForm.tsx),
 * and focusing a disabled control does nothing, so the keys pressed next would go nowhere.
 */
export async function focusWhenReady(control: Locator) {
  await expect(control).toBeEnabled();
  await control.focus();
}
