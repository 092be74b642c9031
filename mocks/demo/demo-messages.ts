import { useLanguage } from '../../src/shared/i18n/use-t';

// The demo's own strings: they ship only in demo builds, so they stay out of the product
// catalogues (src/locales), but they are complete in both languages all the same.
export const demoMessages = {
  en: {
    accountsTitle: 'Demo accounts',
    accountsIntro: 'This is a demo. Every account uses the password',
    fill: 'Use this account',
    panelTitle: 'Demo controls',
    reset: 'Reset demo data',
    resetDone: 'Demo data reset. Reloading…',
    mailboxTitle: 'Demo mailbox (codes the portal "sent")',
    mailboxEmpty: 'No messages yet.',
    codeNotice: 'Demo only: the code “e-mailed” to',
    codeWaiting: 'Demo only: waiting for the code to be “e-mailed”…',
    anna: 'Anna — an ordinary customer',
    bulk: 'Bulk — 10,000 orders, 500 reviews',
    janis: 'Jānis — photo orders with uploaded files',
    liga: 'Līga — one small photo order',
  },
  lv: {
    accountsTitle: 'Demonstrācijas konti',
    accountsIntro: 'Šī ir demonstrācija. Visiem kontiem parole ir',
    fill: 'Izmantot šo kontu',
    panelTitle: 'Demonstrācijas vadība',
    reset: 'Atjaunot demonstrācijas datus',
    resetDone: 'Demonstrācijas dati atjaunoti. Lapa tiek pārlādēta…',
    mailboxTitle: 'Demonstrācijas pastkastīte (portāla “nosūtītie” kodi)',
    mailboxEmpty: 'Vēstuļu vēl nav.',
    codeNotice: 'Tikai demonstrācijā: kods, kas “nosūtīts” uz',
    codeWaiting: 'Tikai demonstrācijā: gaidām, kad kods tiks “nosūtīts”…',
    anna: 'Anna — parasta kliente',
    bulk: 'Apjomīgs konts — 10 000 pasūtījumu, 500 atsauksmju',
    janis: 'Jānis — fotodrukas pasūtījumi ar augšupielādētiem failiem',
    liga: 'Līga — viens neliels fotodruku pasūtījums',
  },
} as const;

export type DemoMessage = keyof (typeof demoMessages)['en'];

export function useDemoText(): (key: DemoMessage) => string {
  const language = useLanguage();
  return (key) => demoMessages[language][key];
}
