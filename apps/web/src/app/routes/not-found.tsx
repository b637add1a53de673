import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../config/paths';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <>
      <Heading1>{t('notFound.title')}</Heading1>
      <Paragraph>{t('notFound.body')}</Paragraph>
      <Paragraph>
        <Link to={paths.home.url()}>{t('notFound.back')}</Link>
      </Paragraph>
    </>
  );
}

export default NotFoundRoute;
