import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { AdminUserRow } from '@/lib/admin/users';
import { toRoman } from '@/lib/record/roman';

/** How an account's role, government, pillar scope and status read in the visitor's language. */
export async function accountLabels() {
  const t = await getTranslations('admin');
  const pillar = await getTranslations('pillar');
  const pillarsOf = (user: AdminUserRow) => {
    // Administrators act on every pillar (lib/auth/permissions.ts); stakeholders act on none.
    if (user.role === 'admin' || (user.role === 'coordinator' && user.allPillars)) return t('scope.all');
    if (user.role !== 'coordinator') return t('notApplicable');
    return user.pillars.map((p) => pillar('label', { number: toRoman(p.number) })).join(', ') || t('scope.none');
  };
  return (user: AdminUserRow) => ({
    role: t(`roles.${user.role}`),
    government: user.government ? t(`governments.${user.government}`) : t('notApplicable'),
    pillars: pillarsOf(user),
    status: t(`status.${user.status}`),
  });
}
