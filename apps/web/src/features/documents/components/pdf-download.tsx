import { Link, Paragraph } from '@utrecht/component-library-react';

/** A link that downloads the server's tagged PDF of what the page shows. */
export function PdfDownload({ href, label, hint }: { href: string; label: string; hint: string }) {
  return (
    <Paragraph>
      <Link href={href} download>
        {label}
      </Link>
      <br />
      <small>{hint}</small>
    </Paragraph>
  );
}
