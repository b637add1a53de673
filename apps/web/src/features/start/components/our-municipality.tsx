import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { paths } from '../../../config/paths';
import { useStart } from '../api/get-start';
import { CouncilStart } from './council-start';

/**
 * The council clerk's "Onze gemeente" in the menu: their municipality's page of the programme
 * now with the councils, or, while none is, what will appear and when.
 */
export function OurMunicipality() {
  const { t } = useTranslation();
  const start = useStart();
  return (
    <QueryState query={start} loading={t('start.loading')} failed={t('start.failed')}>
      {(data) => {
        const [council] = data.councils;
        if (!council) {
          return (
            <>
              <Heading1>{t('start.council.menu')}</Heading1>
              <Paragraph>{t('start.noRoles')}</Paragraph>
            </>
          );
        }
        if (council.programme && data.councils.length === 1) {
          return (
            <Navigate
              replace
              to={paths.councilView.url(council.programme.id, council.municipality.id)}
            />
          );
        }
        return data.councils.map((c) => (
          <CouncilStart key={c.municipality.id} council={c} level={1} />
        ));
      }}
    </QueryState>
  );
}
