import type { ProgrammeResponse } from '@koers/contracts';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

export interface ProgrammeSubLink {
  label: string;
  url: string;
}

/** Title, year and status of a programme in words, and the ways into its other screens. */
export function ProgrammeHeader({
  programme,
  links,
}: {
  programme: ProgrammeResponse;
  links: readonly ProgrammeSubLink[];
}) {
  const { t } = useTranslation();
  return (
    <header className="koers-programme-header">
      <Heading1 id="programme-title" tabIndex={-1}>
        {programme.title}
      </Heading1>
      <Paragraph lead>
        {t('workspace.summary', {
          year: programme.year,
          status: t(`programmes.statuses.${programme.status}`),
        })}
      </Paragraph>
      {links.length > 0 && (
        <nav aria-label={t('workspace.subNavigation')} className="koers-subnav">
          <ul>
            {links.map((link) => (
              <li key={link.url}>
                <NavLink to={link.url} end>
                  {link.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
