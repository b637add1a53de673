import { Alert, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { paths } from '../../config/paths';
import {
  responseMemoPdfUrl,
  useResponseMemo,
} from '../../features/documents/api/get-response-memo';
import { MemoCouncil } from '../../features/documents/components/memo-council';
import { MemoSummary } from '../../features/documents/components/memo-summary';
import { PdfDownload } from '../../features/documents/components/pdf-download';

const ADOPTED = ['adopted', 'in_execution', 'closed'];

/**
 * The response memo (nota van beantwoording) of a consultation round: the page, with the
 * server's tagged PDF one click away. `?ronde=n` shows an earlier round.
 */
export function ResponseMemoRoute() {
  const { t } = useTranslation();
  const { programmeId = '' } = useParams();
  const [search] = useSearchParams();
  const asked = Number(search.get('ronde'));
  const round = Number.isInteger(asked) && asked > 0 ? asked : undefined;
  const memo = useResponseMemo(programmeId, round);
  return (
    <QueryState
      query={memo}
      loading={t('documents.memo.loading')}
      failed={t('documents.memo.failed')}
    >
      {(data) => {
        const programme = data.programme.title;
        const several = data.rounds.length > 1;
        const concept = !data.frozen && !ADOPTED.includes(data.programme.status);
        return (
          <>
            <Heading1>
              {several
                ? t('documents.memo.roundTitle', { programme, round: data.round })
                : t('documents.memo.title', { programme })}
            </Heading1>
            <Paragraph lead>{t('documents.memo.lead')}</Paragraph>
            {concept && data.round > 0 && (
              <Alert type="info">
                <Paragraph>{t('documents.memo.concept')}</Paragraph>
              </Alert>
            )}
            <PdfDownload
              href={responseMemoPdfUrl(programmeId, round)}
              label={t('documents.pdf.download', { name: t('documents.memo.pdfName') })}
              hint={t('documents.pdf.hint')}
            />
            <Paragraph>
              <Link to={paths.ratification.url(programmeId)}>
                {t('lifecycle.links.ratification')}
              </Link>
            </Paragraph>
            {several && (
              <nav aria-labelledby="memo-rounds-title">
                <Heading2 id="memo-rounds-title">{t('documents.memo.rounds')}</Heading2>
                <Paragraph>
                  {data.rounds.map((r, i) => (
                    <span key={r}>
                      {i > 0 && ' · '}
                      {r === data.round ? (
                        <strong aria-current="page">
                          {r === data.currentRound
                            ? t('documents.memo.roundCurrent', { round: r })
                            : t('documents.memo.roundLink', { round: r })}
                        </strong>
                      ) : (
                        <Link to={paths.responseMemo.url(programmeId, r)}>
                          {r === data.currentRound
                            ? t('documents.memo.roundCurrent', { round: r })
                            : t('documents.memo.roundLink', { round: r })}
                        </Link>
                      )}
                    </span>
                  ))}
                </Paragraph>
              </nav>
            )}
            {data.round === 0 ? (
              <Paragraph>{t('documents.memo.notSent')}</Paragraph>
            ) : (
              <>
                <Paragraph>
                  {t('documents.memo.introSent', {
                    region: data.region.name,
                    count: data.councilCount,
                  })}{' '}
                  {t('documents.memo.introViews', {
                    count: data.councils.length,
                    points: t('documents.memo.introPoints', { count: data.totals.points }),
                  })}{' '}
                  {data.frozen
                    ? t('documents.memo.frozen')
                    : data.totals.unanswered > 0 &&
                      t('documents.memo.openPoints', {
                        count: data.totals.unanswered,
                        total: data.totals.points,
                      })}
                </Paragraph>
                {data.councils.length === 0 ? (
                  <Paragraph>{t('documents.memo.noViews')}</Paragraph>
                ) : (
                  <>
                    <MemoSummary memo={data} />
                    {data.councils.map((c) => (
                      <MemoCouncil
                        key={c.municipality.id}
                        council={c}
                        amendments={data.amendments}
                      />
                    ))}
                  </>
                )}
              </>
            )}
          </>
        );
      }}
    </QueryState>
  );
}

export default ResponseMemoRoute;
