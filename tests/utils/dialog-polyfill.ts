// jsdom has <dialog> but not showModal()/close(). This stands in for the browser's part only
// (open attribute, close event); focus trapping and inertness are checked in Playwright.
export function installDialogPolyfill(): void {
  const proto = HTMLDialogElement.prototype;
  if (typeof proto.showModal === 'function' && !String(proto.showModal).includes('not implemented')) return;
  proto.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
    const target = this.querySelector<HTMLElement>('[autofocus], button, input, select, textarea, a[href]');
    target?.focus();
  };
  proto.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}
