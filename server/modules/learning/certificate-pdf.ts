import QRCode from 'qrcode';
import type { Locale } from '../../../contracts/access';
import type { Certificate } from '../../../contracts/learning-certificates';
import { readsLatin } from '../../db/collation';
import type { Translator } from '../../platform/i18n/i18n';
import { createPdfDocument } from '../../platform/pdf/pdf-document';
import { dayIn, titleIn } from './learning-mail';

export type CertificatePdfContext = {
  t: Translator;
  /** The reader's language and script: the holder's own unless another was asked for. */
  locale: Locale;
  /** The public page the QR code opens. */
  verifyUrl: string;
};

/**
 * The certificate of a completed training, one landscape page: the issuing body, the holder, the
 * programme with its register number, when and how long, the code, and a QR code to the public
 * verification page. A revoked certificate says so in large letters, with the date and reason.
 */
export async function certificatePdf(
  c: Certificate,
  ctx: CertificatePdfContext,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const { locale } = ctx;
  const t = (key: string, params?: Record<string, unknown>) =>
    ctx.t.t(locale, `certificate-documents:certificate.${key}`, params);
  const latin = readsLatin(locale);
  const heading = t('heading');
  const doc = createPdfDocument({
    title: `${heading} ${c.code}`,
    language: locale,
    landscape: true,
    frame: true,
    ...options,
  });
  const center = { align: 'center' } as const;
  const dates =
    c.firstDay === c.lastDay
      ? dayIn(c.firstDay, locale)
      : `${dayIn(c.firstDay, locale)} – ${dayIn(c.lastDay, locale)}`;

  doc.heading(latin ? c.issuerNameLatin : c.issuerName, { ...center, size: 16 });
  doc.title(heading.toLocaleUpperCase(locale), { ...center, size: 36 });
  if (c.status === 'revoked') {
    doc.title(t('revoked'), { ...center, size: 24 });
    const revokedOn = dayIn(c.revokedOn ?? c.issuedOn, locale);
    doc.paragraph(t('revokedOn', { date: revokedOn, reason: c.revokeReason }), { ...center, size: 12 });
  }
  doc.paragraph(t('awardedTo'), { ...center, size: 14 });
  doc.title(latin ? c.holderNameLatin : c.holderName, { ...center, size: 26 });
  doc.paragraph(t('completed'), { ...center, size: 14 });
  doc.heading(titleIn(c.programmeTitle, locale), { ...center, size: 18 });
  const details: Array<[string, string | null]> = [
    [t('registerNumber'), c.registerNumber],
    [t('dates'), dates],
    [t('hours'), new Intl.NumberFormat(locale === 'en' ? 'en-GB' : locale).format(c.hours)],
    [t('issuedOn'), dayIn(c.issuedOn, locale)],
    [t('code'), c.code],
  ];
  for (const [label, value] of details)
    if (value) doc.paragraph(`${label}: ${value}`, { ...center, size: 10 });
  const qr = await QRCode.toBuffer(ctx.verifyUrl, {
    type: 'png',
    errorCorrectionLevel: 'M',
    margin: 1,
    width: 360,
  });
  doc.image(qr, { width: 90, align: 'center' });
  doc.paragraph(t('verify', { url: ctx.verifyUrl }), { ...center, size: 9 });
  return doc.finish();
}
