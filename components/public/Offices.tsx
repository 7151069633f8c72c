import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { siteContacts, type Office } from '@/lib/public/site-contact';

/**
 * The two coordinating offices, as the operator configured them (lib/public/site-contact.ts): on the
 * contact page and in the privacy notice, which must name who is responsible. Mexico first in Spanish.
 */
export async function Offices({ locale, headingLevel = 3 }: { locale: Locale; headingLevel?: 2 | 3 }) {
  const t = await getTranslations({ locale, namespace: 'contact' });
  const contacts = siteContacts();
  const order: ('us' | 'mx')[] = locale === 'es' ? ['mx', 'us'] : ['us', 'mx'];
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="offices">
      {order.map((country) => (
        <OfficeCard
          key={country}
          heading={<Heading>{t(country)}</Heading>}
          office={contacts[country]}
          labels={{ email: t('email'), address: t('address') }}
        />
      ))}
      <p className="muted">{t('operatorNote')}</p>
    </div>
  );
}

function OfficeCard({ heading, office, labels }: { heading: React.ReactNode; office: Office; labels: { email: string; address: string } }) {
  return (
    <div className="panel">
      {heading}
      <p>
        <strong>{office.name}</strong>
      </p>
      <dl>
        <dt>{labels.address}</dt>
        <dd>{office.address}</dd>
        <dt>{labels.email}</dt>
        <dd>
          <a href={`mailto:${office.email}`}>{office.email}</a>
        </dd>
      </dl>
    </div>
  );
}
