// How our browsers are launched: headless, and with nothing that phones home (the machines have
// no outside network, and background requests would only slow the tests down).
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
