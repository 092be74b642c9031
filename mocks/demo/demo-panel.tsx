import { useState } from 'react';
import { resetDemoData } from '../browser';
import { useDemoText } from './demo-messages';
import { DemoMailbox } from './demo-mailbox';

/** A small "Demo" disclosure in the corner of every page of a demo build. */
export function DemoPanel() {
  const text = useDemoText();
  const [status, setStatus] = useState('');
  return (
    <details className="demo-panel">
      <summary>{text('panelTitle')}</summary>
      <DemoMailbox />
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          resetDemoData();
          setStatus(text('resetDone'));
          window.location.assign('/');
        }}
      >
        {text('reset')}
      </button>
      <p role="status">{status}</p>
    </details>
  );
}
