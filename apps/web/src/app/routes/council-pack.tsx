import {
  Alert,
  Heading1,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { CouncilDecisionFacts } from '../../features/council-decisions/components/council-decision-facts';
import { ViewPointList } from '../../features/council-decisions/components/view-point-list';
import { councilPackPdfUrl, useCouncilPack } from '../../features/documents/api/get-council-pack';
import { PackAsk } from '../../features/documents/components/pack-ask';
import { PackChanges } from '../../features/documents/components/pack-changes';
import { PackFacts } from '../../features/documents/components/pack-facts';
import { PackMoney } from '../../features/documents/components/pack-money';
import { PackProcedure } from '../../features/documents/components/pack-procedure';
import { PdfDownload } from '../../features/documents/components/pdf-download';

/**
 * The council pack (raadsinformatiepakket): the cover sheet a council clerk attaches to the
 * council proposal, as a page and as the server's tagged PDF with the same figures.
 */
export function CouncilPackRoute() {
  const { t } = useTranslation();
  const { programmeId = '', municipalityId = '' } = useParams();
  const pack = useCouncilPack(programmeId, municipalityId);
  return (
    <QueryState
      query={pack}
      loading={t('documents.pack.loading')}
      failed={t('documents.pack.failed')}
    >
      {(data) => {
        const name = data.municipality.name;
        const decision = data.councilDecision;
        const concept = data.programme.status === 'draft' || data.programme.status === 'proposed';
        return (
          <>
            <Heading1>{withBreaks(t('documents.pack.title', { name }))}</Heading1>
            <Paragraph lead>
              {t('documents.pack.lead', {
                region: data.region.name,
                programme: data.programme.title,
                name,
              })}
            </Paragraph>
            {concept && (
              <Alert type="warning">
                <Paragraph>{t('documents.pack.concept')}</Paragraph>
              </Alert>
            )}
            <PdfDownload
              href={councilPackPdfUrl(programmeId, municipalityId)}
              label={t('documents.pdf.download', { name: t('documents.pack.pdfName') })}
              hint={t('documents.pdf.hint')}
            />
            <Paragraph>
              <Link to={paths.councilView.url(programmeId, municipalityId)}>
                {t('documents.pack.councilPage', { name })}
              </Link>
            </Paragraph>
            <PackFacts pack={data} />
            <PackAsk pack={data} />
            <PackMoney pack={data} />
            <PackChanges pack={data} />
            <PackProcedure pack={data} />
            <section aria-labelledby="pack-decision-title" className="koers-section">
              <Heading2 id="pack-decision-title">{t('documents.pack.decisionTitle')}</Heading2>
              {decision ? (
                <>
                  <CouncilDecisionFacts decision={decision} />
                  <ViewPointList points={decision.viewPoints} />
                </>
              ) : (
                <Paragraph>{t('documents.pack.notSentDecision')}</Paragraph>
              )}
            </section>
            <section aria-labelledby="pack-contact-title" className="koers-section">
              <Heading2 id="pack-contact-title">{t('documents.pack.contactTitle')}</Heading2>
              {data.contacts.length === 0 ? (
                <Paragraph>
                  {t('documents.pack.contactFallback', { region: data.region.name })}
                </Paragraph>
              ) : (
                <UnorderedList>
                  {data.contacts.map((c) => (
                    <UnorderedListItem key={`${c.name}-${c.email ?? ''}`}>
                      {c.name}
                      {c.email && (
                        <>
                          {', '}
                          <a className="utrecht-link" href={`mailto:${c.email}`}>
                            {c.email}
                          </a>
                        </>
                      )}
                    </UnorderedListItem>
                  ))}
                </UnorderedList>
              )}
            </section>
          </>
        );
      }}
    </QueryState>
  );
}

/**
 * "Raadsinformatiepakket" is wider than a phone at heading size: it may break between the parts
 * of the compound (<wbr>, so what a screen reader reads stays one word).
 */
function withBreaks(title: string) {
  return title
    .split(/(?<=Raads|informatie)(?=informatie|pakket)/)
    .flatMap((part, i) => (i === 0 ? [part] : [<wbr key={i} />, part]));
}

export default CouncilPackRoute;
