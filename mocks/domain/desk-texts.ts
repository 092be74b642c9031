import type { LanguageCode, RecordedRequestType } from '../../src/api/types';

// What the demo company's privacy desk writes, in the customer's language. A real company writes
// its own answers; these only let the demo and the tests show an answer and a reason.

type Texts = Record<LanguageCode, string>;

export const answers: Partial<Record<RecordedRequestType, Texts>> = {
  question: {
    en: 'Thank you for your question. Our data protection team has looked into it: the details of what we hold about you, why and who receives it are under "See my data".',
    lv: 'Paldies par jautājumu. Mūsu datu aizsardzības komanda to ir izskatījusi: ko mēs par jums glabājam, kāpēc un kam to nododam, redzams sadaļā “Mani dati”.',
  },
  restriction: {
    en: 'We have restricted the processing of your data as you asked: we keep it, but use it for nothing else until you tell us otherwise.',
    lv: 'Mēs esam ierobežojuši jūsu datu apstrādi, kā lūdzāt: dati tiek glabāti, bet netiek izmantoti citiem mērķiem, līdz jūs lūgsiet citādi.',
  },
  objection: {
    en: 'We have stopped processing your data for the purposes you objected to.',
    lv: 'Mēs esam pārtraukuši jūsu datu apstrādi nolūkos, pret kuriem jūs iebildāt.',
  },
  rectification: {
    en: 'We have corrected the data as you asked.',
    lv: 'Mēs esam izlabojuši datus, kā lūdzāt.',
  },
  access: {
    en: 'The copy of your data is ready to download.',
    lv: 'Jūsu datu kopija ir gatava lejupielādei.',
  },
};

export const marketingObjectionAnswer: Texts = {
  en: 'We stopped all marketing at once, as you asked, and will not use your data for direct marketing again unless you choose to.',
  lv: 'Mēs uzreiz pārtraucām visu mārketingu, kā lūdzāt, un vairs neizmantosim jūsu datus tiešajam mārketingam, ja vien jūs to neizvēlēsieties.',
};

export const selfCorrectionAnswer: Texts = {
  en: 'You corrected this yourself on the profile page. We tell the companies that received the old data.',
  lv: 'Jūs to izlabojāt paši profila lapā. Uzņēmumus, kas saņēma iepriekšējos datus, mēs informējam.',
};

export const extensionReason: Texts = {
  en: 'The order records are kept by our accounting partner and we must check each one with them, so we need more time.',
  lv: 'Pasūtījumu ierakstus glabā mūsu grāmatvedības partneris, un katrs no tiem jāpārbauda kopā ar viņu, tāpēc mums vajag vairāk laika.',
};

export const defaultRefusal: Texts = {
  en: 'We cannot act on this request as it stands.',
  lv: 'Šo pieprasījumu tā pašreizējā veidā mēs nevaram izpildīt.',
};

export function inLanguage(texts: Texts, language: LanguageCode): string {
  return texts[language];
}
