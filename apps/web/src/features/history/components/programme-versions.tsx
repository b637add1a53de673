import { Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { useVersions } from '../api/get-versions';
import { CompareForm } from './compare-form';
import { VersionDiff } from './version-diff';
import { VersionList } from './version-list';

/**
 * A programme's versions and the difference between two of them (`?van=1&naar=2`; by default the
 * last two).
 */
export function ProgrammeVersions({
  programmeId,
  regionId,
}: {
  programmeId: string;
  regionId: string;
}) {
  const { t } = useTranslation();
  const versions = useVersions(programmeId);
  const [params, setParams] = useSearchParams();
  const compared = useRef(false);

  useEffect(() => {
    if (compared.current) document.getElementById('diff-title')?.focus();
  }, [params]);

  return (
    <QueryState
      query={versions}
      loading={t('history.versions.loading')}
      failed={t('history.versions.failed')}
      empty={{ when: (list) => list.items.length === 0, message: t('history.versions.empty') }}
    >
      {(list) => {
        const items = [...list.items].sort((a, b) => a.number - b.number);
        const numbers = items.map((v) => v.number);
        const last = numbers[numbers.length - 1];
        const wanted = (key: string, fallback: number) => {
          const value = Number(params.get(key));
          return numbers.includes(value) ? value : fallback;
        };
        const from = wanted('van', numbers[numbers.length - 2] ?? last);
        const to = wanted('naar', last);
        return (
          <>
            <VersionList versions={items} />
            {items.length < 2 ? (
              <Paragraph>{t('history.versions.onlyOne')}</Paragraph>
            ) : (
              <>
                <CompareForm
                  key={`${from}-${to}`}
                  versions={items}
                  from={from}
                  to={to}
                  onCompare={(a, b) => {
                    compared.current = true;
                    setParams({ van: String(a), naar: String(b) });
                  }}
                />
                {from !== to && (
                  <VersionDiff programmeId={programmeId} regionId={regionId} from={from} to={to} />
                )}
              </>
            )}
          </>
        );
      }}
    </QueryState>
  );
}
