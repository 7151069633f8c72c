import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

/** The way back up from an administration page: "Administration", or "Administration › Users". */
export async function AdminTrail({ parent }: { parent?: { href: string; label: string } }) {
  const t = await getTranslations('admin');
  return (
    <nav aria-label={t('trail')} className="eyebrow">
      <Link href="/admin">{t('title')}</Link>
      {parent ? (
        <>
          {' › '}
          <Link href={parent.href}>{parent.label}</Link>
        </>
      ) : null}
    </nav>
  );
}
